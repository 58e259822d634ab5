import type { Range } from 'vscode-languageserver-types';
import { located, type Located } from '../model/located';
import type { LineIndex } from '../model/line-index';
import type { XmlElement } from './xml-tree';

/** First child element with that name (element names are case-sensitive in XML). */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

export function elementRange(element: XmlElement, lines: LineIndex): Range {
  return lines.rangeOf(element.start, element.end);
}

/**
 * Where an element's value is written: its raw content, or the whole element when there is none
 * (`<description />`), so a pointer at an empty value still lands on something visible.
 */
export function contentRange(element: XmlElement, lines: LineIndex): Range {
  return element.contentEnd > element.contentStart
    ? lines.rangeOf(element.contentStart, element.contentEnd)
    : elementRange(element, lines);
}

/** The decoded text of a child element as written; null (and no range) when the element is absent. */
export function textValue(parent: XmlElement | undefined, name: string, lines: LineIndex): Located<string | null> {
  return mapped(parent, name, lines, (text) => text);
}

/** Like `textValue`, with the text converted; the range still covers the raw text. */
export function mapped<T>(
  parent: XmlElement | undefined,
  name: string,
  lines: LineIndex,
  convert: (text: string) => T | null,
): Located<T | null> {
  const element = child(parent, name);
  return element ? located(convert(element.text), contentRange(element, lines)) : located(null);
}

/** `True`, `true` and `1` are true (the forms the engine and the Documenter accept); an absent element is false. */
export function booleanValue(parent: XmlElement | undefined, name: string, lines: LineIndex): Located<boolean> {
  const element = child(parent, name);
  return element ? located(parseBoolean(element.text), contentRange(element, lines)) : located(false);
}

export function parseBoolean(text: string): boolean {
  return /^\s*(true|1)\s*$/i.test(text);
}


export function parseInteger(text: string): number | null {
  return /^\s*-?\d+\s*$/.test(text) ? Number(text) : null;
}

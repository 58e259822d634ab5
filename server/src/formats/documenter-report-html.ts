import { parseDocument } from 'htmlparser2';

// The DOM types come from htmlparser2's own result type, so no second package is imported for them.
export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument['children'][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

/** Text as a browser shows it (entities decoded) and the UTF-16 offsets of the characters it was read from. */
export interface SourceText {
  value: string;
  start: number;
  end: number;
}

/** Parses HTML keeping every node's offsets (htmlparser2 end indices are inclusive). */
export function parseHtml(html: string): HtmlDocument {
  return parseDocument(html, { withStartIndices: true, withEndIndices: true });
}

export function isElement(node: HtmlNode): node is HtmlElement {
  return 'attribs' in node;
}

export function childElements(parent: { children: HtmlNode[] }, name?: string): HtmlElement[] {
  const out: HtmlElement[] = [];
  for (const node of parent.children) {
    if (isElement(node) && (name === undefined || node.name === name)) out.push(node);
  }
  return out;
}

export function classNames(element: HtmlElement): string[] {
  const value = element.attribs.class;
  return value ? value.split(/\s+/).filter((c) => c.length > 0) : [];
}

export function hasClass(element: HtmlElement, name: string): boolean {
  return classNames(element).includes(name);
}

/** Offset just past the element's last character. */
export function elementEnd(element: HtmlElement): number {
  return (element.endIndex ?? element.startIndex ?? 0) + 1;
}

export function elementStart(element: HtmlElement): number {
  return element.startIndex ?? 0;
}

/**
 * All text inside an element, from the first text character to the last. An element without text gets an
 * empty span where its content would be (just before its end tag), so even an empty cell can be pointed at.
 */
export function textOf(element: HtmlElement, html: string): SourceText {
  const pieces: { data: string; startIndex: number | null; endIndex: number | null }[] = [];
  collectText(element, pieces);
  if (pieces.length === 0) {
    const at = emptyContentOffset(element, html);
    return { value: '', start: at, end: at };
  }
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  const start = first.startIndex ?? elementStart(element);
  const end = last.endIndex !== null ? last.endIndex + 1 : start;
  return { value: pieces.map((p) => p.data).join(''), start, end };
}

function collectText(parent: { children: HtmlNode[] }, out: { data: string; startIndex: number | null; endIndex: number | null }[]): void {
  for (const node of parent.children) {
    if (node.type === 'text') out.push(node);
    else if (isElement(node)) collectText(node, out);
  }
}

function emptyContentOffset(element: HtmlElement, html: string): number {
  const end = elementEnd(element);
  const closeTag = html.lastIndexOf('</', end - 1);
  // A self-closed or implicitly closed element has no end tag of its own: point just past it.
  return closeTag > elementStart(element) ? closeTag : end;
}

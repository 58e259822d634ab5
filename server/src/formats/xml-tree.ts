import { SaxesParser } from 'saxes';

/** An attribute with the offsets of its value between the quotes (raw, not decoded). */
export interface XmlAttribute {
  value: string;
  valueStart: number;
  valueEnd: number;
}

/**
 * One element with UTF-16 offsets into the parsed text. `contentStart`/`contentEnd` bound the raw characters
 * between the start and end tags; both equal `end` for a self-closing element.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, XmlAttribute>;
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  selfClosing: boolean;
  /** Decoded character data directly inside the element (text and CDATA, not that of its children). */
  text: string;
  children: XmlElement[];
}

export interface XmlSyntaxError {
  /** saxes' reason, without its `line:column:` prefix. */
  message: string;
  /** Zero-based line and UTF-16 column where saxes detected the error. */
  line: number;
  character: number;
}

export interface XmlTree {
  root: XmlElement | null;
  /** The first well-formedness error; the tree is then incomplete and should not be trusted. */
  error: XmlSyntaxError | null;
  /** False when `stopAfter` ended the parse early. */
  complete: boolean;
}

export interface XmlTreeOptions {
  /**
   * Called when an element closes, with its depth (0 for the root); returning true stops the parse so the rest
   * of a large file is never read.
   */
  stopAfter?: (element: XmlElement, depth: number) => boolean;
  /** Characters fed to saxes at a time; only matters when `stopAfter` may stop early. */
  chunkSize?: number;
}

/**
 * Builds a small element tree from well-formed XML with saxes. Positions come from saxes' stream position:
 * every handler below runs right after saxes consumed the character that completed the token.
 */
export function parseXmlTree(text: string, options: XmlTreeOptions = {}): XmlTree {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const open: XmlElement[] = [];
  let root: XmlElement | null = null;
  let error: XmlSyntaxError | null = null;
  let stopped = false;
  const halted = () => stopped || error !== null;

  parser.on('opentagstart', (tag) => {
    if (halted()) return;
    // saxes has read the name and the character after it; no '<' can occur in between.
    const element: XmlElement = {
      name: tag.name,
      attributes: {},
      start: text.lastIndexOf('<', parser.position - 1),
      end: -1,
      contentStart: -1,
      contentEnd: -1,
      selfClosing: false,
      text: '',
      children: [],
    };
    const parent = open[open.length - 1];
    if (parent) parent.children.push(element);
    else root ??= element;
    open.push(element);
  });

  parser.on('attribute', (attr) => {
    const element = open[open.length - 1];
    if (halted() || !element) return;
    // The closing quote was the last character read; a quoted value cannot contain its own quote character.
    const valueEnd = parser.position - 1;
    const valueStart = text.lastIndexOf(text[valueEnd], valueEnd - 1) + 1;
    element.attributes[attr.name] = { value: attr.value, valueStart, valueEnd };
  });

  parser.on('opentag', (tag) => {
    const element = open[open.length - 1];
    if (halted() || !element) return;
    element.contentStart = parser.position;
    element.selfClosing = tag.isSelfClosing;
  });

  const addText = (data: string) => {
    const element = open[open.length - 1];
    if (!halted() && element) element.text += data;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);

  parser.on('closetag', () => {
    const element = open.pop();
    if (halted() || !element) return;
    element.end = parser.position;
    element.contentEnd = element.selfClosing ? element.end : text.lastIndexOf('<', element.end - 1);
    if (element.selfClosing) element.contentStart = element.end;
    if (options.stopAfter?.(element, open.length)) stopped = true;
  });

  parser.on('error', (err) => {
    error ??= {
      message: err.message.replace(/^\d+:\d+:\s*/, ''),
      line: parser.line - 1,
      character: parser.columnIndex,
    };
  });

  const chunkSize = options.stopAfter ? (options.chunkSize ?? 16384) : text.length;
  for (let i = 0; i < text.length && !halted(); i += chunkSize) {
    parser.write(text.slice(i, i + chunkSize));
  }
  if (!halted()) parser.close();

  return { root, error, complete: !stopped };
}

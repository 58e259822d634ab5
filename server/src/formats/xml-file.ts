import { syntaxError } from '../model/diagnostic';
import type { FileDiagnostic } from '../model/rule-set';
import type { FileSource } from './file-source';
import { parseXmlTree, type XmlElement, type XmlTreeOptions } from './xml-tree';

export type XmlFileReading =
  | { ok: true; text: string; root: XmlElement; complete: boolean }
  | { ok: false; diagnostic: FileDiagnostic };

/**
 * Reads and parses one XML file; a file that cannot be read or is not well-formed becomes one AADC000 diagnostic.
 * `consequence` completes the message, e.g. "the rule in this file is not read".
 */
export function readXmlFile(
  path: string,
  files: FileSource,
  consequence: string,
  options?: XmlTreeOptions,
): XmlFileReading {
  let text: string;
  try {
    text = files.readText(path);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, diagnostic: syntaxError(path, `Cannot read the file (${reason}); ${consequence}.`, startOfFile) };
  }

  const tree = parseXmlTree(text, options);
  if (tree.error) {
    const at = { line: tree.error.line, character: tree.error.character };
    const reason = tree.error.message.replace(/\.$/, '');
    const message = `Malformed XML: ${reason}${escapeHint(reason)}; ${consequence}.`;
    return { ok: false, diagnostic: syntaxError(path, message, { start: at, end: at }) };
  }
  // Without an error saxes always reports the root; the check keeps the type honest.
  if (!tree.root) return { ok: false, diagnostic: syntaxError(path, `No XML element; ${consequence}.`, startOfFile) };
  return { ok: true, text, root: tree.root, complete: tree.complete };
}

/** Hand edits of expressions most often break a file with a bare `<` or `&`, which saxes reports in its own terms. */
function escapeHint(reason: string): string {
  return /tag name|entity/.test(reason) ? ' (inside a value, write < as &lt; and & as &amp;)' : '';
}

const startOfFile = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

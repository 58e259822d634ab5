import * as fs from 'node:fs';
import * as path from 'node:path';
import { corpusPath } from '../../support/corpus';

/** One expression of a real file, with where it came from for failure messages. */
export interface CorpusExpression {
  file: string;
  text: string;
}

/** Exports may be UTF-16 (with a byte-order mark) when saved on Windows. */
function readText(file: string): string {
  const bytes = fs.readFileSync(file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

function decodeXml(text: string): string {
  // &amp; last, so "&amp;lt;" stays the text "&lt;".
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** `<expression>` elements of every rule file under any SynchronizationRules folder of the server exports. */
function serverConfigExpressions(): CorpusExpression[] {
  const root = corpusPath('server-config');
  const files = fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.toLowerCase().endsWith('.xml') && f.split(/[\\/]/).includes('SynchronizationRules'))
    .sort();
  return files.flatMap((f) =>
    [...readText(path.join(root, f)).matchAll(/<expression>([\s\S]*?)<\/expression>/g)].map((m) => ({ file: `server-config/${f}`, text: decodeXml(m[1]) })),
  );
}

/** `-Expression '…'` arguments of the Rules Editor exports; '' is PowerShell's escaped quote. */
function sreExportExpressions(): CorpusExpression[] {
  const root = corpusPath('sre-exports');
  const files = fs.readdirSync(root).filter((f) => f.endsWith('.ps1')).sort();
  return files.flatMap((f) =>
    [...readText(path.join(root, f)).matchAll(/-Expression\s+'((?:[^']|'')*)'/g)].map((m) => ({ file: `sre-exports/${f}`, text: m[1].replace(/''/g, "'") })),
  );
}

export function corpusExpressions(): CorpusExpression[] {
  return [...serverConfigExpressions(), ...sreExportExpressions()];
}

/**
 * Names written in call position (`Name(`). String literals and [attribute] names are blanked first so
 * text such as "SystemMailbox{" or a parenthesis inside an error message is not read as a call.
 */
export function calledNames(expression: string): string[] {
  const code = expression.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\[[^\]]*\]/g, '[]');
  return [...code.matchAll(/\b([A-Za-z][A-Za-z0-9]*)\s*\(/g)].map((m) => m[1]);
}

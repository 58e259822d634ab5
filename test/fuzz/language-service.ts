import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { decode } from '../../server/src/formats/node-file-source';
import { readPowerShellScript } from '../../server/src/formats/powershell-script';
import { codeActions } from '../../server/src/service/code-actions';
import { expressionCompletion } from '../../server/src/service/expression-features/completion';
import { readExpressionDocument, type ScriptDocument } from '../../server/src/service/expression-features/expression-document';
import { expressionHover } from '../../server/src/service/expression-features/hover';
import { expressionSemanticTokens } from '../../server/src/service/expression-features/semantic-tokens';
import { expressionSignatureHelp } from '../../server/src/service/expression-features/signature-help';
import { lintReadings } from '../../server/src/service/lint';
import { attributeDefinitions, attributeReferences, definition, documentSymbols, foldingRanges, navigationHover, references } from '../../server/src/service/navigation';
import { scriptCompletion } from '../../server/src/service/script-completion/script-completion';
import { checkReading } from '../../server/src/service/validate';
import type { Random } from './random';
import { layoutDifference } from '../support/layout-reading';

/** The longest any one call may take on a fuzzed file. */
export const CALL_LIMIT_MS = 2000;

export interface CallFailure {
  call: string;
  problem: string;
}

/**
 * Everything the editor and the CLI do with a file, on the damaged bytes: decode them as the CLI does,
 * read and check them (lint), read them as the editor does, then every request at a few random places.
 * Each call must return, within the limit, without throwing; diagnostics must come back as a list.
 * `lint: false` leaves out the CLI's reading (a batch job with no size limit, too slow for a 50 MB file);
 * `layout: false` the comparison of the layout's fast path with the general reading (two more readings).
 */
export function runLanguageService(bytes: Buffer, file: string, random: Random, options: { lint?: boolean; layout?: boolean } = {}): CallFailure[] {
  const failures: CallFailure[] = [];
  const call = <T>(name: string, work: () => T): T | undefined => {
    const started = performance.now();
    try {
      return work();
    } catch (e) {
      failures.push({ call: name, problem: `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` });
      return undefined;
    } finally {
      const took = performance.now() - started;
      if (took > CALL_LIMIT_MS) failures.push({ call: name, problem: `took ${took.toFixed(0)} ms` });
    }
  };

  const text = call('decode', () => decode(bytes)) ?? bytes.toString('latin1');
  if (options.lint !== false) {
    const lint = call('lint', () => lintReadings([readPowerShellScript(file, text)], (f) => (f === file ? text : undefined)));
    if (lint && !lint.every((r) => Array.isArray(r.diagnostics))) failures.push({ call: 'lint', problem: 'no diagnostics list' });
    // The Rules Editor layout's fast path must read the damaged file exactly as the general scanner and parser do.
    if (options.layout !== false) {
      const difference = call('layout reading', () => layoutDifference(text));
      if (difference) failures.push({ call: 'layout reading', problem: difference });
    }
  }

  const format: ScriptDocument['format'] = file.endsWith('.ps1.txt') ? 'documenter-script' : 'powershell';
  const doc = call('read', () => readExpressionDocument({ file, text, format }));
  if (!doc) return failures;
  const checked = call('diagnostics', () => checkReading(doc));
  if (checked && !Array.isArray(checked.diagnostics)) failures.push({ call: 'diagnostics', problem: 'no diagnostics list' });
  call('documentSymbol', () => documentSymbols(doc));
  call('foldingRange', () => foldingRanges(doc));
  call('semanticTokens', () => expressionSemanticTokens(doc));

  const diagnostics = (checked?.diagnostics ?? []) as Diagnostic[];
  for (let n = 0; n < 3; n++) {
    const position = randomPosition(doc.lines.lineCount, (line) => doc.lines.lineEnd(line) - doc.lines.lineStart(line), random);
    call('hover', () => expressionHover(doc, position) ?? navigationHover(doc, position));
    call('completion', () => expressionCompletion(doc, position) ?? scriptCompletion(doc, position));
    call('signatureHelp', () => expressionSignatureHelp(doc, position));
    call('definition', () => attributeDefinitions(doc, position) ?? definition(doc, position));
    call('references', () => attributeReferences(doc, position, true) ?? references(doc, position, true));
    call('codeAction', () => codeActions('file:///fuzz.ps1', doc, { start: position, end: position }, diagnostics));
  }
  return failures;
}

/** A position in the text, now and then one past a line's end (clients send those too). */
function randomPosition(lines: number, length: (line: number) => number, random: Random): Position {
  const line = random.below(Math.max(1, lines));
  return { line, character: random.below(length(line) + 2) };
}

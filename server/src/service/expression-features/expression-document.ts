import type { FlowExpression } from '../../expression/flow-expressions';
import type { AttributeIndex } from './attribute-index';
import type { AttributeOccurrence } from '../navigation/attribute-occurrences';
import type { ScriptNames } from '../navigation/script-names';
import { flowExpressions } from '../../expression/flow-expressions';
import type { ValueMap } from '../../expression/source-map';
import { readPowerShellScript, type PowerShellReading } from '../../formats/powershell-script';
import { LineIndex } from '../../model/line-index';
import type { SyncRule } from '../../model/sync-rule';
import type { Script } from '../../syntax/ast';
import { firstSyncRuleCmdlet } from '../holds-sync-rules';
import { RuleFindingsCache } from '../rule-findings-cache';

/** A document as the editor holds it: the features read it like the validator does. */
export interface ScriptDocument {
  file: string;
  text: string;
  /**
   * `powershell`: any .ps1 the editor opened, ours only when it builds sync rules. The other two force the
   * reader's format; absent, the reader decides from the file name and header.
   */
  format?: 'powershell' | 'sre-export' | 'documenter-script';
}

/** A flow expression whose characters can be found in the document. */
export type MappedExpression = FlowExpression & { map: ValueMap; lines: LineIndex };

/**
 * One reading of a document for every editor feature: its rules, their expressions in file order, and the
 * statements for navigation (commands, variables).
 */
export interface ExpressionDocument {
  file: string;
  text: string;
  format: ScriptDocument['format'];
  lines: LineIndex;
  rules: SyncRule[];
  expressions: MappedExpression[];
  /** Absent for ordinary PowerShell: that is the PowerShell extension's, we do not even parse it. */
  script?: Script;
  /** The whole reading (diagnostics of the reading itself, configs), which the checks start from. */
  reading?: PowerShellReading;
  /** More text than the editor reads while typing (MAX_LIVE_CHARS): nothing was read, `lint` can. */
  tooLarge?: boolean;
  /** What the checks found per rule; handed to the reading after an edit, which keeps the unchanged rules. */
  findings: RuleFindingsCache;
  /** For `powershell` documents: where the first sync-rule cmdlet is written, -1 for none (not ours). */
  cmdletAt?: number;
  /** What features derive from the reading and keep for as long as it stays current. */
  memo: { attributes?: AttributeIndex; occurrences?: AttributeOccurrence[]; scriptNames?: ScriptNames };
}

/**
 * The largest text read while typing (characters): a 5,000-rule export is 15 million. Beyond it every
 * keystroke would wait seconds for the reading; the document gets one diagnostic that says so instead.
 */
export const MAX_LIVE_CHARS = 20_000_000;

/** `previous`: the reading of the same document before an edit; it is consumed (its statements after the edit move). */
export function readExpressionDocument(doc: ScriptDocument, previous?: ExpressionDocument): ExpressionDocument {
  const same = previous && previous.file === doc.file && previous.format === doc.format ? previous : undefined;
  // Ordinary PowerShell is the PowerShell extension's: do not even parse it.
  const cmdletAt = doc.format === 'powershell' ? firstSyncRuleCmdlet(doc.text, same?.cmdletAt === undefined ? undefined : { text: same.text, at: same.cmdletAt }) : undefined;
  const unread = (): ExpressionDocument => ({ file: doc.file, text: doc.text, format: doc.format, lines: new LineIndex(doc.text), rules: [], expressions: [], findings: new RuleFindingsCache(), cmdletAt, memo: {} });
  if (cmdletAt === -1) return unread();
  if (doc.text.length > MAX_LIVE_CHARS) return { ...unread(), tooLarge: true };
  const before = same?.reading;
  const reading = readPowerShellScript(doc.file, doc.text, doc.format === 'powershell' ? undefined : doc.format, before);
  const rules = reading.configs.flatMap((c) => c.rules);
  const { scan, script } = reading.parsed;
  const findings = before ? same!.findings : new RuleFindingsCache();
  findings.carryOver(reading.moved);
  let expressions: MappedExpression[] | undefined;
  return {
    file: doc.file,
    text: doc.text,
    format: doc.format,
    lines: scan.lines,
    rules,
    // Mapped when a feature first asks: typing publishes diagnostics, which do not need the maps of every flow.
    get expressions() {
      return (expressions ??= mappedExpressions(rules, doc));
    },
    script,
    reading,
    findings,
    cmdletAt,
    memo: {},
  };
}

function mappedExpressions(rules: SyncRule[], doc: ScriptDocument): MappedExpression[] {
  return flowExpressions(rules, (f) => (f === doc.file ? doc.text : undefined))
    .filter((e): e is MappedExpression => e.map !== undefined && e.lines !== undefined)
    .sort((a, b) => a.map.rawStart - b.map.rawStart);
}

/**
 * The last reading of each open document, reused while its text is the same string: outline, folding,
 * hover, completion, signature help and semantic tokens arrive in bursts between two edits. Owned by whoever serves the
 * requests (the LSP adapters), not a module global.
 */
export class ExpressionDocumentCache {
  private readonly byFile = new Map<string, ExpressionDocument>();

  constructor(private readonly capacity = 16) {}

  get(doc: ScriptDocument): ExpressionDocument {
    const cached = this.byFile.get(doc.file);
    if (cached && cached.text === doc.text && cached.format === doc.format) return cached;
    // The reading before the edit is handed over and dropped: only the statements around the edit are read again.
    const fresh = readExpressionDocument(doc, cached);
    this.byFile.delete(doc.file);
    this.byFile.set(doc.file, fresh);
    // Map keeps insertion order: the first key is the least recently read.
    if (this.byFile.size > this.capacity) this.byFile.delete(this.byFile.keys().next().value!);
    return fresh;
  }

  forget(file: string): void {
    this.byFile.delete(file);
  }
}

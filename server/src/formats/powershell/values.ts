import type { Statement, Value } from '../../syntax/ast';

/** What a script variable holds at a point of the script, as far as reading can tell without running it. */
export type VariableContent =
  | { kind: 'literal'; value: string | number | boolean | null }
  /** `Get-ADSyncConnector -Name X`: a connector known by name only. */
  | { kind: 'connector'; name: string | null }
  /** `(Get-ADSyncConnector -Name X).Identifier`: that connector's GUID, unknown until the script runs. */
  | { kind: 'connector-id'; name: string | null }
  | { kind: 'rule'; ruleIndex: number }
  | { kind: 'condition'; conditionIndex: number }
  | { kind: 'unknown' };

export type Scalar = string | number | boolean | null;

export type Resolution =
  | { ok: true; value: Scalar }
  | { ok: false; text: string; connectorName?: string | null };

export class Environment {
  private readonly vars = new Map<string, VariableContent>();

  constructor(private readonly text: string) {}

  /** While set, what the commands being bound read before they set it themselves (see BoundGroup). */
  track?: { reads: Map<string, VariableContent | undefined>; writes: Set<string> };

  get(name: string): VariableContent | undefined {
    const key = name.toLowerCase();
    const content = this.vars.get(key);
    const track = this.track;
    if (track && !track.writes.has(key) && !track.reads.has(key)) track.reads.set(key, content);
    return content;
  }

  set(name: string, content: VariableContent) {
    const key = name.toLowerCase();
    this.vars.set(key, content);
    this.track?.writes.add(key);
  }

  source(v: { start: number; end: number }): string {
    return this.text.slice(v.start, v.end);
  }

  /** A value as a scalar, when the file itself says what it is; otherwise its source text. */
  resolve(v: Value | undefined): Resolution {
    if (!v) return { ok: false, text: '' };
    switch (v.kind) {
      case 'string':
        return v.expandable ? { ok: false, text: this.source(v) } : { ok: true, value: v.value };
      case 'number':
        return { ok: true, value: v.value };
      case 'bareword':
        return { ok: true, value: v.text };
      case 'variable': {
        const builtin = BUILTINS[v.name.toLowerCase()];
        if (builtin !== undefined && v.postfix.length === 0) return { ok: true, value: builtin };
        const content = this.get(v.name);
        if (v.postfix.length === 0 && content?.kind === 'literal') return { ok: true, value: content.value };
        if (content?.kind === 'connector-id' && v.postfix.length === 0) return { ok: false, text: this.source(v), connectorName: content.name };
        if (content?.kind === 'connector' && v.postfix.length === 1 && v.postfix[0].kind === 'member' && /^identifier$/i.test(v.postfix[0].name)) {
          return { ok: false, text: this.source(v), connectorName: content.name };
        }
        return { ok: false, text: this.source(v) };
      }
      case 'typed': {
        if (!v.value || v.postfix.length) return { ok: false, text: this.source(v) };
        const inner = this.resolve(v.value);
        if (!inner.ok) return { ...inner, text: this.source(v) };
        return convert(v.type, inner.value) ?? { ok: false, text: this.source(v) };
      }
      case 'group': {
        const single = v.syntax === 'paren' && v.postfix.length === 0 ? singleValue(v.statements) : undefined;
        if (single) return this.resolve(single);
        const connector = this.connectorOf(v);
        if (connector !== undefined) return { ok: false, text: this.source(v), connectorName: connector };
        return { ok: false, text: this.source(v) };
      }
      default:
        return { ok: false, text: this.source(v) };
    }
  }

  /** What an assignment stores: a literal, a connector lookup, or something only the run would know. */
  contentOf(v: Value | undefined, statement?: Statement): VariableContent {
    if (!v && statement) {
      const command = singleCommand([statement]);
      if (command && /^get-adsyncconnector$/i.test(command.name)) return { kind: 'connector', name: this.connectorNameArgument(command) };
      return { kind: 'unknown' };
    }
    if (!v) return { kind: 'unknown' };
    const resolved = this.resolve(v);
    if (resolved.ok) return { kind: 'literal', value: resolved.value };
    if (resolved.connectorName !== undefined) return { kind: 'connector-id', name: resolved.connectorName };
    return { kind: 'unknown' };
  }

  /** `(Get-ADSyncConnector -Name X).Identifier` → X (null when the name itself is unknown). */
  private connectorOf(v: Value): string | null | undefined {
    let inner: Value = v;
    if (inner.kind === 'typed' && inner.value) inner = inner.value;
    if (inner.kind !== 'group' || inner.syntax !== 'paren') return undefined;
    const last = inner.postfix[inner.postfix.length - 1];
    if (!last || last.kind !== 'member' || !/^identifier$/i.test(last.name)) return undefined;
    const command = singleCommand(inner.statements);
    if (!command || !/^get-adsyncconnector$/i.test(command.name)) return undefined;
    return this.connectorNameArgument(command);
  }

  private connectorNameArgument(command: { args: import('../../syntax/ast').CommandArgument[] }): string | null {
    const arg = command.args.find((a) => a.kind === 'parameter' && /^name$/i.test(a.name));
    const resolved = arg?.kind === 'parameter' ? this.resolve(arg.value) : undefined;
    return resolved?.ok && typeof resolved.value === 'string' ? resolved.value : null;
  }
}

const BUILTINS: Record<string, Scalar> = { true: true, false: false, null: null };

function convert(type: string, value: Scalar): Resolution | undefined {
  const t = type.toLowerCase().replace(/^system\./, '');
  if (t === 'int' || t === 'int32' || t === 'int64' || t === 'long') {
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? { ok: true, value: Math.round(n) } : undefined;
  }
  if (t === 'string') return { ok: true, value: value === null ? '' : String(value) };
  if (t === 'bool' || t === 'boolean') return { ok: true, value: Boolean(value) };
  if (t === 'guid') return { ok: true, value: String(value) };
  return undefined;
}

export function singleValue(statements: Statement[]): Value | undefined {
  if (statements.length !== 1) return undefined;
  const s = statements[0];
  if (s.kind !== 'pipeline' || s.elements.length !== 1 || s.elements[0].kind !== 'expression') return undefined;
  const parts = s.elements[0].parts;
  return parts.length === 1 && parts[0].kind !== 'operator' ? parts[0] : undefined;
}

function singleCommand(statements: Statement[]) {
  if (statements.length !== 1) return undefined;
  const s = statements[0];
  if (s.kind !== 'pipeline' || s.elements.length !== 1 || s.elements[0].kind !== 'command') return undefined;
  return s.elements[0];
}

import { CompletionItemKind, type CompletionItem, type CompletionList, type Position, type Range } from 'vscode-languageserver-types';
import { CMDLETS, JOIN_CONDITION_TYPE, SCOPE_CONDITION_TYPE, type CmdletSpec } from '../../formats/powershell/cmdlet-catalog';
import { ruleSides, type AttributeSide } from '../expression-features/attribute-index';
import type { AttributeOccurrence } from '../navigation/attribute-occurrences';
import { documentOccurrences } from '../navigation/attribute-references';
import type { SyncRule } from '../../model/sync-rule';
import type { ExpressionDocument } from '../expression-features/expression-document';
import { COMMAND_NAMES, JOIN_CONDITION_TYPE_NAME, SCOPE_CONDITION_TYPE_NAME } from './cmdlet-names';
import { commandAt, inComment, isDash, scriptTokens, type CommandCursor, type ScriptToken } from './command-at';
import { freePrecedence, knownConnectors, type KnownConnector } from './document-values';
import { ENUM_OF_PARAMETER, OPERATORS, type EnumValue } from './enum-values';
import { COMMON_PARAMETER_DETAIL, PARAMETER_DOCS } from './parameter-docs';
import { parametersToOffer, resolveParameter } from './parameter-sets';

/** Tokens a value item replaces when the cursor is in or just after one. */
const VALUE_TOKENS = new Set(['SingleQuoted', 'DoubleQuoted', 'Word', 'NumberLiteral', 'Variable']);

/**
 * Completion in the PowerShell around expressions: cmdlet names where a statement starts, a sync cmdlet's
 * parameters not yet written, and values after the parameters that take known ones (enums in canonical
 * spelling, the connectors of the document and the workspace, a free precedence, `$syncRule[0]`, scope operators). Null where
 * none of these apply, and on ordinary PowerShell that builds no sync rule.
 */
/** What completion may offer from the rest of the workspace; asked only where such a value is typed. */
export interface CompletionWorkspace {
  connectors(): KnownConnector[];
  attributes(): Iterable<AttributeOccurrence>;
}

const NO_WORKSPACE: CompletionWorkspace = { connectors: () => [], attributes: () => [] };

export function scriptCompletion(doc: ExpressionDocument, position: Position, workspace: CompletionWorkspace = NO_WORKSPACE): CompletionList | null {
  // Too large to read while typing: scanning it on every keystroke would block the editor.
  if (doc.tooLarge || doc.cmdletAt === -1) return null;
  const offset = clampedOffset(doc, position);
  const read = scriptTokens(doc, doc.text);
  if (inComment(read, offset)) return null;
  const cursor = commandAt(doc.text, read.tokens, offset);
  const items = itemsAt(doc, cursor, workspace);
  return items && items.length > 0 ? { isIncomplete: false, items } : null;
}

function itemsAt(doc: ExpressionDocument, cursor: CommandCursor, workspace: CompletionWorkspace): CompletionItem[] | undefined {
  const { before, typing } = cursor;
  const replaced = (token: ScriptToken | undefined): Range => (token ? doc.lines.rangeOf(token.start, token.end) : doc.lines.rangeOf(cursor.offset, cursor.offset));
  if (before.length === 0) return !typing || typing.kind === 'Word' ? commandItems(replaced(typing)) : undefined;
  const name = before[0];
  const spec = name.kind === 'Word' ? CMDLETS[name.image.toLowerCase()] : undefined;
  if (!spec) return undefined;
  const args = before.slice(1);
  if (typing && (typing.kind === 'Parameter' || isDash(typing))) return parameterItems(spec, cursor, replaced(typing));
  const value = valuePosition(spec, args, cursor.insideBrackets);
  if (!value) return !typing && !cursor.insideBrackets ? parameterItems(spec, cursor, replaced(undefined)) : undefined;
  const range = replaced(typing && VALUE_TOKENS.has(typing.kind) ? typing : undefined);
  return valueItems(doc, spec, value, [...before, ...cursor.after], range, cursor.offset, workspace);
}

function commandItems(range: Range): CompletionItem[] {
  return COMMAND_NAMES.map((c, k) => ({
    label: c.label,
    kind: CompletionItemKind.Function,
    detail: c.detail,
    filterText: c.insert,
    sortText: String(k).padStart(2, '0'),
    textEdit: { range, newText: c.insert },
  }));
}

/** Parameters of the cmdlet not written elsewhere in the command: mandatory ones first, common ones last. */
function parameterItems(spec: CmdletSpec, cursor: CommandCursor, range: Range): CompletionItem[] {
  const present = new Set<string>();
  for (const t of [...cursor.before, ...cursor.after]) {
    const p = t.kind === 'Parameter' ? resolveParameter(spec, t.image.slice(1)) : undefined;
    if (p) present.add(p);
  }
  return parametersToOffer(spec, present).map((p) => {
    const own = PARAMETER_DOCS[p] !== undefined && p !== 'OutVariable';
    const rank = spec.mandatory.includes(p) ? 0 : own ? 1 : p === 'OutVariable' ? 2 : 3;
    const detail = p === 'OutVariable' || own ? PARAMETER_DOCS[p] : COMMON_PARAMETER_DETAIL;
    return {
      label: `-${p}`,
      kind: CompletionItemKind.Property,
      detail,
      filterText: `-${p}`,
      sortText: `${rank}${String(spec.parameters.indexOf(p)).padStart(2, '0')}`,
      textEdit: { range, newText: `-${p}` },
    };
  });
}

/** The parameter whose value the cursor is at, and which item of a comma list (`-ArgumentList 'a','b',|`, `-Source @('a',|`). */
interface ValuePosition {
  parameter: string;
  index: number;
  /** Inside `@( … )`. */
  inList?: boolean;
}

function valuePosition(spec: CmdletSpec, args: readonly ScriptToken[], insideBrackets: boolean): ValuePosition | undefined {
  let k = args.length - 1;
  while (k >= 0 && args[k].kind !== 'Parameter') k--;
  if (k < 0) return undefined;
  const parameter = resolveParameter(spec, args[k].image.slice(1));
  if (!parameter || spec.switchSet.has(parameter)) return undefined;
  const tail = args.slice(k + 1);
  if (tail.length === 0) return { parameter, index: 0 };
  // `-Source @('a', |`: an item of the array the parameter takes, when no other bracket is open.
  if (insideBrackets && tail[0].kind === 'AtParen') {
    const items = tail.slice(1);
    if (items.some((t) => OPEN_OR_CLOSE.has(t.kind)) || (items.length > 0 && items[items.length - 1].kind !== 'Comma')) return undefined;
    return { parameter, index: items.filter((t) => t.kind === 'Comma').length, inList: true };
  }
  // A bare comma list goes on only after a comma; a value followed by a blank is complete.
  if (insideBrackets || tail[tail.length - 1].kind !== 'Comma') return undefined;
  return { parameter, index: tail.filter((t) => t.kind === 'Comma').length };
}

function valueItems(doc: ExpressionDocument, spec: CmdletSpec, at: ValuePosition, statement: readonly ScriptToken[], range: Range, offset: number, workspace: CompletionWorkspace): CompletionItem[] | undefined {
  const cmdlet = spec.name;
  const quoted = (values: readonly EnumValue[], kind: CompletionItemKind) =>
    values.map((v, k): CompletionItem => {
      const newText = `'${v.name}'`;
      return { label: v.name, kind, detail: v.detail, filterText: newText, sortText: String(k).padStart(2, '0'), textEdit: { range, newText } };
    });
  const enumValues = ENUM_OF_PARAMETER[at.parameter];
  if (enumValues && at.index === 0 && !at.inList) return quoted(enumValues, CompletionItemKind.EnumMember);
  const slot = attributeSlot(cmdlet, at, statement);
  if (slot) {
    const rule = ruleBefore(doc.rules, doc.lines.positionAt(offset));
    const sides = rule ? ruleSides(rule) : {};
    const side = slot === 'read' ? sides.readSide : slot === 'write' ? sides.writeSide : slot;
    return attributeNameItems([...documentOccurrences(doc), ...workspace.attributes()], side, range);
  }
  if (cmdlet === 'New-Object' && at.parameter === 'ArgumentList' && at.index === 2) {
    const isJoin = statement.some((t) => t.kind === 'SingleQuoted' && JOIN_CONDITION_TYPE.test(t.image.slice(1, -1)));
    return isJoin ? undefined : quoted(OPERATORS, CompletionItemKind.EnumMember);
  }
  if (cmdlet === 'New-Object' && at.parameter === 'TypeName' && at.index === 0) {
    return quoted([{ name: SCOPE_CONDITION_TYPE_NAME }, { name: JOIN_CONDITION_TYPE_NAME }], CompletionItemKind.Class);
  }
  if (at.index !== 0) return undefined;
  if (at.parameter === 'Connector') {
    return knownConnectors(doc.rules, workspace.connectors()).map((c, k) => ({
      label: c.id,
      kind: CompletionItemKind.Value,
      detail: c.detail,
      filterText: `'${c.id}'`,
      sortText: String(k).padStart(3, '0'),
      textEdit: { range, newText: `'${c.id}'` },
    }));
  }
  if (at.parameter === 'Precedence') {
    const free = freePrecedence(doc.rules, ruleAt(doc.rules, doc.lines.positionAt(offset)));
    if (free === undefined) return undefined;
    return [{ label: String(free), kind: CompletionItemKind.Value, detail: 'Free precedence below 100 (no rule in this document uses it)', preselect: true, sortText: '0', textEdit: { range, newText: String(free) } }];
  }
  if (at.parameter === 'SynchronizationRule') {
    return [{ label: '$syncRule[0]', kind: CompletionItemKind.Variable, detail: 'The rule New-ADSyncRule -OutVariable syncRule built', filterText: '$syncRule[0]', textEdit: { range, newText: '$syncRule[0]' } }];
  }
  return undefined;
}

const OPEN_OR_CLOSE = new Set(['LParen', 'DollarParen', 'LBrace', 'AtBrace', 'AtParen', 'LBracket', 'RParen', 'RBrace', 'RBracket']);

/**
 * Where an attribute name goes: a flow's sources (read) and destination (write), a scope condition's
 * attribute (read), a join condition's connector-space and metaverse attributes.
 */
function attributeSlot(cmdlet: string, at: ValuePosition, statement: readonly ScriptToken[]): 'read' | 'write' | AttributeSide | undefined {
  if (cmdlet === 'Add-ADSyncAttributeFlowMapping') {
    if (at.parameter === 'Source') return 'read';
    if (at.parameter === 'Destination' && at.index === 0 && !at.inList) return 'write';
    return undefined;
  }
  if (cmdlet !== 'New-Object' || at.parameter !== 'ArgumentList' || at.inList) return undefined;
  const isJoin = statement.some((t) => t.kind === 'SingleQuoted' && JOIN_CONDITION_TYPE.test(t.image.slice(1, -1)));
  if (isJoin) return at.index === 0 ? 'cs' : at.index === 1 ? 'mv' : undefined;
  const isScope = statement.some((t) => t.kind === 'SingleQuoted' && SCOPE_CONDITION_TYPE.test(t.image.slice(1, -1)));
  return isScope && at.index === 0 ? 'read' : undefined;
}

/** Attribute names the rules of the document and the workspace use; those on the side being written first. */
function attributeNameItems(occurrences: readonly AttributeOccurrence[], side: AttributeSide | undefined, range: Range): CompletionItem[] {
  const byKey = new Map<string, { name: string; sides: Set<AttributeSide | undefined>; rules: Set<SyncRule> }>();
  for (const o of occurrences) {
    const entry = byKey.get(o.key) ?? { name: o.name, sides: new Set(), rules: new Set() };
    entry.sides.add(o.side);
    entry.rules.add(o.rule);
    byKey.set(o.key, entry);
  }
  const where = (s: AttributeSide | undefined) => (s === 'mv' ? 'metaverse' : s === 'cs' ? 'connector space' : undefined);
  return [...byKey.values()].map(({ name, sides, rules }) => {
    const sameSide = side === undefined || sides.has(side) || sides.has(undefined);
    const places = [...sides].map(where).filter(Boolean).join(' and ');
    const newText = `'${name.replace(/'/g, "''")}'`;
    return {
      label: name,
      kind: CompletionItemKind.Field,
      detail: `${places ? `${places} · ` : ''}used by ${rules.size} rule${rules.size === 1 ? '' : 's'}`,
      filterText: newText,
      sortText: `${sameSide ? '0' : '1'}${name.toLowerCase()}`,
      textEdit: { range, newText },
    };
  });
}

/** The rule being written at the position: the one whose text holds it, else the last one started before it. */
function ruleBefore(rules: readonly SyncRule[], position: Position): SyncRule | undefined {
  return ruleAt(rules, position) ?? [...rules].reverse().find((r) => r.range.start.line <= position.line);
}

/** The rule whose text holds the position: its own precedence is being rewritten, not taken. */
function ruleAt(rules: readonly SyncRule[], position: Position): SyncRule | undefined {
  const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return rules.find((r) => le(r.range.start, position) && le(position, r.range.end));
}

/** A position past the end of its line means the line's end (the protocol says so); never the next line. */
function clampedOffset(doc: ExpressionDocument, position: Position): number {
  const line = Math.min(Math.max(position.line, 0), doc.lines.lineCount - 1);
  return Math.min(doc.lines.lineStart(line) + Math.max(position.character, 0), doc.lines.lineEnd(line));
}

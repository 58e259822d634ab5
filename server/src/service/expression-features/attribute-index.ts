import type { AttributeFlow, SyncRule } from '../../model/sync-rule';
import type { ExpressionDocument } from './expression-document';
import { codeTokens } from './locate';

/**
 * Which side of the sync an attribute name lives on in one use: the connector space (`cs`) or the
 * metaverse (`mv`). An inbound rule reads the connector space and writes the metaverse; outbound the reverse.
 */
export type AttributeSide = 'cs' | 'mv';

export interface AttributeUse {
  rule: SyncRule;
  role: 'read' | 'write' | 'scope' | 'join';
  side?: AttributeSide;
  /** For reads: the flow that reads the attribute (its destination is where the value goes). */
  flow?: AttributeFlow;
}

/** Every attribute name the document's rules use, with each use, in rule order. */
export type AttributeIndex = Map<string, AttributeUse[]>;

/** Built once per reading of the document and kept with it. */
export function attributeIndex(doc: ExpressionDocument): AttributeIndex {
  return (doc.memo.attributes ??= buildIndex(doc.rules));
}

function buildIndex(rules: readonly SyncRule[]): AttributeIndex {
  const index: AttributeIndex = new Map();
  const add = (name: string | null | undefined, use: AttributeUse) => {
    if (!name) return;
    const list = index.get(name);
    // A flow that names its source twice ([x] & [x]) reads it once.
    if (list?.some((u) => u.rule === use.rule && u.role === use.role && u.flow === use.flow && u.side === use.side)) return;
    if (list) list.push(use);
    else index.set(name, [use]);
  };
  for (const rule of rules) {
    const { readSide, writeSide } = ruleSides(rule);
    for (const flow of rule.flows) {
      for (const name of readNames(flow)) add(name, { rule, role: 'read', side: readSide, flow });
      add(flow.destination.value, { rule, role: 'write', side: writeSide, flow });
    }
    for (const group of rule.scopeGroups) for (const c of group.conditions) add(c.attribute.value, { rule, role: 'scope', side: readSide });
    for (const group of rule.joinGroups) {
      for (const c of group.conditions) {
        add(c.csAttribute.value, { rule, role: 'join', side: 'cs' });
        add(c.mvAttribute.value, { rule, role: 'join', side: 'mv' });
      }
    }
  }
  return index;
}

/** Where a rule's flows read (and its scope tests) and where they write; unknown when the direction is. */
export function ruleSides(rule: SyncRule): { readSide?: AttributeSide; writeSide?: AttributeSide } {
  const direction = rule.direction.value?.toLowerCase();
  if (direction === 'inbound') return { readSide: 'cs', writeSide: 'mv' };
  if (direction === 'outbound') return { readSide: 'mv', writeSide: 'cs' };
  return {};
}

/** Sources of a Direct or Expression flow and the `[x]` of its expression; a Constant flow's "source" is its value. */
function readNames(flow: AttributeFlow): string[] {
  const names = flow.flowType.value?.toLowerCase() === 'constant' ? [] : [...flow.sources.value];
  const expression = flow.expression.value;
  if (expression !== null) {
    for (const t of codeTokens(expression)) if (t.kind === 'attribute' && t.text.trim() !== '') names.push(t.text.trim());
  }
  return names;
}

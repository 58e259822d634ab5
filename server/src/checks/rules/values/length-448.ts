import type { Expr } from '../../../expression/ast';
import type { GlobalSettings } from '../../../model/rule-set';
import { isStandardRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { fileTexts } from './flow-text';
import { INDEXABLE_STRING_LIMIT, longTextSource } from './long-text-sources';
import { direction, firstSource, flowTypeOf } from './rule-facts';

const STRING_SYNTAX = '1.3.6.1.4.1.1466.115.121.1.15';

/** Functions whose result is (a piece of) the text of their first argument, as long as it. */
const CARRY_FIRST = new Set(['Trim', 'LTrim', 'RTrim', 'LCase', 'UCase', 'PCase', 'Item', 'ItemOrNull', 'Join', 'CStr', 'RemoveDuplicates', 'Replace', 'ReplaceChars']);
/** Functions that cut the text; the argument at this index is the length they keep. */
const CUT_LENGTH: Record<string, number> = { Left: 1, Right: 1, Mid: 2 };

/**
 * AADC027 length-448: an indexable metaverse string holds at most 448 characters (DOC-CHANGE). A
 * custom inbound rule that flows a free-text attribute (description, info, …) there without cutting
 * it fails for the objects whose text is longer. The out-of-box rules guard with Left(Trim(…),448).
 */
export const length448: RuleCheck = {
  meta: {
    id: 'AADC027',
    name: 'length-448',
    severity: 'warning',
    category: 'fast',
    fixable: true,
    summary: 'A free-text attribute flows into an indexable metaverse string without Left(…, 448); longer values fail.',
    docs: {
      why:
        'Metaverse string attributes are indexable by default and then hold at most 448 characters; "Make a change to the default configuration" (DOC-CHANGE) says to flow Left([attribute],448) when the source may be longer. ' +
        'AD free-text attributes such as description, info and url hold up to 1024 characters or more, which is why the out-of-box rules flow Left(Trim(…),448) for them. ' +
        'A custom rule that flows them without the cut fails on the objects with long text. The list of free-text sources is kept with its reasons in long-text-sources.ts; with a server export the metaverse schema decides which destinations are indexable strings.',
      fix: 'Wrap the attribute in Left(…, 448) (for a Direct flow, turn it into an Expression flow that does).',
      wrong: "-Destination 'info' `\n-FlowType 'Expression' `\n-Expression 'Trim([info])' `",
      right: "-Destination 'info' `\n-FlowType 'Expression' `\n-Expression 'Left(Trim([info]),448)' `",
    },
  },
  perRule: ({ rule, ruleSet, reading, textOf }) => {
    if (isStandardRule(rule) || direction(rule) !== 'inbound') return [];
    const texts = fileTexts(reading, textOf);
    const out: RuleFinding[] = [];
    for (const flow of rule.flows) {
      const destination = flow.destination.value;
      if (!destination || !isIndexableString(destination, ruleSet.globalSettings)) continue;
      const type = flowTypeOf(flow);
      if (type === 'direct') {
        const source = firstSource(rule.file, flow, texts);
        const long = source && longTextSource(source.value);
        if (!source || !long) continue;
        out.push({
          file: rule.file,
          range: source.range,
          message: `${long.name} can be longer than ${INDEXABLE_STRING_LIMIT} characters, the most ${destination} holds in the metaverse; flow Left([${long.name}],${INDEXABLE_STRING_LIMIT}) as an Expression instead.`,
        });
      } else if (type === 'expression') {
        const expression = texts.expression(rule.file, flow);
        if (!expression) continue;
        for (const { node, name } of uncutLongText(expression.parsed.root)) {
          const fix = expression.fix(`Keep the first ${INDEXABLE_STRING_LIMIT} characters`, [
            { start: node.start, end: node.start, newText: 'Left(' },
            { start: node.end, end: node.end, newText: `,${INDEXABLE_STRING_LIMIT})` },
          ]);
          out.push({
            file: rule.file,
            range: expression.range(node.start, node.end),
            message: `${name} can be longer than ${INDEXABLE_STRING_LIMIT} characters, the most ${destination} holds in the metaverse; cut it with Left(…,${INDEXABLE_STRING_LIMIT}).`,
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
    return out;
  },
};

/** With the metaverse schema at hand it decides; without, DOC-CHANGE's default applies (strings are indexable). */
function isIndexableString(attribute: string, settings: GlobalSettings | undefined): boolean {
  const schema = settings?.mvAttributes;
  if (!schema) return true;
  const found = schema.find((a) => a.name.toLowerCase() === attribute.trim().toLowerCase());
  return !!found && found.indexable === true && (found.syntax === undefined || found.syntax === STRING_SYNTAX);
}

/**
 * The places where a long free-text value reaches the flow's result uncut: follow the result
 * through IIF/Switch branches, `&` and text-preserving functions; stop at a cut of at most 448
 * characters and at anything else (a test, a count, a conversion).
 */
function uncutLongText(root: Expr): { node: Expr; name: string }[] {
  const out: { node: Expr; name: string }[] = [];
  const visit = (node: Expr): void => {
    switch (node.kind) {
      case 'group':
        return visit(node.inner);
      case 'binary':
        if (node.operator === '&') {
          visit(node.left);
          visit(node.right);
        }
        return;
      case 'attribute': {
        const long = longTextSource(node.name);
        if (long) out.push({ node, name: `[${node.name}]` });
        return;
      }
      case 'call': {
        if (node.name === 'IIF' && node.args.length === 3) return (visit(node.args[1]), visit(node.args[2]));
        if (node.name === 'Switch') {
          for (let k = 1; k < node.args.length; k += 2) visit(node.args[k]);
          return;
        }
        if (node.name === 'ImportedValue' && node.args[0]?.kind === 'string' && longTextSource(node.args[0].value)) {
          out.push({ node, name: `ImportedValue("${node.args[0].value}")` });
          return;
        }
        const cut = CUT_LENGTH[node.name];
        if (cut !== undefined) {
          const length = node.args[cut];
          // A length that is not a number literal is the author's own limit: trust it.
          if (length?.kind === 'number' && length.value > INDEXABLE_STRING_LIMIT && node.args[0]) visit(node.args[0]);
          return;
        }
        if (CARRY_FIRST.has(node.name) && node.args[0]) visit(node.args[0]);
        return;
      }
      default:
        return;
    }
  };
  visit(root);
  return out;
}

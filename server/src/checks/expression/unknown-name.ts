import { FUNCTIONS, findFunction, findFunctionIgnoringCase } from '../../catalog/functions';
import { LEGACY_FUNCTIONS } from '../../catalog/legacy-functions';
import { findWord, findWordIgnoringCase } from '../../catalog/expression-words';
import { walk } from '../../expression/walk';
import type { ExpressionCheck, ExpressionFinding } from '../check';
import { closest } from './closest-name';

/**
 * AADC019 unknown-name: a function or bare word the engine does not know ("Function X undefined",
 * "Identifier X undefined"). Names that differ only in case are AADC020's, so they are left out here.
 */
export const unknownName: ExpressionCheck = {
  meta: {
    id: 'AADC019',
    name: 'unknown-name',
    severity: 'error',
    category: 'fast',
    fixable: true,
    summary: 'A function or identifier the sync engine does not know; the flow fails at sync time.',
    docs: {
      why: "The engine knows a fixed set of functions and identifiers; anything else fails the flow at sync time with \"Function \u2026 undefined\" or \"Identifier \u2026 undefined\" (DOC-FUNC, the engine's function table). Old FIM names such as UpperCase are only translated when a FIM configuration is upgraded.",
      fix: "Use the function the message suggests; write attributes as [name] and text as \"text\".",
      wrong: "Lef([displayName], 20) & UpperCase([sn])",
      right: "Left([displayName], 20) & UCase([sn])",
    },
  },
  check: ({ parsed }) => {
    const out: ExpressionFinding[] = [];
    walk(parsed.root, (node, ancestors) => {
      if (node.kind === 'call') {
        if (findFunction(node.name) || findFunctionIgnoringCase(node.name)) return;
        const legacy = LEGACY_FUNCTIONS[node.name];
        if (legacy && findFunction(legacy)) {
          out.push({
            ...node.nameSpan,
            message: `${node.name} is the old FIM name of ${legacy}; the sync engine only knows ${legacy}.`,
            fix: { title: `Use ${legacy}`, edits: [{ ...node.nameSpan, newText: legacy }] },
          });
          return;
        }
        const suggestion = closest(node.name, FUNCTIONS.map((f) => f.name));
        out.push({
          ...node.nameSpan,
          message: `Function ${node.name} is not defined in the sync engine.${suggestion ? ` Did you mean ${suggestion}?` : ''}`,
          ...(suggestion ? { fix: { title: `Change to ${suggestion}`, edits: [{ ...node.nameSpan, newText: suggestion }] } } : {}),
        });
      } else if (node.kind === 'word') {
        if (findWord(node.name) || findWordIgnoringCase(node.name)) return;
        // Where/Select/With name their item without a $ in some hand-written expressions; stay quiet inside them.
        if (ancestors.some((a) => a.kind === 'call' && /^(Where|Select|With)$/.test(a.name))) return;
        out.push({ start: node.start, end: node.end, message: `Identifier ${node.name} is not defined: attributes are written [${node.name}], text "${node.name}".` });
      }
    });
    return out;
  },
};

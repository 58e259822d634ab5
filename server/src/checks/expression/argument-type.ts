import type { FunctionSignature } from '../../catalog/function-types';
import { accepts, literalTypeOf, type KnownType } from '../../expression/types';
import type { Expr } from '../../expression/ast';
import { forEachKnownCall } from './known-calls';
import type { ExpressionCheck, ExpressionFinding } from '../check';

/**
 * AADC019 argument-type: a literal argument of a type the function does not take, e.g. `Left([x], "3")`.
 * The engine fails the flow with "Argument N of function F: expected type T". Only literals are judged:
 * the engine converts function results more freely than its documentation says (the out-of-box device
 * rule takes Len() of a binary thumbprint), and a false error on a shipped rule is noise.
 */
export const argumentType: ExpressionCheck = {
  meta: {
    id: 'AADC019',
    name: 'argument-type',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'An argument of a type the function does not take.',
    docs: {
      why: "The engine checks argument types at run time and fails the flow with \"Argument N of function F: expected type T\"; a number written as text is the usual slip.",
      fix: "Write numbers without quotes, or convert with CNum/CStr where a conversion is meant.",
      wrong: "Left([displayName], \"20\")",
      right: "Left([displayName], 20)",
    },
  },
  check: ({ parsed }) => {
    const out: ExpressionFinding[] = [];
    forEachKnownCall(parsed.root, (node, f) => {
      const types = node.args.map(literalTypeOf);
      const fitting = f.signatures.filter((s) => fits(s, node.args, types));
      if (fitting.length > 0) return;
      // Report against the signature with the same number of parameters, at its first bad argument.
      const signature = f.signatures.find((s) => s.parameters.length >= node.args.length) ?? f.signatures[0];
      const k = node.args.findIndex((_, i) => signature.parameters[i] && !signature.parameters[i].types.some((t) => accepts(t, types[i])));
      if (k < 0) return;
      const p = signature.parameters[k];
      out.push({
        start: node.args[k].start,
        end: node.args[k].end,
        message: `Argument ${k + 1} of ${f.name} (${p.name}) must be ${p.types.join(' or ')}; this is ${describe(types[k])}.`,
      });
    });
    return out;
  },
};

function fits(signature: FunctionSignature, args: Expr[], types: KnownType[]): boolean {
  const required = signature.parameters.filter((p) => !p.optional).length;
  if (args.length < required) return false;
  if (args.length > signature.parameters.length && signature.parameters.length > 0) {
    // Switch repeats its whole parameter list (condition, value), pair after pair.
    const n = signature.parameters.length;
    return args.every((_, i) => signature.parameters[i % n].types.some((t) => accepts(t, types[i])));
  }
  return args.every((_, i) => signature.parameters[i].types.some((t) => accepts(t, types[i])));
}

function describe(t: KnownType): string {
  const names: Partial<Record<KnownType, string>> = { str: 'text (str)', num: 'a number (num)', bool: 'a boolean (bool)', dt: 'a date (dt)', bin: 'binary (bin)' };
  return names[t] ?? t;
}

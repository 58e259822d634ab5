import type { Args } from './args';
import { dnComponents, escapeDnComponent } from './dn';
import { fail } from './failure';
import { perValue, type FunctionTable } from './function-impl';

/**
 * The value of the n-th component, without its `type=` (the reference: `cn=Joe,ou=…` gives Joe). A number
 * outside the DN gives NULL: the reference does not say, and NULL contributes nothing to the flow.
 */
function component(a: Args, fromEnd: boolean): string | null {
  let parts = dnComponents(a.ref(0));
  const n = a.num(1);
  if (a.has(2)) {
    const option = a.str(2);
    if (option !== 'DC') return fail(`Argument 3 of function DNComponentRev: expected "DC", passed "${option}".`);
    parts = parts.filter((p) => p.type.toLowerCase() !== 'dc');
  }
  if (fromEnd) parts = parts.reverse();
  return n >= 1 && n <= parts.length ? parts[n - 1].value : null;
}

export const DN_IMPLEMENTATIONS: FunctionTable = {
  DNComponent: perValue((a) => component(a, false)),
  DNComponentRev: perValue((a) => component(a, true)),
  EscapeDNComponent: perValue((a) => escapeDnComponent(a.str(0))),
};

import { FUNCTIONS } from '../catalog/functions';
import { standIn } from './context';
import { fail } from './failure';
import { eager, type FunctionTable } from './function-impl';

/** A fixed version-4 GUID: recognisable as a stand-in and still a valid GUID. */
export const STAND_IN_GUID = '00000000-0000-4000-8000-000000000000';

const CERTIFICATE_WHY = 'certificate functions read X.509 certificates, which this evaluator does not parse.';

export const OTHER_IMPLEMENTATIONS: FunctionTable = {
  Guid: eager((_, run) => {
    standIn(run, `Guid() is ${STAND_IN_GUID}, not a new random GUID.`);
    return STAND_IN_GUID;
  }),
  RandomStr: eager((a, run) => {
    const length = a.num(0);
    if (length < 0 || length > 4096) return fail(`RandomStr: ${length} is not a length this evaluator makes a string of (0 to 4096).`);
    standIn(run, `RandomStr(${length}) is ${length} letters A, not a random string.`);
    return 'A'.repeat(length);
  }),
  // The sample stands for the object as last imported: there are no pending exports to tell apart.
  ImportedValue: eager((a, run) => {
    const name = a.str(0);
    standIn(run, `ImportedValue("${name}") reads ${name} of the sample object, taken as the last imported state.`);
    return run.object.attributes.get(name) ?? null;
  }),
  Thumbprint: { kind: 'unsupported', why: 'Thumbprint is undocumented, and which hash it computes over which bytes is not known.' },
  ...Object.fromEntries(FUNCTIONS.filter((f) => f.category === 'certificate').map((f) => [f.name, { kind: 'unsupported', why: CERTIFICATE_WHY } as const])),
};

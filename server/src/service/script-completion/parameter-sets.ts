import type { CmdletSpec } from '../../formats/powershell/cmdlet-catalog';

/**
 * Parameters that exclude each other because they belong to different parameter sets (DOMAIN §2.5).
 * A cmdlet not listed has one set; a parameter in no listed set belongs to every set (common ones).
 */
const SETS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'add-adsyncattributeflowmapping': [
    ['SynchronizationRule', 'Source', 'Destination', 'FlowType', 'ValueMergeType', 'ExecuteOnce', 'Expression', 'Direction'],
    ['SynchronizationRule', 'AttributeFlowMappings'],
  ],
  'add-adsyncrule': [
    ['SynchronizationRule'],
    ['Name', 'Direction', 'Connector', 'SourceObjectType', 'TargetObjectType', 'LinkType', 'Precedence', 'PrecedenceAfter', 'PrecedenceBefore',
      'Description', 'ImmutableTag', 'Identifier', 'SoftDeleteExpiryInterval', 'EnablePasswordSync', 'Disabled', 'ScopeFilter', 'JoinFilter',
      'AttributeFlowMappings'],
  ],
  'get-adsyncrule': [['Identifier'], ['SynchronizationRule']],
  'remove-adsyncrule': [['Identifier'], ['SynchronizationRule']],
  'get-adsyncconnector': [['Identifier'], ['Name'], ['Summary']],
  'new-object': [['TypeName', 'ArgumentList', 'Property'], ['ComObject', 'Strict', 'Property']],
};

/** The parameters still worth offering: not written yet, and in a parameter set that holds every one written. */
export function parametersToOffer(spec: CmdletSpec, present: ReadonlySet<string>): string[] {
  const sets = SETS[spec.name.toLowerCase()];
  const inSomeSet = new Set(sets?.flat() ?? []);
  const open = sets?.filter((set) => [...present].every((p) => !inSomeSet.has(p) || set.includes(p))) ?? [];
  return spec.parameters.filter((p) => !present.has(p) && (!sets || !inSomeSet.has(p) || open.some((set) => set.includes(p))));
}

/** The canonical name of a written parameter: exact (any case) or a unique prefix, as PowerShell binds it. */
export function resolveParameter(spec: CmdletSpec, written: string): string | undefined {
  const lower = written.toLowerCase();
  const exact = spec.byLowerName.get(lower);
  if (exact) return exact;
  const matches = spec.parameters.filter((p) => p.toLowerCase().startsWith(lower));
  return matches.length === 1 ? matches[0] : undefined;
}

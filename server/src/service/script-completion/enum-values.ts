import { COMPARISON_OPERATORS } from '../../checks/rules/values/scope-operators';

/** An enum's members with the canonical spelling the Rules Editor writes (DOMAIN §1.2), in numeric order. */
export interface EnumValue {
  name: string;
  detail?: string;
}

const names = (...list: string[]): EnumValue[] => list.map((name) => ({ name }));

export const DIRECTIONS = names('Inbound', 'Outbound');
export const LINK_TYPES: EnumValue[] = [
  { name: 'Provision', detail: 'Creates the target object when none is joined' },
  { name: 'StickyJoin', detail: 'Joins and keeps the link once made' },
  { name: 'Join', detail: 'Joins an existing object; never creates one' },
  { name: 'JoinNoFlow', detail: 'Joins without flowing attributes (Cloud Sync coexistence)' },
];
export const FLOW_TYPES = names('Direct', 'Constant', 'Expression');
export const VALUE_MERGE_TYPES: EnumValue[] = [
  { name: 'Update' },
  { name: 'Replace', detail: 'The same as Update, but not used' },
  { name: 'MergeCaseInsensitive' },
  { name: 'Merge' },
];
export const OPERATORS = names(...COMPARISON_OPERATORS);

/** The enum a parameter takes, by canonical parameter name. */
export const ENUM_OF_PARAMETER: Readonly<Record<string, readonly EnumValue[]>> = {
  Direction: DIRECTIONS,
  LinkType: LINK_TYPES,
  FlowType: FLOW_TYPES,
  ValueMergeType: VALUE_MERGE_TYPES,
  ComparisonOperator: OPERATORS,
};

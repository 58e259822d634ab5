/** What a sync cmdlet parameter means, in a sentence, and the values it accepts when it is an enumeration (DOMAIN §1.2). */
export interface ParameterDoc {
  text: string;
  values?: readonly string[];
}

export const DIRECTIONS = ['Inbound', 'Outbound'] as const;
export const LINK_TYPES = ['Provision', 'StickyJoin', 'Join', 'JoinNoFlow'] as const;
export const FLOW_TYPES = ['Direct', 'Constant', 'Expression'] as const;
export const MERGE_TYPES = ['Update', 'Replace', 'MergeCaseInsensitive', 'Merge'] as const;

const GUID = 'A GUID written without braces.';

/** By parameter name; a name means the same on every sync cmdlet that takes it. */
export const PARAMETER_DOCS: Record<string, ParameterDoc> = {
  Name: { text: 'Display name of the rule. Tools pair rules across servers by connector and name.' },
  Identifier: { text: `The rule's own id. ${GUID} Left out, the server makes a new one and the trailing Get-ADSyncRule finds nothing.` },
  Description: { text: 'Free text shown in the Rules Editor.' },
  Direction: { text: 'Inbound rules flow from a connector space into the metaverse; outbound rules flow from the metaverse out.', values: DIRECTIONS },
  Precedence: { text: 'Lower number wins when several rules write the same attribute. Custom rules go below 100; standard rules start at 100.' },
  PrecedenceAfter: { text: `Place this rule right after the rule with this Identifier. ${GUID} All zeros means unset.` },
  PrecedenceBefore: { text: `Place this rule right before the rule with this Identifier. ${GUID} All zeros means unset.` },
  SourceObjectType: { text: 'Object type read: a connector-space type for inbound rules, a metaverse type for outbound ones.' },
  TargetObjectType: { text: 'Object type written: a metaverse type for inbound rules, a connector-space type for outbound ones.' },
  Connector: { text: `The connector the rule belongs to. ${GUID} The Entra ID connector is b891884f-051e-4a83-95af-2544101c9083 everywhere; AD connectors differ per server.` },
  LinkType: {
    text: 'What happens when no join rule matches: Provision creates the object, StickyJoin keeps it alive without creating, Join only joins, JoinNoFlow joins without flowing attributes.',
    values: LINK_TYPES,
  },
  SoftDeleteExpiryInterval: { text: 'How long a deleted object is kept, in ticks (0 = off). Only for outbound Provision and StickyJoin rules.' },
  ImmutableTag: { text: 'Marks a rule shipped by Microsoft (`Microsoft.<name>.<version>`). Empty for custom rules.' },
  EnablePasswordSync: { text: 'Switch: this rule carries password hash synchronisation.' },
  Disabled: { text: 'Switch: the rule is kept but not applied.' },
  SynchronizationRule: { text: 'The rule to add to or commit, normally `$syncRule[0]` from the previous command\'s -OutVariable.' },
  Source: { text: 'Source attributes of the flow. For a Constant flow the constant itself.' },
  Destination: { text: 'The attribute the flow writes.' },
  FlowType: { text: 'Direct copies the source, Constant writes the value in -Source, Expression computes -Expression.', values: FLOW_TYPES },
  ValueMergeType: {
    text: 'How contributions from several rules combine: Update takes the precedence winner, Merge and MergeCaseInsensitive collect multi-valued contributions, Replace behaves as Update. Every rule writing one attribute must use the same merge type.',
    values: MERGE_TYPES,
  },
  ExecuteOnce: { text: 'Switch: write the attribute only when the object is created.' },
  Expression: { text: 'A declarative provisioning expression; only with FlowType Expression.' },
  ScopeConditions: { text: 'The conditions of one scope group, ANDed. Groups are ORed; no group means every object of the source type.' },
  JoinConditions: { text: 'The conditions of one join group, ANDed. Groups are tried top-down; the first that finds exactly one match joins.' },
  OutVariable: { text: 'Stores the command\'s result in this variable (no `$`); the next command reads it as `$name[0]`.' },
  TypeName: { text: 'The .NET type New-Object creates: ScopeCondition or JoinCondition of the ADSync object model.' },
  ArgumentList: { text: 'Constructor arguments: attribute, value, operator for a ScopeCondition; CS attribute, MV attribute, case-sensitive for a JoinCondition.' },
  Attribute: { text: 'The attribute the scope condition tests.' },
  ComparisonValue: { text: 'The value the scope condition compares with.' },
  CSAttribute: { text: 'The connector-space attribute of a join condition.' },
  MVAttribute: { text: 'The metaverse attribute of a join condition.' },
  CaseSensitive: { text: 'Whether the join compares values case-sensitively.' },
};

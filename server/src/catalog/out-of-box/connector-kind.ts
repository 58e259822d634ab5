import type { RuleSet } from '../../model/rule-set';
import type { SyncRule } from '../../model/sync-rule';
import { ENTRA_CONNECTOR_ID } from '../../model/well-known';
import type { ConnectorKind } from './types';

const ENTRA_SUBTYPE = /Azure Active Directory|Entra/i;

/**
 * Whether the rule sits on the Entra ID connector (one well-known GUID on every server) or on an AD
 * forest's. Undefined when the input does not say: a Documenter report names connectors only, and a
 * script may pass the connector in a variable.
 */
export function connectorKind(rule: SyncRule, ruleSet: RuleSet): ConnectorKind | undefined {
  const id = rule.connector.id.value;
  if (id === ENTRA_CONNECTOR_ID) return 'AAD';
  const connector = ruleSet.connectors.find((c) => (id !== null && c.id === id) || (id === null && c.name !== null && c.name === rule.connector.name.value));
  if (connector?.category === 'AD') return 'AD';
  if (connector?.subtype && ENTRA_SUBTYPE.test(connector.subtype)) return 'AAD';
  if (connector?.category) return undefined;
  // A literal GUID other than Entra's: standard rules live only on AD and Entra connectors.
  return id !== null ? 'AD' : undefined;
}

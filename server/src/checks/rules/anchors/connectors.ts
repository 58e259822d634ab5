import type { RuleSet } from '../../../model/rule-set';
import type { SyncRule } from '../../../model/sync-rule';
import { ENTRA_CONNECTOR_ID } from '../../../model/well-known';

/** The wizard names the Entra connector "<tenant> - AAD"; only its GUID is the same on every server. */
const ENTRA_CONNECTOR_NAME = /-\s*AAD\s*$/i;

/** The connector's display name: written on the rule (Documenter, server export) or known from the configuration. */
function connectorName(rule: SyncRule, ruleSet: RuleSet): string | null {
  if (rule.connector.name.value) return rule.connector.name.value;
  const id = rule.connector.id.value;
  return id ? ruleSet.connectors.find((c) => c.id === id)?.name ?? null : null;
}

export function isEntraConnector(rule: SyncRule, ruleSet: RuleSet): boolean {
  if (rule.connector.id.value === ENTRA_CONNECTOR_ID) return true;
  const name = connectorName(rule, ruleSet);
  return name !== null && ENTRA_CONNECTOR_NAME.test(name);
}

/**
 * Identifies the rule's connector within one configuration, by GUID where known and by name otherwise
 * (a Documenter report names connectors only). Undefined when the input says neither: a variable we
 * could not resolve is no evidence that two rules share a connector.
 */
export function connectorKey(rule: SyncRule, ruleSet: RuleSet): string | undefined {
  const id = rule.connector.id.value;
  if (id) return `id:${id}`;
  const name = rule.connector.name.value;
  if (!name) return undefined;
  const known = ruleSet.connectors.find((c) => c.id && c.name?.toLowerCase() === name.toLowerCase());
  return known ? `id:${known.id}` : `name:${name.toLowerCase()}`;
}

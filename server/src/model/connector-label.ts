import type { SyncRule } from './sync-rule';
import { ENTRA_CONNECTOR_ID } from './well-known';

/** How reports name a rule's connector: its name, the Entra connector by its fixed GUID, else the GUID or what the script wrote. */
export function connectorLabel(rule: SyncRule): string {
  if (rule.connector.name.value) return rule.connector.name.value;
  if (rule.connector.id.value === ENTRA_CONNECTOR_ID) return 'Entra ID connector';
  return rule.connector.id.value ?? rule.connector.id.unresolved ?? '?';
}

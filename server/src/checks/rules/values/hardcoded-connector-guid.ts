import type { RuleCheck, RuleFinding } from '../../rule-check';
import { isScript, knownConnectors, literalConnector, lookupByNameFix, ruleWithConnectorByName } from './connector-guids';
import { fileTexts } from './flow-text';
import { ruleLabel, sameName } from './rule-facts';

/**
 * AADC023 hardcoded-connector-guid: a script names an AD connector by the GUID of one server. With
 * server exports in the workspace the connector's name is known, so the script can be made portable;
 * when another export has a connector of that name under a different GUID (a staging or new server),
 * running the script there would fail.
 */
export const hardcodedConnectorGuid: RuleCheck = {
  meta: {
    id: 'AADC023',
    name: 'hardcoded-connector-guid',
    severity: 'information',
    category: 'workspace',
    fixable: true,
    summary: 'A script names a connector by the GUID it has on one server; a server export in the workspace says its name, so it can be looked up by name.',
    docs: {
      why:
        'A connector\'s GUID is made when the connector is created, so the same forest has a different connector GUID on every server; only the Entra connector\'s GUID is the same everywhere. ' +
        'A Rules Editor export names the connector by GUID, so the script creates the rule on the exporting server only: "Upgrade from a previous version" (DOC-UPGRADE) tells you to replace the connector GUID before running an exported rule on a new server, and the Config Documenter\'s scripts (CD) look the connector up by name instead. ' +
        'Every export carries such a GUID, so the check speaks only where it can help: when a server export among the inputs names the connector (information, with a fix that looks the connector up by name), as a warning when another server export has a connector of the same name under another GUID, and as a warning when the script already looks other connectors up by name (it is evidently meant to run elsewhere). The Entra connector is never reported.',
      fix: "Replace the GUID with (Get-ADSyncConnector -Name '<connector name>').Identifier, or with a variable set that way at the top of the script.",
      wrong: "-Connector '6a1f2e3d-4c5b-4a69-8877-665544332211' `",
      right: "-Connector (Get-ADSyncConnector -Name 'contoso.com').Identifier `",
    },
  },
  workspace: ({ readings, textOf }) => {
    const known = knownConnectors(readings);
    if (known.length === 0) return [];
    const out: RuleFinding[] = [];
    for (const reading of readings.filter(isScript)) {
      const texts = fileTexts(reading, textOf);
      for (const config of reading.configs) {
        // connector-guid-beside-name-lookup already warns about every GUID of such a script.
        if (ruleWithConnectorByName(config)) continue;
        for (const rule of config.rules) {
          const literal = literalConnector(rule, texts);
          const here = literal && known.filter((k) => k.id === literal.id);
          if (!literal || !here?.length) continue;
          const name = here[0].name;
          const elsewhere = known.filter((k) => sameName(k.name, name) && k.id !== literal.id);
          const where = [...new Set(here.map((k) => k.config))].join(', ');
          out.push({
            file: rule.file,
            range: literal.range,
            severity: elsewhere.length ? 'warning' : 'information',
            message: elsewhere.length
              ? `${ruleLabel(rule)} is bound to connector '${name}' by its GUID on ${where}; on ${elsewhere.map((k) => `${k.config} that connector is ${k.id}`).join(', ')}, so the script fails there. Look the connector up by name.`
              : `This GUID is connector '${name}' on ${where} only; other servers give the connector another GUID. Look it up by name to run the script elsewhere.`,
            fix: lookupByNameFix(literal, name),
          });
        }
      }
    }
    return out;
  },
};

/**
 * AADC023 connector-guid-beside-name-lookup: the script looks some connectors up by name, so it is
 * meant to run on more than one server, yet this rule names its connector by GUID.
 */
export const connectorGuidBesideNameLookup: RuleCheck = {
  meta: {
    id: 'AADC023',
    name: 'connector-guid-beside-name-lookup',
    severity: 'warning',
    category: 'fast',
    fixable: false,
    summary: 'A script that looks connectors up by name still names one by a server-specific GUID.',
    docs: {
      why:
        'A script that resolves connectors with Get-ADSyncConnector -Name is written to run on more than one server, the way the Config Documenter (CD) and Microsoft\'s Cloud Sync samples (DOC-CSGWB) do it. ' +
        'A rule in the same script that names its AD connector by GUID only works on the server that GUID comes from: elsewhere the engine reports that the connector does not exist, or the rule lands on nothing (DOC-UPGRADE). ' +
        'The Entra connector is not reported: its GUID is the same on every server.',
      fix: "Look this connector up by name too: -Connector (Get-ADSyncConnector -Name '<connector name>').Identifier.",
      wrong: "$connectorId = (Get-ADSyncConnector -Name 'contoso.com').Identifier\n…\n-Connector '6a1f2e3d-4c5b-4a69-8877-665544332211' `",
      right: "-Connector $connectorId `",
    },
  },
  perConfig: ({ ruleSet, reading, textOf }) => {
    if (!isScript(reading)) return [];
    const texts = fileTexts(reading, textOf);
    const byName = ruleWithConnectorByName(ruleSet);
    if (!byName) return [];
    const out: RuleFinding[] = [];
    for (const rule of ruleSet.rules) {
      const literal = literalConnector(rule, texts);
      if (!literal) continue;
      out.push({
        file: rule.file,
        range: literal.range,
        message: `This script looks up connector '${byName.connector.name.value}' by name for ${ruleLabel(byName)}, but names this rule's connector by a GUID that only exists on one server.`,
        related: byName.connector.id.range ? [{ file: byName.file, range: byName.connector.id.range, message: 'connector looked up by name here' }] : [],
      });
    }
    return out;
  },
};

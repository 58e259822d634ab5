import { isStandardRule } from '../../../model/sync-rule';
import type { RuleCheck, RuleFinding } from '../../rule-check';
import { attributeKey } from './attributes';
import { isEntraConnector } from './connectors';

/** Metaverse attributes that hold the anchor or what Entra ID reported back about it (DOMAIN §7.1). */
const INBOUND_ANCHOR_DESTINATIONS = new Map(['sourceAnchor', 'sourceAnchorBinary', 'cloudSourceAnchor', 'cloudAnchor'].map((a) => [attributeKey(a), a]));
/** On the Entra connector the object's anchor is `sourceAnchor`, and its `dn` is derived from it. */
const ENTRA_ANCHOR_DESTINATIONS = new Map(['sourceAnchor', 'dn'].map((a) => [attributeKey(a), a]));

/**
 * AADC007 sourceanchor-flow-touched: a custom rule that writes the anchor. The out-of-box rules compute
 * sourceAnchor once, from objectGUID or ms-DS-ConsistencyGuid, and Entra ID refuses a change to it; a custom
 * flow (precedence 0–99 wins) gives some objects a different anchor. Edits of out-of-box rules are AADC001's.
 */
export const sourceAnchorFlowTouched: RuleCheck = {
  meta: {
    id: 'AADC007',
    name: 'sourceanchor-flow-touched',
    severity: 'error',
    category: 'fast',
    fixable: false,
    summary: 'A custom rule writes sourceAnchor (or what is derived from it), the immutable link between an object and its Entra ID identity.',
    docs: {
      why:
        'sourceAnchor ties an on-premises object to its Entra ID object for life. The design guidance (DOC-DESIGN) says it is chosen once, at installation, and must not change afterwards; the out-of-box rules compute it from objectGUID or ms-DS-ConsistencyGuid and the out-of-box "Out to AAD - User Join" rule turns any later change into the sync error "SourceAnchor attribute has changed." A custom inbound rule writing sourceAnchor, sourceAnchorBinary, cloudSourceAnchor or cloudAnchor wins over the out-of-box rules by precedence, so the objects in its scope get a different anchor: they stop matching their cloud objects, fail to export, or hard-match the wrong one. On the Entra connector, an outbound rule writing sourceAnchor or dn (the connector object name derived from the anchor) has the same effect.',
      fix: 'Remove the mapping. If the anchor attribute itself must change, use the installation wizard\'s source-anchor setting, which is the only supported way (DOC-DESIGN); to carry a value to Entra ID, write an attribute that is not part of the anchor.',
      wrong: "Add-ADSyncAttributeFlowMapping  `\n-SynchronizationRule $syncRule[0] `\n-Source @('employeeID') `\n-Destination 'sourceAnchor' `\n-FlowType 'Direct' `\n-ValueMergeType 'Update' `\n-OutVariable syncRule",
      right: "Add-ADSyncAttributeFlowMapping  `\n-SynchronizationRule $syncRule[0] `\n-Source @('employeeID') `\n-Destination 'employeeID' `\n-FlowType 'Direct' `\n-ValueMergeType 'Update' `\n-OutVariable syncRule",
    },
  },
  perRule: ({ rule, ruleSet }) => {
    if (isStandardRule(rule)) return [];
    const direction = rule.direction.value?.toLowerCase();
    const watched = direction === 'inbound' ? INBOUND_ANCHOR_DESTINATIONS : direction === 'outbound' && isEntraConnector(rule, ruleSet) ? ENTRA_ANCHOR_DESTINATIONS : undefined;
    if (!watched) return [];
    const out: RuleFinding[] = [];
    for (const flow of rule.flows) {
      const destination = flow.destination.value;
      const canonical = destination ? watched.get(attributeKey(destination)) : undefined;
      if (!canonical) continue;
      out.push({
        file: rule.file,
        range: flow.destination.range ?? flow.range,
        message:
          direction === 'inbound'
            ? `This custom rule writes ${canonical}, part of the object's anchor: with its precedence it overrides the out-of-box anchor for every object in scope, and Entra ID rejects an anchor that changes ("SourceAnchor attribute has changed.").`
            : `This custom rule writes ${canonical} on the Entra connector, which the out-of-box "Out to AAD" join rules derive from the anchor; a different value breaks the match with the existing cloud object.`,
      });
    }
    return out;
  },
};

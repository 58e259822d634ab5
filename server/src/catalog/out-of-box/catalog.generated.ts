// GENERATED FILE, do not edit. Regenerate with:
//   node --import tsx scripts/generate-out-of-box-catalog.ts [corpus folder, default ../shared/corpus]
// from the real exports listed under `sources` (a test checks that regenerating gives this file byte for byte).
// 63 standard rules, 70 tag versions. Only names, enumerations, attribute names and
// fingerprints (first 16 hex digits of SHA-256, see fingerprint.ts) are kept: no expression, constant or scope value.
import type { OutOfBoxCatalogue } from './types';

export const CATALOG: OutOfBoxCatalogue = {
  "sources": [
    {
      "id": "contoso-1.1.130",
      "path": "server-config/contoso-1.1.130",
      "what": "Get-ADSyncServerConfiguration export of an Azure AD Connect 1.1.130.0 server (one AD forest and Entra ID)",
      "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"}
    },
    {
      "id": "sre-standard-rules",
      "path": "sre-exports/sre_export_standard_rules_excerpt.ps1",
      "what": "Rules Editor export of the standard rules of a newer server (excerpt)",
      "settings": {"anchorAttribute":"mS-DS-ConsistencyGuid"}
    }
  ],
  "families": {
    "Microsoft.InfromAADContactExchangeHybrid.": {
      "agnosticTag": "Microsoft.InfromAADContactExchangeHybrid.",
      "names": ["In from AAD - Contact Exchange Hybrid"],
      "versions": {
        "Microsoft.InfromAADContactExchangeHybrid.003": {
          "tag": "Microsoft.InfromAADContactExchangeHybrid.003",
          "version": 3,
          "name": "In from AAD - Contact Exchange Hybrid",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "contact",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["250624f3-3876-45ed-9e8f-f7333a4fd263"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"cloudLegacyExchangeDN","flowType":"Direct","mergeType":"Update","fingerprint":"ed84064a724033b4"},
            {"destination":"cloudPublicDelegates","flowType":"Direct","mergeType":"Update","fingerprint":"b7dd106309a004b5"}
          ],
          "scopeGroups": [],
          "joinGroups": []
        }
      }
    },
    "Microsoft.InfromAADContactJoin.": {
      "agnosticTag": "Microsoft.InfromAADContactJoin.",
      "names": ["In from AAD - Contact Join"],
      "versions": {
        "Microsoft.InfromAADContactJoin.003": {
          "tag": "Microsoft.InfromAADContactJoin.003",
          "version": 3,
          "name": "In from AAD - Contact Join",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "contact",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["e8dfd42f-1ed5-4d08-a407-acb25e460b42"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"cloudAnchor","flowType":"Direct","mergeType":"Update","fingerprint":"8818c5bfa3b5e127"},
            {"destination":"cloudSourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"e2c2f9dc019986b3"}
          ],
          "scopeGroups": [],
          "joinGroups": [{"fingerprint":"73e7232fb9c43555","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"1f5ea7ec1446be0a"}]}]
        }
      }
    },
    "Microsoft.InfromAADDeviceCommon.": {
      "agnosticTag": "Microsoft.InfromAADDeviceCommon.",
      "names": ["In from AAD - Device Common"],
      "versions": {
        "Microsoft.InfromAADDeviceCommon.002": {
          "tag": "Microsoft.InfromAADDeviceCommon.002",
          "version": 2,
          "name": "In from AAD - Device Common",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "device",
          "targetObjectType": "device",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["sre-standard-rules"],
          "identifiers": ["e4d8b23b-9908-46b1-84e9-f36d0b12c5ce"],
          "settings": {"anchorAttribute":"mS-DS-ConsistencyGuid"},
          "flows": [
            {"destination":"alternativeSecurityId","flowType":"Direct","mergeType":"Update","fingerprint":"51326fa3806d8140"},
            {"destination":"cloudAnchor","flowType":"Direct","mergeType":"Update","fingerprint":"8818c5bfa3b5e127"},
            {"destination":"cloudCreated","flowType":"Direct","mergeType":"Update","fingerprint":"fdff4a7b1f890a72"},
            {"destination":"cloudUserCertificate","flowType":"Expression","mergeType":"Update","fingerprint":"136404830df42752"},
            {"destination":"deviceKey","flowType":"Expression","mergeType":"Update","fingerprint":"88321c3f0bdcee7c"},
            {"destination":"dirSyncOverrides","flowType":"Direct","mergeType":"Update","fingerprint":"15f148a39b28ea9d"},
            {"destination":"isCompliant","flowType":"Direct","mergeType":"Update","fingerprint":"2abf434ce3285db4"},
            {"destination":"isManaged","flowType":"Direct","mergeType":"Update","fingerprint":"f67a343f381246f8"},
            {"destination":"registeredOwnerReference","flowType":"Direct","mergeType":"Update","fingerprint":"6dbdfd66c5224017"},
            {"destination":"registeredUsersReference","flowType":"Direct","mergeType":"Update","fingerprint":"c19898ac78ac4804"}
          ],
          "scopeGroups": [],
          "joinGroups": [{"fingerprint":"f81745afe9a0453a","conditions":[{"csAttribute":"deviceId","mvAttribute":"deviceId","fingerprint":"bc6e97d03f223e29"}]}]
        }
      }
    },
    "Microsoft.InfromAADGroupExchangeHybrid.": {
      "agnosticTag": "Microsoft.InfromAADGroupExchangeHybrid.",
      "names": ["In from AAD - Group Exchange Hybrid"],
      "versions": {
        "Microsoft.InfromAADGroupExchangeHybrid.003": {
          "tag": "Microsoft.InfromAADGroupExchangeHybrid.003",
          "version": 3,
          "name": "In from AAD - Group Exchange Hybrid",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["16a77e26-bfee-4125-ad76-3291874eb639"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"cloudLegacyExchangeDN","flowType":"Direct","mergeType":"Update","fingerprint":"ed84064a724033b4"},
            {"destination":"cloudPublicDelegates","flowType":"Direct","mergeType":"Update","fingerprint":"b7dd106309a004b5"}
          ],
          "scopeGroups": [],
          "joinGroups": []
        }
      }
    },
    "Microsoft.InfromAADGroupJoin.": {
      "agnosticTag": "Microsoft.InfromAADGroupJoin.",
      "names": ["In from AAD - Group Join"],
      "versions": {
        "Microsoft.InfromAADGroupJoin.004": {
          "tag": "Microsoft.InfromAADGroupJoin.004",
          "version": 4,
          "name": "In from AAD - Group Join",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["236ab8bc-be8b-419a-8909-e29d32e84852"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"cloudAnchor","flowType":"Direct","mergeType":"Update","fingerprint":"8818c5bfa3b5e127"},
            {"destination":"cloudSourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"e2c2f9dc019986b3"}
          ],
          "scopeGroups": [{"fingerprint":"eb0f058d9b834e1c","clauses":[{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]}],
          "joinGroups": [{"fingerprint":"73e7232fb9c43555","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"1f5ea7ec1446be0a"}]}]
        }
      }
    },
    "Microsoft.InfromAADUserExchangeHybrid.": {
      "agnosticTag": "Microsoft.InfromAADUserExchangeHybrid.",
      "names": ["In from AAD - User Exchange Hybrid"],
      "versions": {
        "Microsoft.InfromAADUserExchangeHybrid.003": {
          "tag": "Microsoft.InfromAADUserExchangeHybrid.003",
          "version": 3,
          "name": "In from AAD - User Exchange Hybrid",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["cd580104-539a-4eb4-9b9a-0beaafbb1324"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"cloudLegacyExchangeDN","flowType":"Direct","mergeType":"Update","fingerprint":"ed84064a724033b4"},
            {"destination":"cloudMSExchArchiveStatus","flowType":"Direct","mergeType":"Update","fingerprint":"671613385848b16f"},
            {"destination":"cloudMSExchBlockedSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"eb1457e8c4a30bfd"},
            {"destination":"cloudMSExchDelegateListLink","flowType":"Direct","mergeType":"Update","fingerprint":"f8c33baaea9535e3"},
            {"destination":"cloudMSExchRecipientDisplayType","flowType":"Direct","mergeType":"Update","fingerprint":"13d51b424c4158c9"},
            {"destination":"cloudMSExchSafeRecipientsHash","flowType":"Direct","mergeType":"Update","fingerprint":"7984a81cc7b3ec50"},
            {"destination":"cloudMSExchSafeSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"4753edcf9e2c57c7"},
            {"destination":"cloudMSExchTeamMailboxExpiration","flowType":"Direct","mergeType":"Update","fingerprint":"0736916e6c62855f"},
            {"destination":"cloudMSExchTeamMailboxOwners","flowType":"Direct","mergeType":"Update","fingerprint":"448ca00af3bd7b27"},
            {"destination":"cloudMSExchTeamMailboxSharePointUrl","flowType":"Direct","mergeType":"Update","fingerprint":"487cf73840fc809b"},
            {"destination":"cloudMSExchUCVoiceMailSettings","flowType":"Direct","mergeType":"Update","fingerprint":"ed053ea0b842037e"},
            {"destination":"cloudMSExchUserHoldPolicies","flowType":"Direct","mergeType":"Update","fingerprint":"40ed7f1ccb76af5d"},
            {"destination":"cloudPublicDelegates","flowType":"Direct","mergeType":"Update","fingerprint":"b7dd106309a004b5"},
            {"destination":"cloudSOAExchMailbox","flowType":"Expression","mergeType":"Update","fingerprint":"6c9c6b65f14ad03c"}
          ],
          "scopeGroups": [],
          "joinGroups": []
        }
      }
    },
    "Microsoft.InfromAADUserJoin.": {
      "agnosticTag": "Microsoft.InfromAADUserJoin.",
      "names": ["In from AAD - User Join"],
      "versions": {
        "Microsoft.InfromAADUserJoin.004": {
          "tag": "Microsoft.InfromAADUserJoin.004",
          "version": 4,
          "name": "In from AAD - User Join",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["951424f5-f470-4ed6-b567-e7e67afaeb72"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"d7e200ea0ae75114"},
            {"destination":"cloudAnchor","flowType":"Direct","mergeType":"Update","fingerprint":"8818c5bfa3b5e127"},
            {"destination":"cloudSourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"e2c2f9dc019986b3"},
            {"destination":"countryCode","flowType":"Direct","mergeType":"Update","fingerprint":"6542185ed818c173"},
            {"destination":"usageLocation","flowType":"Direct","mergeType":"Update","fingerprint":"30de2d40ec4a1ea2"}
          ],
          "scopeGroups": [{"fingerprint":"1a6929cda0de2034","clauses":[{"attribute":"cloudMastered","fingerprint":"236b198114017506"}]}],
          "joinGroups": [{"fingerprint":"73e7232fb9c43555","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"1f5ea7ec1446be0a"}]}]
        }
      }
    },
    "Microsoft.InfromAADUserNGCKey.": {
      "agnosticTag": "Microsoft.InfromAADUserNGCKey.",
      "names": ["In from AAD - User NGCKey"],
      "versions": {
        "Microsoft.InfromAADUserNGCKey.001": {
          "tag": "Microsoft.InfromAADUserNGCKey.001",
          "version": 1,
          "name": "In from AAD - User NGCKey",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["0870f2a3-0a77-46a4-bda3-ced0c1afbde9"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [{"destination":"deviceKey","flowType":"Expression","mergeType":"Update","fingerprint":"dc8e4965e0d45791"}],
          "scopeGroups": [],
          "joinGroups": []
        }
      }
    },
    "Microsoft.InfromADComputerJoin.": {
      "agnosticTag": "Microsoft.InfromADComputerJoin.",
      "names": ["In from AD - Computer Join"],
      "versions": {
        "Microsoft.InfromADComputerJoin.002": {
          "tag": "Microsoft.InfromADComputerJoin.002",
          "version": 2,
          "name": "In from AD - Computer Join",
          "direction": "Inbound",
          "linkType": "Provision",
          "connector": "AD",
          "sourceObjectType": "computer",
          "targetObjectType": "device",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["d79c6b03-a3d5-4160-8b12-87eff97ab7be"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Expression","mergeType":"Update","fingerprint":"e87eff22a5bbee15"},
            {"destination":"cloudCreated","flowType":"Constant","mergeType":"Update","fingerprint":"da5677a38d451154","executeOnce":true},
            {"destination":"cloudFiltered","flowType":"Expression","mergeType":"Update","fingerprint":"55a7bfad02e83584"},
            {"destination":"deviceId","flowType":"Direct","mergeType":"Update","fingerprint":"cea2e03e5c4e1b29"},
            {"destination":"deviceOSType","flowType":"Direct","mergeType":"Update","fingerprint":"7672a323a0a38cad"},
            {"destination":"deviceOSVersion","flowType":"Direct","mergeType":"Update","fingerprint":"8b864188f30c6f99"},
            {"destination":"deviceTrustType","flowType":"Constant","mergeType":"Update","fingerprint":"e4115a29e46ee806"},
            {"destination":"displayName","flowType":"Expression","mergeType":"Update","fingerprint":"dbb8c4b3efbf81c7"},
            {"destination":"objectSid","flowType":"Direct","mergeType":"Update","fingerprint":"030b3f60749fe527"},
            {"destination":"registeredOwnerReference","flowType":"Direct","mergeType":"Update","fingerprint":"24c0a301cdb2183f","executeOnce":true},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"83958be0f7701c64","dependsOn":["anchorAttribute"]},
            {"destination":"sourceObjectType","flowType":"Constant","mergeType":"Update","fingerprint":"9707f4410b0d8176"},
            {"destination":"userCertificate","flowType":"Direct","mergeType":"Update","fingerprint":"b8b733d4d3aa8cbd"}
          ],
          "scopeGroups": [],
          "joinGroups": [{"fingerprint":"38e8b85a76116dd8","conditions":[{"csAttribute":"objectGUID","mvAttribute":"deviceId","fingerprint":"2a14425754c5d59d"}]}]
        },
        "Microsoft.InfromADComputerJoin.003": {
          "tag": "Microsoft.InfromADComputerJoin.003",
          "version": 3,
          "name": "In from AD - Computer Join",
          "direction": "Inbound",
          "linkType": "Provision",
          "connector": "AD",
          "sourceObjectType": "computer",
          "targetObjectType": "device",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["sre-standard-rules"],
          "identifiers": ["91d348b4-7c33-4700-af60-7157d85e76d2"],
          "settings": {"anchorAttribute":"mS-DS-ConsistencyGuid"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Expression","mergeType":"Update","fingerprint":"e87eff22a5bbee15"},
            {"destination":"cloudCreated","flowType":"Constant","mergeType":"Update","fingerprint":"da5677a38d451154","executeOnce":true},
            {"destination":"cloudFiltered","flowType":"Expression","mergeType":"Update","fingerprint":"55a7bfad02e83584"},
            {"destination":"deviceId","flowType":"Direct","mergeType":"Update","fingerprint":"cea2e03e5c4e1b29"},
            {"destination":"deviceOSType","flowType":"Direct","mergeType":"Update","fingerprint":"7672a323a0a38cad"},
            {"destination":"deviceOSVersion","flowType":"Direct","mergeType":"Update","fingerprint":"8b864188f30c6f99"},
            {"destination":"deviceTrustType","flowType":"Constant","mergeType":"Update","fingerprint":"e4115a29e46ee806"},
            {"destination":"displayName","flowType":"Expression","mergeType":"Update","fingerprint":"dbb8c4b3efbf81c7"},
            {"destination":"objectSid","flowType":"Direct","mergeType":"Update","fingerprint":"030b3f60749fe527"},
            {"destination":"registeredOwnerReference","flowType":"Direct","mergeType":"Update","fingerprint":"24c0a301cdb2183f","executeOnce":true},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"83958be0f7701c64","dependsOn":["anchorAttribute"]},
            {"destination":"sourceObjectType","flowType":"Constant","mergeType":"Update","fingerprint":"9707f4410b0d8176"},
            {"destination":"userCertificate","flowType":"Direct","mergeType":"Update","fingerprint":"b8b733d4d3aa8cbd"}
          ],
          "scopeGroups": [],
          "joinGroups": [{"fingerprint":"38e8b85a76116dd8","conditions":[{"csAttribute":"objectGUID","mvAttribute":"deviceId","fingerprint":"2a14425754c5d59d"}]}]
        }
      }
    },
    "Microsoft.InfromADContactCommon.": {
      "agnosticTag": "Microsoft.InfromADContactCommon.",
      "names": ["In from AD - Contact Common"],
      "versions": {
        "Microsoft.InfromADContactCommon.004": {
          "tag": "Microsoft.InfromADContactCommon.004",
          "version": 4,
          "name": "In from AD - Contact Common",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "contact",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["ef897aed-2774-4315-8bfc-695b5ee91b62"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"assistant","flowType":"Direct","mergeType":"Update","fingerprint":"f472ddb39b6f64cc"},
            {"destination":"authOrig","flowType":"Direct","mergeType":"Update","fingerprint":"08ed76010ab7258f"},
            {"destination":"c","flowType":"Expression","mergeType":"Update","fingerprint":"96c3647c1485d7ba"},
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"co","flowType":"Expression","mergeType":"Update","fingerprint":"d96e7f11e037d9b1"},
            {"destination":"company","flowType":"Expression","mergeType":"Update","fingerprint":"ca235ae3851b05a3"},
            {"destination":"countryCode","flowType":"Direct","mergeType":"Update","fingerprint":"6542185ed818c173"},
            {"destination":"dLMemRejectPerms","flowType":"Direct","mergeType":"Update","fingerprint":"6513b46df40fe2ac"},
            {"destination":"dLMemSubmitPerms","flowType":"Direct","mergeType":"Update","fingerprint":"2d826f23fad4d8d1"},
            {"destination":"department","flowType":"Expression","mergeType":"Update","fingerprint":"f4c1103df1f5b34e"},
            {"destination":"description","flowType":"Expression","mergeType":"Update","fingerprint":"5a73ed343c5b0675"},
            {"destination":"displayName","flowType":"Expression","mergeType":"Update","fingerprint":"dbb8c4b3efbf81c7"},
            {"destination":"extensionAttribute1","flowType":"Expression","mergeType":"Update","fingerprint":"dd954b045bbfd7fa"},
            {"destination":"extensionAttribute10","flowType":"Expression","mergeType":"Update","fingerprint":"cbc38bf062aa2831"},
            {"destination":"extensionAttribute11","flowType":"Expression","mergeType":"Update","fingerprint":"ef7dd7e9c6e8b192"},
            {"destination":"extensionAttribute12","flowType":"Expression","mergeType":"Update","fingerprint":"6c8c81b05ebe5098"},
            {"destination":"extensionAttribute13","flowType":"Expression","mergeType":"Update","fingerprint":"51512056fe580f8f"},
            {"destination":"extensionAttribute14","flowType":"Expression","mergeType":"Update","fingerprint":"a11fe31d82060881"},
            {"destination":"extensionAttribute15","flowType":"Expression","mergeType":"Update","fingerprint":"bdc4ada6fab060ea"},
            {"destination":"extensionAttribute2","flowType":"Expression","mergeType":"Update","fingerprint":"261b97af1b2dcaba"},
            {"destination":"extensionAttribute3","flowType":"Expression","mergeType":"Update","fingerprint":"bd62d26ec8d81935"},
            {"destination":"extensionAttribute4","flowType":"Expression","mergeType":"Update","fingerprint":"7f58ea47daeef01c"},
            {"destination":"extensionAttribute5","flowType":"Expression","mergeType":"Update","fingerprint":"e797e931876fbf83"},
            {"destination":"extensionAttribute6","flowType":"Expression","mergeType":"Update","fingerprint":"d8f08689dc01dfcb"},
            {"destination":"extensionAttribute7","flowType":"Expression","mergeType":"Update","fingerprint":"51210b8c0da2a588"},
            {"destination":"extensionAttribute8","flowType":"Expression","mergeType":"Update","fingerprint":"f656f022126c26d4"},
            {"destination":"extensionAttribute9","flowType":"Expression","mergeType":"Update","fingerprint":"36842ca7598ebceb"},
            {"destination":"facsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"3edc02cfc47d4aa2"},
            {"destination":"givenName","flowType":"Expression","mergeType":"Update","fingerprint":"0f098f7fb079c6f4"},
            {"destination":"homePhone","flowType":"Expression","mergeType":"Update","fingerprint":"2d368619b36a7130"},
            {"destination":"info","flowType":"Expression","mergeType":"Update","fingerprint":"fff6a0abe6b33268"},
            {"destination":"initials","flowType":"Expression","mergeType":"Update","fingerprint":"ad8cd30ef14a78af"},
            {"destination":"ipPhone","flowType":"Expression","mergeType":"Update","fingerprint":"63641cd3182f8ea6"},
            {"destination":"l","flowType":"Expression","mergeType":"Update","fingerprint":"f147e2d8636e1338"},
            {"destination":"legacyExchangeDN","flowType":"Expression","mergeType":"Update","fingerprint":"2f53788e5660b346"},
            {"destination":"mail","flowType":"Expression","mergeType":"Update","fingerprint":"43240136b00a1912"},
            {"destination":"mailNickname","flowType":"Expression","mergeType":"Update","fingerprint":"ac4b1f522aaadebd"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"middleName","flowType":"Expression","mergeType":"Update","fingerprint":"57a05ff784cf2cde"},
            {"destination":"mobile","flowType":"Expression","mergeType":"Update","fingerprint":"977635ff74b306b9"},
            {"destination":"msDS-HABSeniorityIndex","flowType":"Direct","mergeType":"Update","fingerprint":"cb192988d5548a0f"},
            {"destination":"msDS-PhoneticDisplayName","flowType":"Direct","mergeType":"Update","fingerprint":"f7a9dd1bf376862e"},
            {"destination":"msExchAssistantName","flowType":"Direct","mergeType":"Update","fingerprint":"f2cab5df15054b49"},
            {"destination":"msExchBlockedSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"df6d4c8e7db9bd37"},
            {"destination":"msExchBypassModerationFromDLMembersLink","flowType":"Direct","mergeType":"Update","fingerprint":"a8f510385c631a22"},
            {"destination":"msExchBypassModerationLink","flowType":"Direct","mergeType":"Update","fingerprint":"9d4fcfb0367a9011"},
            {"destination":"msExchHideFromAddressLists","flowType":"Direct","mergeType":"Update","fingerprint":"d47819050acd6836"},
            {"destination":"msExchModeratedByLink","flowType":"Direct","mergeType":"Update","fingerprint":"ba2bbeaafa237aa4"},
            {"destination":"msExchModerationFlags","flowType":"Direct","mergeType":"Update","fingerprint":"a81315dfb083f625"},
            {"destination":"msExchRecipientDisplayType","flowType":"Direct","mergeType":"Update","fingerprint":"2622081cc1861183"},
            {"destination":"msExchRecipientTypeDetails","flowType":"Direct","mergeType":"Update","fingerprint":"78f75dcdd84bd24b"},
            {"destination":"msExchRequireAuthToSendTo","flowType":"Direct","mergeType":"Update","fingerprint":"1b54700262d1dbf0"},
            {"destination":"msExchRetentionComment","flowType":"Direct","mergeType":"Update","fingerprint":"863b8bd423391d12"},
            {"destination":"msExchRetentionURL","flowType":"Direct","mergeType":"Update","fingerprint":"439e1b1d45c717e3"},
            {"destination":"msExchSafeRecipientsHash","flowType":"Direct","mergeType":"Update","fingerprint":"8afbf2515d82edea"},
            {"destination":"msExchSafeSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"54dd664365c2307f"},
            {"destination":"msExchSenderHintTranslations","flowType":"Direct","mergeType":"Update","fingerprint":"e98341c9e1281163"},
            {"destination":"otherFacsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"0a7818cbb87de590"},
            {"destination":"otherHomePhone","flowType":"Expression","mergeType":"Update","fingerprint":"f1eaa1b330a56568"},
            {"destination":"otherIpPhone","flowType":"Expression","mergeType":"Update","fingerprint":"3f4546d0f88d02d4"},
            {"destination":"otherMobile","flowType":"Expression","mergeType":"Update","fingerprint":"9014cd75061bae0d"},
            {"destination":"otherPager","flowType":"Expression","mergeType":"Update","fingerprint":"a371466fe91905e9"},
            {"destination":"otherTelephone","flowType":"Expression","mergeType":"Update","fingerprint":"21e5d96a25d3f826"},
            {"destination":"pager","flowType":"Expression","mergeType":"Update","fingerprint":"6f6b42be58959450"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Expression","mergeType":"Update","fingerprint":"427ba32768a2e491"},
            {"destination":"postOfficeBox","flowType":"Expression","mergeType":"Update","fingerprint":"7359b83384177cb0"},
            {"destination":"postalCode","flowType":"Expression","mergeType":"Update","fingerprint":"46d443e5ad7aacea"},
            {"destination":"proxyAddresses","flowType":"Expression","mergeType":"Update","fingerprint":"729ea5bd420bc302"},
            {"destination":"publicDelegates","flowType":"Direct","mergeType":"Update","fingerprint":"ac8c64d486168d9a"},
            {"destination":"sn","flowType":"Expression","mergeType":"Update","fingerprint":"86cb54821c748e53"},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"83958be0f7701c64","dependsOn":["anchorAttribute"]},
            {"destination":"sourceAnchorBinary","flowType":"Direct","mergeType":"Update","fingerprint":"d827dce743328e45","dependsOn":["anchorAttribute"]},
            {"destination":"sourceObjectType","flowType":"Constant","mergeType":"Update","fingerprint":"f27d1e2b5c413735"},
            {"destination":"st","flowType":"Expression","mergeType":"Update","fingerprint":"af497d77dec022ab"},
            {"destination":"streetAddress","flowType":"Expression","mergeType":"Update","fingerprint":"47e6019913eccd5d"},
            {"destination":"targetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"e4143e37c8f13c5c"},
            {"destination":"telephoneAssistant","flowType":"Expression","mergeType":"Update","fingerprint":"f406455505b3eec5"},
            {"destination":"telephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"7725cc28455d8bb9"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Expression","mergeType":"Update","fingerprint":"5a0dbb0d8448d44a"},
            {"destination":"unauthOrig","flowType":"Direct","mergeType":"Update","fingerprint":"64d308768d3a6ca4"},
            {"destination":"url","flowType":"Expression","mergeType":"Update","fingerprint":"5b7a80242406e283"},
            {"destination":"userCertificate","flowType":"Direct","mergeType":"Update","fingerprint":"b8b733d4d3aa8cbd"},
            {"destination":"userSMIMECertificate","flowType":"Direct","mergeType":"Update","fingerprint":"5bf690ae1faa5a58"},
            {"destination":"wWWHomePage","flowType":"Expression","mergeType":"Update","fingerprint":"2f5fd3a6154ea39e"}
          ],
          "scopeGroups": [],
          "joinGroups": [],
          "description": "6bfc744d420ed1d7"
        }
      }
    },
    "Microsoft.InfromADContactJoin.": {
      "agnosticTag": "Microsoft.InfromADContactJoin.",
      "names": ["In from AD - Contact Join"],
      "versions": {
        "Microsoft.InfromADContactJoin.003": {
          "tag": "Microsoft.InfromADContactJoin.003",
          "version": 3,
          "name": "In from AD - Contact Join",
          "direction": "Inbound",
          "linkType": "Provision",
          "connector": "AD",
          "sourceObjectType": "contact",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["89549507-440b-4038-8e8d-e896c290fe91"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"cloudFiltered","flowType":"Expression","mergeType":"Update","fingerprint":"77483ef0bdf747b7"},
            {"destination":"mailEnabled","flowType":"Expression","mergeType":"Update","fingerprint":"5d85f7d7fe370c78"}
          ],
          "scopeGroups": [],
          "joinGroups": [
            {
              "fingerprint": "a9ee325bf602b83b",
              "conditions": [{"csAttribute":"mail","mvAttribute":"mail","fingerprint":"c3a4fcb272c69fec"}],
              "dependsOn": ["joinCriteria"]
            }
          ],
          "description": "44950ffa72276c03"
        }
      }
    },
    "Microsoft.InfromADContactLync.": {
      "agnosticTag": "Microsoft.InfromADContactLync.",
      "names": ["In from AD - Contact Lync"],
      "versions": {
        "Microsoft.InfromADContactLync.003": {
          "tag": "Microsoft.InfromADContactLync.003",
          "version": 3,
          "name": "In from AD - Contact Lync",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "contact",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["e5690e87-d3de-4bab-9db8-bc6fd9788ac2"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"msRTCSIP-DeploymentLocator","flowType":"Direct","mergeType":"Update","fingerprint":"8596104fca0e9f5a"},
            {"destination":"msRTCSIP-Line","flowType":"Direct","mergeType":"Update","fingerprint":"4354801aa06277fa"},
            {"destination":"msRTCSIP-OptionFlags","flowType":"Direct","mergeType":"Update","fingerprint":"b259ec1ecf29a648"},
            {"destination":"msRTCSIP-PrimaryUserAddress","flowType":"Direct","mergeType":"Update","fingerprint":"18f6f4b07e80a448"},
            {"destination":"msRTCSIP-UserEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"5038eea3eb48b8e2"}
          ],
          "scopeGroups": [],
          "joinGroups": [],
          "description": "737b46dcd9cf8e29"
        }
      }
    },
    "Microsoft.InfromADDeviceCommon.": {
      "agnosticTag": "Microsoft.InfromADDeviceCommon.",
      "names": ["In from AD - Device Common"],
      "versions": {
        "Microsoft.InfromADDeviceCommon.001": {
          "tag": "Microsoft.InfromADDeviceCommon.001",
          "version": 1,
          "name": "In from AD - Device Common",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "msDS-Device",
          "targetObjectType": "device",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130","sre-standard-rules"],
          "identifiers": ["7b39914c-6938-437d-8957-b8eb8f8608ec","bfd9e972-476f-4a06-a27b-dde9d61d6d1e"],
          "settings": {},
          "flows": [{"destination":"isProvisionedInAD","flowType":"Constant","mergeType":"Update","fingerprint":"889d4a2240f6d3e4"}],
          "scopeGroups": [
            {
              "fingerprint": "ee0634661eb3a29b",
              "clauses": [{"attribute":"objectGUID","fingerprint":"120b9e7516d298bd"},{"attribute":"msDS-CloudAnchor","fingerprint":"7abd2e5dccb58e19"}]
            }
          ],
          "joinGroups": [{"fingerprint":"d2e4ff55fbd56a53","conditions":[{"csAttribute":"msDS-DeviceID","mvAttribute":"deviceId","fingerprint":"4f94caa304326c1e"}]}]
        }
      }
    },
    "Microsoft.InfromADForeignSecurityPrincipalJoinUser.": {
      "agnosticTag": "Microsoft.InfromADForeignSecurityPrincipalJoinUser.",
      "names": ["In from AD - ForeignSecurityPrincipal Join User"],
      "versions": {
        "Microsoft.InfromADForeignSecurityPrincipalJoinUser.001": {
          "tag": "Microsoft.InfromADForeignSecurityPrincipalJoinUser.001",
          "version": 1,
          "name": "In from AD - ForeignSecurityPrincipal Join User",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "foreignSecurityPrincipal",
          "targetObjectType": "*",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["33852a9c-5a00-4641-a1b5-1e697714b804"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [],
          "scopeGroups": [],
          "joinGroups": [{"fingerprint":"6dac33f2d472f1e2","conditions":[{"csAttribute":"cn","mvAttribute":"objectSidString","fingerprint":"322c8c21a47b74bd"}]}]
        }
      }
    },
    "Microsoft.InfromADGroupCommon.": {
      "agnosticTag": "Microsoft.InfromADGroupCommon.",
      "names": ["In from AD - Group Common"],
      "versions": {
        "Microsoft.InfromADGroupCommon.004": {
          "tag": "Microsoft.InfromADGroupCommon.004",
          "version": 4,
          "name": "In from AD - Group Common",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["7f814456-46cf-4f97-af79-d20300949f3a"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"description","flowType":"Expression","mergeType":"Update","fingerprint":"5a73ed343c5b0675"},
            {"destination":"displayName","flowType":"Expression","mergeType":"Update","fingerprint":"dbb8c4b3efbf81c7"},
            {"destination":"info","flowType":"Expression","mergeType":"Update","fingerprint":"fff6a0abe6b33268"},
            {"destination":"mail","flowType":"Expression","mergeType":"Update","fingerprint":"43240136b00a1912"},
            {"destination":"managedBy","flowType":"Direct","mergeType":"Update","fingerprint":"b703388414a91972"},
            {"destination":"member","flowType":"Direct","mergeType":"Update","fingerprint":"29fde44b1e4bd835"},
            {"destination":"memberCount","flowType":"Expression","mergeType":"Update","fingerprint":"9c6e4c3431df863e"},
            {"destination":"objectSid","flowType":"Direct","mergeType":"Update","fingerprint":"030b3f60749fe527"},
            {"destination":"objectSidString","flowType":"Expression","mergeType":"Update","fingerprint":"a68463255dc338a8"},
            {"destination":"proxyAddresses","flowType":"Expression","mergeType":"Update","fingerprint":"729ea5bd420bc302"},
            {"destination":"securityEnabled","flowType":"Expression","mergeType":"Update","fingerprint":"c80a5b78e38ad8ad"},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"83958be0f7701c64","dependsOn":["anchorAttribute"]},
            {"destination":"sourceAnchorBinary","flowType":"Direct","mergeType":"Update","fingerprint":"d827dce743328e45","dependsOn":["anchorAttribute"]}
          ],
          "scopeGroups": [
            {
              "fingerprint": "01cc3db0dff9be76",
              "clauses": [{"attribute":"adminDescription","fingerprint":"1e9804c1954ead73"},{"attribute":"isCriticalSystemObject","fingerprint":"981dcbb2c6701b24"}]
            }
          ],
          "joinGroups": []
        }
      }
    },
    "Microsoft.InfromADGroupExchange.": {
      "agnosticTag": "Microsoft.InfromADGroupExchange.",
      "names": ["In from AD - Group Exchange"],
      "versions": {
        "Microsoft.InfromADGroupExchange.004": {
          "tag": "Microsoft.InfromADGroupExchange.004",
          "version": 4,
          "name": "In from AD - Group Exchange",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["6e54dffb-6bbf-4ffd-bf7c-cadadaa068ff"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"authOrig","flowType":"Direct","mergeType":"Update","fingerprint":"08ed76010ab7258f"},
            {"destination":"dLMemRejectPerms","flowType":"Direct","mergeType":"Update","fingerprint":"6513b46df40fe2ac"},
            {"destination":"dLMemSubmitPerms","flowType":"Direct","mergeType":"Update","fingerprint":"2d826f23fad4d8d1"},
            {"destination":"extensionAttribute1","flowType":"Expression","mergeType":"Update","fingerprint":"dd954b045bbfd7fa"},
            {"destination":"extensionAttribute10","flowType":"Expression","mergeType":"Update","fingerprint":"cbc38bf062aa2831"},
            {"destination":"extensionAttribute11","flowType":"Expression","mergeType":"Update","fingerprint":"ef7dd7e9c6e8b192"},
            {"destination":"extensionAttribute12","flowType":"Expression","mergeType":"Update","fingerprint":"6c8c81b05ebe5098"},
            {"destination":"extensionAttribute13","flowType":"Expression","mergeType":"Update","fingerprint":"51512056fe580f8f"},
            {"destination":"extensionAttribute14","flowType":"Expression","mergeType":"Update","fingerprint":"a11fe31d82060881"},
            {"destination":"extensionAttribute15","flowType":"Expression","mergeType":"Update","fingerprint":"bdc4ada6fab060ea"},
            {"destination":"extensionAttribute2","flowType":"Expression","mergeType":"Update","fingerprint":"261b97af1b2dcaba"},
            {"destination":"extensionAttribute3","flowType":"Expression","mergeType":"Update","fingerprint":"bd62d26ec8d81935"},
            {"destination":"extensionAttribute4","flowType":"Expression","mergeType":"Update","fingerprint":"7f58ea47daeef01c"},
            {"destination":"extensionAttribute5","flowType":"Expression","mergeType":"Update","fingerprint":"e797e931876fbf83"},
            {"destination":"extensionAttribute6","flowType":"Expression","mergeType":"Update","fingerprint":"d8f08689dc01dfcb"},
            {"destination":"extensionAttribute7","flowType":"Expression","mergeType":"Update","fingerprint":"51210b8c0da2a588"},
            {"destination":"extensionAttribute8","flowType":"Expression","mergeType":"Update","fingerprint":"f656f022126c26d4"},
            {"destination":"extensionAttribute9","flowType":"Expression","mergeType":"Update","fingerprint":"36842ca7598ebceb"},
            {"destination":"hideDLMembership","flowType":"Direct","mergeType":"Update","fingerprint":"e69b00b546017f7d"},
            {"destination":"legacyExchangeDN","flowType":"Direct","mergeType":"Update","fingerprint":"80c4fb4fa36898e4"},
            {"destination":"mailNickname","flowType":"Direct","mergeType":"Update","fingerprint":"9210dc947ea5f766"},
            {"destination":"msDS-PhoneticDisplayName","flowType":"Direct","mergeType":"Update","fingerprint":"f7a9dd1bf376862e"},
            {"destination":"msExchBypassModerationFromDLMembersLink","flowType":"Direct","mergeType":"Update","fingerprint":"a8f510385c631a22"},
            {"destination":"msExchBypassModerationLink","flowType":"Direct","mergeType":"Update","fingerprint":"9d4fcfb0367a9011"},
            {"destination":"msExchCoManagedByLink","flowType":"Direct","mergeType":"Update","fingerprint":"48c0269cad7fa3df"},
            {"destination":"msExchEnableModeration","flowType":"Direct","mergeType":"Update","fingerprint":"8fd3d09682ec8382"},
            {"destination":"msExchGroupDepartRestriction","flowType":"Direct","mergeType":"Update","fingerprint":"1060aad1ab40b460"},
            {"destination":"msExchGroupJoinRestriction","flowType":"Direct","mergeType":"Update","fingerprint":"4e960fd9a6219990"},
            {"destination":"msExchHideFromAddressLists","flowType":"Direct","mergeType":"Update","fingerprint":"d47819050acd6836"},
            {"destination":"msExchModeratedByLink","flowType":"Direct","mergeType":"Update","fingerprint":"ba2bbeaafa237aa4"},
            {"destination":"msExchModerationFlags","flowType":"Direct","mergeType":"Update","fingerprint":"a81315dfb083f625"},
            {"destination":"msExchRecipientDisplayType","flowType":"Direct","mergeType":"Update","fingerprint":"2622081cc1861183"},
            {"destination":"msExchRecipientTypeDetails","flowType":"Direct","mergeType":"Update","fingerprint":"78f75dcdd84bd24b"},
            {"destination":"msExchRequireAuthToSendTo","flowType":"Direct","mergeType":"Update","fingerprint":"1b54700262d1dbf0"},
            {"destination":"msExchRetentionComment","flowType":"Direct","mergeType":"Update","fingerprint":"863b8bd423391d12"},
            {"destination":"msExchRetentionURL","flowType":"Direct","mergeType":"Update","fingerprint":"439e1b1d45c717e3"},
            {"destination":"msExchSenderHintTranslations","flowType":"Direct","mergeType":"Update","fingerprint":"e98341c9e1281163"},
            {"destination":"oOFReplyToOriginator","flowType":"Direct","mergeType":"Update","fingerprint":"e7f0012a56e73d12"},
            {"destination":"publicDelegates","flowType":"Direct","mergeType":"Update","fingerprint":"ac8c64d486168d9a"},
            {"destination":"reportToOriginator","flowType":"Direct","mergeType":"Update","fingerprint":"e9164857dc4f1fef"},
            {"destination":"reportToOwner","flowType":"Direct","mergeType":"Update","fingerprint":"150047e1c13d7da6"},
            {"destination":"unauthOrig","flowType":"Direct","mergeType":"Update","fingerprint":"64d308768d3a6ca4"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "01cc3db0dff9be76",
              "clauses": [{"attribute":"adminDescription","fingerprint":"1e9804c1954ead73"},{"attribute":"isCriticalSystemObject","fingerprint":"981dcbb2c6701b24"}]
            }
          ],
          "joinGroups": []
        }
      }
    },
    "Microsoft.InfromADGroupJoin.": {
      "agnosticTag": "Microsoft.InfromADGroupJoin.",
      "names": ["In from AD - Group Join"],
      "versions": {
        "Microsoft.InfromADGroupJoin.003": {
          "tag": "Microsoft.InfromADGroupJoin.003",
          "version": 3,
          "name": "In from AD - Group Join",
          "direction": "Inbound",
          "linkType": "Provision",
          "connector": "AD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["794ef0a3-0556-410e-96ff-b2ec8495ef39"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"cloudFiltered","flowType":"Expression","mergeType":"Update","fingerprint":"f6c7519de3c377a4"},
            {"destination":"mailEnabled","flowType":"Expression","mergeType":"Update","fingerprint":"5d85f7d7fe370c78"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "01cc3db0dff9be76",
              "clauses": [{"attribute":"adminDescription","fingerprint":"1e9804c1954ead73"},{"attribute":"isCriticalSystemObject","fingerprint":"981dcbb2c6701b24"}]
            }
          ],
          "joinGroups": [
            {
              "fingerprint": "fd7c04dabc17f0b6",
              "conditions": [{"csAttribute":"objectGUID","mvAttribute":"sourceAnchorBinary","fingerprint":"df30421a66ab5c34"}],
              "dependsOn": ["anchorAttribute"]
            }
          ]
        }
      }
    },
    "Microsoft.InfromADInetOrgPersonAccountEnabled.": {
      "agnosticTag": "Microsoft.InfromADInetOrgPersonAccountEnabled.",
      "names": ["In from AD - InetOrgPerson AccountEnabled"],
      "versions": {
        "Microsoft.InfromADInetOrgPersonAccountEnabled.003": {
          "tag": "Microsoft.InfromADInetOrgPersonAccountEnabled.003",
          "version": 3,
          "name": "In from AD - InetOrgPerson AccountEnabled",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "inetOrgPerson",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["9a365cc7-9ec7-4dd8-adab-cf212e21204e"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Constant","mergeType":"Update","fingerprint":"a0f25da03cff49d5"},
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"contributingConnectorUser","flowType":"Expression","mergeType":"Update","fingerprint":"496c1a7af69d91d5"},
            {"destination":"domainFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"b6236a7a82f364fd"},
            {"destination":"domainNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"010e95cee2701517"},
            {"destination":"forestFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"5e65dbb75fb0d109"},
            {"destination":"forestNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"dadb0964f425c115"},
            {"destination":"objectSid","flowType":"Direct","mergeType":"Update","fingerprint":"030b3f60749fe527"},
            {"destination":"objectSidString","flowType":"Expression","mergeType":"Update","fingerprint":"a68463255dc338a8"},
            {"destination":"pwdLastSet","flowType":"Expression","mergeType":"Update","fingerprint":"3798ae9b24344390"},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"3368fe606a28dba7","dependsOn":["anchorAttribute"]},
            {"destination":"userPrincipalName","flowType":"Expression","mergeType":"Update","fingerprint":"79dbd695c3050aea","dependsOn":["upnAttribute"]}
          ],
          "scopeGroups": [{"fingerprint":"a97e247babe36637","clauses":[{"attribute":"userAccountControl","fingerprint":"c5d720b9a2dd0ef5"}]}],
          "joinGroups": []
        },
        "Microsoft.InfromADInetOrgPersonAccountEnabled.006": {
          "tag": "Microsoft.InfromADInetOrgPersonAccountEnabled.006",
          "version": 6,
          "name": "In from AD - InetOrgPerson AccountEnabled",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "inetOrgPerson",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["sre-standard-rules"],
          "identifiers": ["bb7968f7-291f-408a-b524-8df51b2b81b0"],
          "settings": {"anchorAttribute":"mS-DS-ConsistencyGuid"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Constant","mergeType":"Update","fingerprint":"a0f25da03cff49d5"},
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"contributingConnectorUser","flowType":"Expression","mergeType":"Update","fingerprint":"496c1a7af69d91d5"},
            {"destination":"domainFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"b6236a7a82f364fd"},
            {"destination":"domainNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"010e95cee2701517"},
            {"destination":"forestFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"5e65dbb75fb0d109"},
            {"destination":"forestNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"dadb0964f425c115"},
            {"destination":"objectSid","flowType":"Direct","mergeType":"Update","fingerprint":"030b3f60749fe527"},
            {"destination":"objectSidString","flowType":"Expression","mergeType":"Update","fingerprint":"a68463255dc338a8"},
            {"destination":"pwdLastSet","flowType":"Expression","mergeType":"Update","fingerprint":"3798ae9b24344390"},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"cd470f52dfc39c73","dependsOn":["anchorAttribute"]},
            {"destination":"sourceAnchorBinary","flowType":"Expression","mergeType":"Update","fingerprint":"f2b347b6fb827dc0","dependsOn":["anchorAttribute"]},
            {"destination":"userPrincipalName","flowType":"Expression","mergeType":"Update","fingerprint":"79dbd695c3050aea","dependsOn":["upnAttribute"]}
          ],
          "scopeGroups": [{"fingerprint":"a97e247babe36637","clauses":[{"attribute":"userAccountControl","fingerprint":"c5d720b9a2dd0ef5"}]}],
          "joinGroups": []
        }
      }
    },
    "Microsoft.InfromADInetOrgPersonCommon.": {
      "agnosticTag": "Microsoft.InfromADInetOrgPersonCommon.",
      "names": ["In from AD - InetOrgPerson Common"],
      "versions": {
        "Microsoft.InfromADInetOrgPersonCommon.004": {
          "tag": "Microsoft.InfromADInetOrgPersonCommon.004",
          "version": 4,
          "name": "In from AD - InetOrgPerson Common",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "inetOrgPerson",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["87cee849-139c-40ee-9aff-91c188006170"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Expression","mergeType":"Update","fingerprint":"e87eff22a5bbee15"},
            {"destination":"accountName","flowType":"Direct","mergeType":"Update","fingerprint":"7c6b62eb1ce9ce1d"},
            {"destination":"assistant","flowType":"Direct","mergeType":"Update","fingerprint":"f472ddb39b6f64cc"},
            {"destination":"c","flowType":"Expression","mergeType":"Update","fingerprint":"96c3647c1485d7ba"},
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"co","flowType":"Expression","mergeType":"Update","fingerprint":"d96e7f11e037d9b1"},
            {"destination":"company","flowType":"Expression","mergeType":"Update","fingerprint":"ca235ae3851b05a3"},
            {"destination":"countryCode","flowType":"Direct","mergeType":"Update","fingerprint":"6542185ed818c173"},
            {"destination":"department","flowType":"Expression","mergeType":"Update","fingerprint":"f4c1103df1f5b34e"},
            {"destination":"description","flowType":"Expression","mergeType":"Update","fingerprint":"5a73ed343c5b0675"},
            {"destination":"displayName","flowType":"Expression","mergeType":"Update","fingerprint":"dbb8c4b3efbf81c7"},
            {"destination":"domainFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"b6236a7a82f364fd"},
            {"destination":"domainNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"010e95cee2701517"},
            {"destination":"extensionAttribute1","flowType":"Expression","mergeType":"Update","fingerprint":"dd954b045bbfd7fa"},
            {"destination":"extensionAttribute10","flowType":"Expression","mergeType":"Update","fingerprint":"cbc38bf062aa2831"},
            {"destination":"extensionAttribute11","flowType":"Expression","mergeType":"Update","fingerprint":"ef7dd7e9c6e8b192"},
            {"destination":"extensionAttribute12","flowType":"Expression","mergeType":"Update","fingerprint":"6c8c81b05ebe5098"},
            {"destination":"extensionAttribute13","flowType":"Expression","mergeType":"Update","fingerprint":"51512056fe580f8f"},
            {"destination":"extensionAttribute14","flowType":"Expression","mergeType":"Update","fingerprint":"a11fe31d82060881"},
            {"destination":"extensionAttribute15","flowType":"Expression","mergeType":"Update","fingerprint":"bdc4ada6fab060ea"},
            {"destination":"extensionAttribute2","flowType":"Expression","mergeType":"Update","fingerprint":"261b97af1b2dcaba"},
            {"destination":"extensionAttribute3","flowType":"Expression","mergeType":"Update","fingerprint":"bd62d26ec8d81935"},
            {"destination":"extensionAttribute4","flowType":"Expression","mergeType":"Update","fingerprint":"7f58ea47daeef01c"},
            {"destination":"extensionAttribute5","flowType":"Expression","mergeType":"Update","fingerprint":"e797e931876fbf83"},
            {"destination":"extensionAttribute6","flowType":"Expression","mergeType":"Update","fingerprint":"d8f08689dc01dfcb"},
            {"destination":"extensionAttribute7","flowType":"Expression","mergeType":"Update","fingerprint":"51210b8c0da2a588"},
            {"destination":"extensionAttribute8","flowType":"Expression","mergeType":"Update","fingerprint":"f656f022126c26d4"},
            {"destination":"extensionAttribute9","flowType":"Expression","mergeType":"Update","fingerprint":"36842ca7598ebceb"},
            {"destination":"facsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"3edc02cfc47d4aa2"},
            {"destination":"forestFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"5e65dbb75fb0d109"},
            {"destination":"forestNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"dadb0964f425c115"},
            {"destination":"givenName","flowType":"Expression","mergeType":"Update","fingerprint":"0f098f7fb079c6f4"},
            {"destination":"homePhone","flowType":"Expression","mergeType":"Update","fingerprint":"2d368619b36a7130"},
            {"destination":"info","flowType":"Expression","mergeType":"Update","fingerprint":"fff6a0abe6b33268"},
            {"destination":"initials","flowType":"Expression","mergeType":"Update","fingerprint":"ad8cd30ef14a78af"},
            {"destination":"ipPhone","flowType":"Expression","mergeType":"Update","fingerprint":"63641cd3182f8ea6"},
            {"destination":"l","flowType":"Expression","mergeType":"Update","fingerprint":"f147e2d8636e1338"},
            {"destination":"mail","flowType":"Expression","mergeType":"Update","fingerprint":"43240136b00a1912"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"middleName","flowType":"Expression","mergeType":"Update","fingerprint":"57a05ff784cf2cde"},
            {"destination":"mobile","flowType":"Expression","mergeType":"Update","fingerprint":"977635ff74b306b9"},
            {"destination":"objectSid","flowType":"Direct","mergeType":"Update","fingerprint":"030b3f60749fe527"},
            {"destination":"objectSidString","flowType":"Expression","mergeType":"Update","fingerprint":"a68463255dc338a8"},
            {"destination":"otherFacsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"0a7818cbb87de590"},
            {"destination":"otherHomePhone","flowType":"Expression","mergeType":"Update","fingerprint":"f1eaa1b330a56568"},
            {"destination":"otherIpPhone","flowType":"Expression","mergeType":"Update","fingerprint":"3f4546d0f88d02d4"},
            {"destination":"otherMobile","flowType":"Expression","mergeType":"Update","fingerprint":"9014cd75061bae0d"},
            {"destination":"otherPager","flowType":"Expression","mergeType":"Update","fingerprint":"a371466fe91905e9"},
            {"destination":"otherTelephone","flowType":"Expression","mergeType":"Update","fingerprint":"21e5d96a25d3f826"},
            {"destination":"pager","flowType":"Expression","mergeType":"Update","fingerprint":"6f6b42be58959450"},
            {"destination":"photo","flowType":"Direct","mergeType":"Update","fingerprint":"356b72e8e6df10f1"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Expression","mergeType":"Update","fingerprint":"427ba32768a2e491"},
            {"destination":"postOfficeBox","flowType":"Expression","mergeType":"Update","fingerprint":"7359b83384177cb0"},
            {"destination":"postalCode","flowType":"Expression","mergeType":"Update","fingerprint":"46d443e5ad7aacea"},
            {"destination":"preferredLanguage","flowType":"Expression","mergeType":"Update","fingerprint":"3ed32dc43fb0ad2b"},
            {"destination":"pwdLastSet","flowType":"Expression","mergeType":"Update","fingerprint":"3798ae9b24344390"},
            {"destination":"sn","flowType":"Expression","mergeType":"Update","fingerprint":"86cb54821c748e53"},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"3368fe606a28dba7","dependsOn":["anchorAttribute"]},
            {"destination":"sourceObjectType","flowType":"Expression","mergeType":"Update","fingerprint":"c45800c877253a42"},
            {"destination":"st","flowType":"Expression","mergeType":"Update","fingerprint":"af497d77dec022ab"},
            {"destination":"streetAddress","flowType":"Expression","mergeType":"Update","fingerprint":"47e6019913eccd5d"},
            {"destination":"telephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"7725cc28455d8bb9"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Expression","mergeType":"Update","fingerprint":"5a0dbb0d8448d44a"},
            {"destination":"url","flowType":"Expression","mergeType":"Update","fingerprint":"5b7a80242406e283"},
            {"destination":"userPrincipalName","flowType":"Expression","mergeType":"Update","fingerprint":"79dbd695c3050aea","dependsOn":["upnAttribute"]},
            {"destination":"wWWHomePage","flowType":"Expression","mergeType":"Update","fingerprint":"2f5fd3a6154ea39e"}
          ],
          "scopeGroups": [],
          "joinGroups": []
        }
      }
    },
    "Microsoft.InfromADInetOrgPersonCommonfromExchange.": {
      "agnosticTag": "Microsoft.InfromADInetOrgPersonCommonfromExchange.",
      "names": ["In from AD - InetOrgPerson Common from Exchange"],
      "versions": {
        "Microsoft.InfromADInetOrgPersonCommonfromExchange.004": {
          "tag": "Microsoft.InfromADInetOrgPersonCommonfromExchange.004",
          "version": 4,
          "name": "In from AD - InetOrgPerson Common from Exchange",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "inetOrgPerson",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["e5611cb4-01fd-4006-b133-44fbb82ad478"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Expression","mergeType":"Update","fingerprint":"e87eff22a5bbee15"},
            {"destination":"accountName","flowType":"Direct","mergeType":"Update","fingerprint":"7c6b62eb1ce9ce1d"},
            {"destination":"assistant","flowType":"Direct","mergeType":"Update","fingerprint":"f472ddb39b6f64cc"},
            {"destination":"c","flowType":"Expression","mergeType":"Update","fingerprint":"96c3647c1485d7ba"},
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"co","flowType":"Expression","mergeType":"Update","fingerprint":"d96e7f11e037d9b1"},
            {"destination":"company","flowType":"Expression","mergeType":"Update","fingerprint":"ca235ae3851b05a3"},
            {"destination":"countryCode","flowType":"Direct","mergeType":"Update","fingerprint":"6542185ed818c173"},
            {"destination":"department","flowType":"Expression","mergeType":"Update","fingerprint":"f4c1103df1f5b34e"},
            {"destination":"description","flowType":"Expression","mergeType":"Update","fingerprint":"5a73ed343c5b0675"},
            {"destination":"displayName","flowType":"Expression","mergeType":"Update","fingerprint":"dbb8c4b3efbf81c7"},
            {"destination":"extensionAttribute1","flowType":"Expression","mergeType":"Update","fingerprint":"dd954b045bbfd7fa"},
            {"destination":"extensionAttribute10","flowType":"Expression","mergeType":"Update","fingerprint":"cbc38bf062aa2831"},
            {"destination":"extensionAttribute11","flowType":"Expression","mergeType":"Update","fingerprint":"ef7dd7e9c6e8b192"},
            {"destination":"extensionAttribute12","flowType":"Expression","mergeType":"Update","fingerprint":"6c8c81b05ebe5098"},
            {"destination":"extensionAttribute13","flowType":"Expression","mergeType":"Update","fingerprint":"51512056fe580f8f"},
            {"destination":"extensionAttribute14","flowType":"Expression","mergeType":"Update","fingerprint":"a11fe31d82060881"},
            {"destination":"extensionAttribute15","flowType":"Expression","mergeType":"Update","fingerprint":"bdc4ada6fab060ea"},
            {"destination":"extensionAttribute2","flowType":"Expression","mergeType":"Update","fingerprint":"261b97af1b2dcaba"},
            {"destination":"extensionAttribute3","flowType":"Expression","mergeType":"Update","fingerprint":"bd62d26ec8d81935"},
            {"destination":"extensionAttribute4","flowType":"Expression","mergeType":"Update","fingerprint":"7f58ea47daeef01c"},
            {"destination":"extensionAttribute5","flowType":"Expression","mergeType":"Update","fingerprint":"e797e931876fbf83"},
            {"destination":"extensionAttribute6","flowType":"Expression","mergeType":"Update","fingerprint":"d8f08689dc01dfcb"},
            {"destination":"extensionAttribute7","flowType":"Expression","mergeType":"Update","fingerprint":"51210b8c0da2a588"},
            {"destination":"extensionAttribute8","flowType":"Expression","mergeType":"Update","fingerprint":"f656f022126c26d4"},
            {"destination":"extensionAttribute9","flowType":"Expression","mergeType":"Update","fingerprint":"36842ca7598ebceb"},
            {"destination":"facsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"3edc02cfc47d4aa2"},
            {"destination":"givenName","flowType":"Expression","mergeType":"Update","fingerprint":"0f098f7fb079c6f4"},
            {"destination":"homePhone","flowType":"Expression","mergeType":"Update","fingerprint":"2d368619b36a7130"},
            {"destination":"info","flowType":"Expression","mergeType":"Update","fingerprint":"fff6a0abe6b33268"},
            {"destination":"initials","flowType":"Expression","mergeType":"Update","fingerprint":"ad8cd30ef14a78af"},
            {"destination":"ipPhone","flowType":"Expression","mergeType":"Update","fingerprint":"63641cd3182f8ea6"},
            {"destination":"l","flowType":"Expression","mergeType":"Update","fingerprint":"f147e2d8636e1338"},
            {"destination":"mail","flowType":"Expression","mergeType":"Update","fingerprint":"43240136b00a1912"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"middleName","flowType":"Expression","mergeType":"Update","fingerprint":"57a05ff784cf2cde"},
            {"destination":"mobile","flowType":"Expression","mergeType":"Update","fingerprint":"977635ff74b306b9"},
            {"destination":"otherFacsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"0a7818cbb87de590"},
            {"destination":"otherHomePhone","flowType":"Expression","mergeType":"Update","fingerprint":"f1eaa1b330a56568"},
            {"destination":"otherIpPhone","flowType":"Expression","mergeType":"Update","fingerprint":"3f4546d0f88d02d4"},
            {"destination":"otherMobile","flowType":"Expression","mergeType":"Update","fingerprint":"9014cd75061bae0d"},
            {"destination":"otherPager","flowType":"Expression","mergeType":"Update","fingerprint":"a371466fe91905e9"},
            {"destination":"otherTelephone","flowType":"Expression","mergeType":"Update","fingerprint":"21e5d96a25d3f826"},
            {"destination":"pager","flowType":"Expression","mergeType":"Update","fingerprint":"6f6b42be58959450"},
            {"destination":"photo","flowType":"Direct","mergeType":"Update","fingerprint":"356b72e8e6df10f1"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Expression","mergeType":"Update","fingerprint":"427ba32768a2e491"},
            {"destination":"postOfficeBox","flowType":"Expression","mergeType":"Update","fingerprint":"7359b83384177cb0"},
            {"destination":"postalCode","flowType":"Expression","mergeType":"Update","fingerprint":"46d443e5ad7aacea"},
            {"destination":"preferredLanguage","flowType":"Expression","mergeType":"Update","fingerprint":"3ed32dc43fb0ad2b"},
            {"destination":"proxyAddresses","flowType":"Expression","mergeType":"Update","fingerprint":"729ea5bd420bc302"},
            {"destination":"sn","flowType":"Expression","mergeType":"Update","fingerprint":"86cb54821c748e53"},
            {"destination":"sourceObjectType","flowType":"Expression","mergeType":"Update","fingerprint":"c45800c877253a42"},
            {"destination":"st","flowType":"Expression","mergeType":"Update","fingerprint":"af497d77dec022ab"},
            {"destination":"streetAddress","flowType":"Expression","mergeType":"Update","fingerprint":"47e6019913eccd5d"},
            {"destination":"telephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"7725cc28455d8bb9"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Expression","mergeType":"Update","fingerprint":"5a0dbb0d8448d44a"},
            {"destination":"url","flowType":"Expression","mergeType":"Update","fingerprint":"5b7a80242406e283"},
            {"destination":"wWWHomePage","flowType":"Expression","mergeType":"Update","fingerprint":"2f5fd3a6154ea39e"}
          ],
          "scopeGroups": [{"fingerprint":"25f9f2f0ad78b3ae","clauses":[{"attribute":"mailNickname","fingerprint":"648d1f09fd1c1dde"}]}],
          "joinGroups": [],
          "description": "075536dc50f50a60"
        },
        "Microsoft.InfromADInetOrgPersonCommonfromExchange.006": {
          "tag": "Microsoft.InfromADInetOrgPersonCommonfromExchange.006",
          "version": 6,
          "name": "In from AD - InetOrgPerson Common from Exchange",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "inetOrgPerson",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["sre-standard-rules"],
          "identifiers": ["aca52009-5dde-411f-9beb-f632d5bad7dd"],
          "settings": {"anchorAttribute":"mS-DS-ConsistencyGuid"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Expression","mergeType":"Update","fingerprint":"e87eff22a5bbee15"},
            {"destination":"accountName","flowType":"Direct","mergeType":"Update","fingerprint":"7c6b62eb1ce9ce1d"},
            {"destination":"assistant","flowType":"Direct","mergeType":"Update","fingerprint":"f472ddb39b6f64cc"},
            {"destination":"c","flowType":"Expression","mergeType":"Update","fingerprint":"96c3647c1485d7ba"},
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"co","flowType":"Expression","mergeType":"Update","fingerprint":"d96e7f11e037d9b1"},
            {"destination":"company","flowType":"Expression","mergeType":"Update","fingerprint":"ca235ae3851b05a3"},
            {"destination":"countryCode","flowType":"Direct","mergeType":"Update","fingerprint":"6542185ed818c173"},
            {"destination":"department","flowType":"Expression","mergeType":"Update","fingerprint":"f4c1103df1f5b34e"},
            {"destination":"description","flowType":"Expression","mergeType":"Update","fingerprint":"5a73ed343c5b0675"},
            {"destination":"displayName","flowType":"Expression","mergeType":"Update","fingerprint":"dbb8c4b3efbf81c7"},
            {"destination":"extensionAttribute1","flowType":"Expression","mergeType":"Update","fingerprint":"dd954b045bbfd7fa"},
            {"destination":"extensionAttribute10","flowType":"Expression","mergeType":"Update","fingerprint":"cbc38bf062aa2831"},
            {"destination":"extensionAttribute11","flowType":"Expression","mergeType":"Update","fingerprint":"ef7dd7e9c6e8b192"},
            {"destination":"extensionAttribute12","flowType":"Expression","mergeType":"Update","fingerprint":"6c8c81b05ebe5098"},
            {"destination":"extensionAttribute13","flowType":"Expression","mergeType":"Update","fingerprint":"51512056fe580f8f"},
            {"destination":"extensionAttribute14","flowType":"Expression","mergeType":"Update","fingerprint":"a11fe31d82060881"},
            {"destination":"extensionAttribute15","flowType":"Expression","mergeType":"Update","fingerprint":"bdc4ada6fab060ea"},
            {"destination":"extensionAttribute2","flowType":"Expression","mergeType":"Update","fingerprint":"261b97af1b2dcaba"},
            {"destination":"extensionAttribute3","flowType":"Expression","mergeType":"Update","fingerprint":"bd62d26ec8d81935"},
            {"destination":"extensionAttribute4","flowType":"Expression","mergeType":"Update","fingerprint":"7f58ea47daeef01c"},
            {"destination":"extensionAttribute5","flowType":"Expression","mergeType":"Update","fingerprint":"e797e931876fbf83"},
            {"destination":"extensionAttribute6","flowType":"Expression","mergeType":"Update","fingerprint":"d8f08689dc01dfcb"},
            {"destination":"extensionAttribute7","flowType":"Expression","mergeType":"Update","fingerprint":"51210b8c0da2a588"},
            {"destination":"extensionAttribute8","flowType":"Expression","mergeType":"Update","fingerprint":"f656f022126c26d4"},
            {"destination":"extensionAttribute9","flowType":"Expression","mergeType":"Update","fingerprint":"36842ca7598ebceb"},
            {"destination":"facsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"3edc02cfc47d4aa2"},
            {"destination":"givenName","flowType":"Expression","mergeType":"Update","fingerprint":"0f098f7fb079c6f4"},
            {"destination":"homePhone","flowType":"Expression","mergeType":"Update","fingerprint":"2d368619b36a7130"},
            {"destination":"info","flowType":"Expression","mergeType":"Update","fingerprint":"fff6a0abe6b33268"},
            {"destination":"initials","flowType":"Expression","mergeType":"Update","fingerprint":"ad8cd30ef14a78af"},
            {"destination":"ipPhone","flowType":"Expression","mergeType":"Update","fingerprint":"63641cd3182f8ea6"},
            {"destination":"l","flowType":"Expression","mergeType":"Update","fingerprint":"f147e2d8636e1338"},
            {"destination":"mail","flowType":"Expression","mergeType":"Update","fingerprint":"43240136b00a1912"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"middleName","flowType":"Expression","mergeType":"Update","fingerprint":"57a05ff784cf2cde"},
            {"destination":"mobile","flowType":"Expression","mergeType":"Update","fingerprint":"977635ff74b306b9"},
            {"destination":"otherFacsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"0a7818cbb87de590"},
            {"destination":"otherHomePhone","flowType":"Expression","mergeType":"Update","fingerprint":"f1eaa1b330a56568"},
            {"destination":"otherIpPhone","flowType":"Expression","mergeType":"Update","fingerprint":"3f4546d0f88d02d4"},
            {"destination":"otherMobile","flowType":"Expression","mergeType":"Update","fingerprint":"9014cd75061bae0d"},
            {"destination":"otherPager","flowType":"Expression","mergeType":"Update","fingerprint":"a371466fe91905e9"},
            {"destination":"otherTelephone","flowType":"Expression","mergeType":"Update","fingerprint":"21e5d96a25d3f826"},
            {"destination":"pager","flowType":"Expression","mergeType":"Update","fingerprint":"6f6b42be58959450"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Expression","mergeType":"Update","fingerprint":"427ba32768a2e491"},
            {"destination":"postOfficeBox","flowType":"Expression","mergeType":"Update","fingerprint":"7359b83384177cb0"},
            {"destination":"postalCode","flowType":"Expression","mergeType":"Update","fingerprint":"46d443e5ad7aacea"},
            {"destination":"preferredLanguage","flowType":"Expression","mergeType":"Update","fingerprint":"3ed32dc43fb0ad2b"},
            {"destination":"proxyAddresses","flowType":"Expression","mergeType":"Update","fingerprint":"729ea5bd420bc302"},
            {"destination":"sn","flowType":"Expression","mergeType":"Update","fingerprint":"86cb54821c748e53"},
            {"destination":"sourceObjectType","flowType":"Expression","mergeType":"Update","fingerprint":"c45800c877253a42"},
            {"destination":"st","flowType":"Expression","mergeType":"Update","fingerprint":"af497d77dec022ab"},
            {"destination":"streetAddress","flowType":"Expression","mergeType":"Update","fingerprint":"47e6019913eccd5d"},
            {"destination":"telephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"7725cc28455d8bb9"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Expression","mergeType":"Update","fingerprint":"5a0dbb0d8448d44a"},
            {"destination":"url","flowType":"Expression","mergeType":"Update","fingerprint":"5b7a80242406e283"},
            {"destination":"wWWHomePage","flowType":"Expression","mergeType":"Update","fingerprint":"2f5fd3a6154ea39e"}
          ],
          "scopeGroups": [{"fingerprint":"25f9f2f0ad78b3ae","clauses":[{"attribute":"mailNickname","fingerprint":"648d1f09fd1c1dde"}]}],
          "joinGroups": [],
          "description": "075536dc50f50a60"
        }
      }
    },
    "Microsoft.InfromADInetOrgPersonExchange.": {
      "agnosticTag": "Microsoft.InfromADInetOrgPersonExchange.",
      "names": ["In from AD - InetOrgPerson Exchange"],
      "versions": {
        "Microsoft.InfromADInetOrgPersonExchange.003": {
          "tag": "Microsoft.InfromADInetOrgPersonExchange.003",
          "version": 3,
          "name": "In from AD - InetOrgPerson Exchange",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "inetOrgPerson",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["dd2c1b12-567a-459c-a534-22977a118fc4"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"authOrig","flowType":"Direct","mergeType":"Update","fingerprint":"08ed76010ab7258f"},
            {"destination":"contributingConnectorExchange","flowType":"Expression","mergeType":"Update","fingerprint":"86fecf617299e7a1"},
            {"destination":"dLMemRejectPerms","flowType":"Direct","mergeType":"Update","fingerprint":"6513b46df40fe2ac"},
            {"destination":"dLMemSubmitPerms","flowType":"Direct","mergeType":"Update","fingerprint":"2d826f23fad4d8d1"},
            {"destination":"extensionAttribute1","flowType":"Expression","mergeType":"Update","fingerprint":"dd954b045bbfd7fa"},
            {"destination":"extensionAttribute10","flowType":"Expression","mergeType":"Update","fingerprint":"cbc38bf062aa2831"},
            {"destination":"extensionAttribute11","flowType":"Expression","mergeType":"Update","fingerprint":"ef7dd7e9c6e8b192"},
            {"destination":"extensionAttribute12","flowType":"Expression","mergeType":"Update","fingerprint":"6c8c81b05ebe5098"},
            {"destination":"extensionAttribute13","flowType":"Expression","mergeType":"Update","fingerprint":"51512056fe580f8f"},
            {"destination":"extensionAttribute14","flowType":"Expression","mergeType":"Update","fingerprint":"a11fe31d82060881"},
            {"destination":"extensionAttribute15","flowType":"Expression","mergeType":"Update","fingerprint":"bdc4ada6fab060ea"},
            {"destination":"extensionAttribute2","flowType":"Expression","mergeType":"Update","fingerprint":"261b97af1b2dcaba"},
            {"destination":"extensionAttribute3","flowType":"Expression","mergeType":"Update","fingerprint":"bd62d26ec8d81935"},
            {"destination":"extensionAttribute4","flowType":"Expression","mergeType":"Update","fingerprint":"7f58ea47daeef01c"},
            {"destination":"extensionAttribute5","flowType":"Expression","mergeType":"Update","fingerprint":"e797e931876fbf83"},
            {"destination":"extensionAttribute6","flowType":"Expression","mergeType":"Update","fingerprint":"d8f08689dc01dfcb"},
            {"destination":"extensionAttribute7","flowType":"Expression","mergeType":"Update","fingerprint":"51210b8c0da2a588"},
            {"destination":"extensionAttribute8","flowType":"Expression","mergeType":"Update","fingerprint":"f656f022126c26d4"},
            {"destination":"extensionAttribute9","flowType":"Expression","mergeType":"Update","fingerprint":"36842ca7598ebceb"},
            {"destination":"legacyExchangeDN","flowType":"Direct","mergeType":"Update","fingerprint":"80c4fb4fa36898e4"},
            {"destination":"mailNickname","flowType":"Direct","mergeType":"Update","fingerprint":"9210dc947ea5f766"},
            {"destination":"msDS-HABSeniorityIndex","flowType":"Direct","mergeType":"Update","fingerprint":"cb192988d5548a0f"},
            {"destination":"msDS-PhoneticDisplayName","flowType":"Direct","mergeType":"Update","fingerprint":"f7a9dd1bf376862e"},
            {"destination":"msExchArchiveGUID","flowType":"Direct","mergeType":"Update","fingerprint":"ed6d1f6ea4e06a6f"},
            {"destination":"msExchArchiveName","flowType":"Direct","mergeType":"Update","fingerprint":"52e71beb733813c8"},
            {"destination":"msExchAssistantName","flowType":"Direct","mergeType":"Update","fingerprint":"f2cab5df15054b49"},
            {"destination":"msExchBlockedSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"df6d4c8e7db9bd37"},
            {"destination":"msExchBypassModerationFromDLMembersLink","flowType":"Direct","mergeType":"Update","fingerprint":"5e8a2a9d17080fd6"},
            {"destination":"msExchBypassModerationLink","flowType":"Direct","mergeType":"Update","fingerprint":"9d4fcfb0367a9011"},
            {"destination":"msExchDelegateListLink","flowType":"Direct","mergeType":"Update","fingerprint":"b322b25af835efa0"},
            {"destination":"msExchELCExpirySuspensionEnd","flowType":"Direct","mergeType":"Update","fingerprint":"4b9d057ffafd6915"},
            {"destination":"msExchELCExpirySuspensionStart","flowType":"Direct","mergeType":"Update","fingerprint":"8b1f653d83ef9c81"},
            {"destination":"msExchELCMailboxFlags","flowType":"Direct","mergeType":"Update","fingerprint":"88c9ad60ba65715e"},
            {"destination":"msExchEnableModeration","flowType":"Direct","mergeType":"Update","fingerprint":"8fd3d09682ec8382"},
            {"destination":"msExchHideFromAddressLists","flowType":"Direct","mergeType":"Update","fingerprint":"d47819050acd6836"},
            {"destination":"msExchImmutableId","flowType":"Direct","mergeType":"Update","fingerprint":"830da6864d5eeea7"},
            {"destination":"msExchMailboxGuid","flowType":"Direct","mergeType":"Update","fingerprint":"f67ccb349275aa46"},
            {"destination":"msExchMasterAccountSid","flowType":"Direct","mergeType":"Update","fingerprint":"f361d2aff42067ff"},
            {"destination":"msExchModeratedByLink","flowType":"Direct","mergeType":"Update","fingerprint":"ba2bbeaafa237aa4"},
            {"destination":"msExchModerationFlags","flowType":"Direct","mergeType":"Update","fingerprint":"a81315dfb083f625"},
            {"destination":"msExchRecipientDisplayType","flowType":"Direct","mergeType":"Update","fingerprint":"2622081cc1861183"},
            {"destination":"msExchRecipientTypeDetails","flowType":"Direct","mergeType":"Update","fingerprint":"78f75dcdd84bd24b"},
            {"destination":"msExchRequireAuthToSendTo","flowType":"Direct","mergeType":"Update","fingerprint":"1b54700262d1dbf0"},
            {"destination":"msExchResourceCapacity","flowType":"Direct","mergeType":"Update","fingerprint":"8147f2b35baf2d58"},
            {"destination":"msExchResourceDisplay","flowType":"Direct","mergeType":"Update","fingerprint":"955e962e6762792e"},
            {"destination":"msExchResourceMetaData","flowType":"Direct","mergeType":"Update","fingerprint":"ad80ddceec233e74"},
            {"destination":"msExchResourceSearchProperties","flowType":"Direct","mergeType":"Update","fingerprint":"35ee3f3c08cd0ed7"},
            {"destination":"msExchRetentionComment","flowType":"Direct","mergeType":"Update","fingerprint":"863b8bd423391d12"},
            {"destination":"msExchRetentionURL","flowType":"Direct","mergeType":"Update","fingerprint":"439e1b1d45c717e3"},
            {"destination":"msExchSafeRecipientsHash","flowType":"Direct","mergeType":"Update","fingerprint":"8afbf2515d82edea"},
            {"destination":"msExchSafeSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"54dd664365c2307f"},
            {"destination":"msExchSenderHintTranslations","flowType":"Direct","mergeType":"Update","fingerprint":"e98341c9e1281163"},
            {"destination":"msExchUserHoldPolicies","flowType":"Direct","mergeType":"Update","fingerprint":"76adcaaecd1851ae"},
            {"destination":"publicDelegates","flowType":"Direct","mergeType":"Update","fingerprint":"ac8c64d486168d9a"},
            {"destination":"targetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"e4143e37c8f13c5c"},
            {"destination":"telephoneAssistant","flowType":"Expression","mergeType":"Update","fingerprint":"f406455505b3eec5"},
            {"destination":"unauthOrig","flowType":"Direct","mergeType":"Update","fingerprint":"64d308768d3a6ca4"},
            {"destination":"userCertificate","flowType":"Direct","mergeType":"Update","fingerprint":"b8b733d4d3aa8cbd"},
            {"destination":"userSMIMECertificate","flowType":"Direct","mergeType":"Update","fingerprint":"5bf690ae1faa5a58"}
          ],
          "scopeGroups": [{"fingerprint":"25f9f2f0ad78b3ae","clauses":[{"attribute":"mailNickname","fingerprint":"648d1f09fd1c1dde"}]}],
          "joinGroups": [],
          "description": "1f84218d370840f4"
        }
      }
    },
    "Microsoft.InfromADInetOrgPersonJoin.": {
      "agnosticTag": "Microsoft.InfromADInetOrgPersonJoin.",
      "names": ["In from AD - InetOrgPerson Join"],
      "versions": {
        "Microsoft.InfromADInetOrgPersonJoin.003": {
          "tag": "Microsoft.InfromADInetOrgPersonJoin.003",
          "version": 3,
          "name": "In from AD - InetOrgPerson Join",
          "direction": "Inbound",
          "linkType": "Provision",
          "connector": "AD",
          "sourceObjectType": "inetOrgPerson",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["9347e1d3-15f7-43b7-a35a-c9b04020f8dd"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [{"destination":"cloudFiltered","flowType":"Expression","mergeType":"Update","fingerprint":"3ce1fbaefbf34440"}],
          "scopeGroups": [{"fingerprint":"b77608fde3bdcfaf","clauses":[{"attribute":"isCriticalSystemObject","fingerprint":"4d4740b9287fe822"}]}],
          "joinGroups": [
            {
              "fingerprint": "34152b301c878e47",
              "conditions": [{"csAttribute":"objectSid","mvAttribute":"objectSid","fingerprint":"a624e1b43e4352f4"}],
              "dependsOn": ["joinCriteria"]
            },
            {
              "fingerprint": "6b40d5b7ff9d038b",
              "conditions": [{"csAttribute":"msExchMasterAccountSid","mvAttribute":"objectSid","fingerprint":"6c1315577501674e"}],
              "dependsOn": ["joinCriteria"]
            },
            {
              "fingerprint": "457819976a8bcf29",
              "conditions": [{"csAttribute":"objectSid","mvAttribute":"msExchMasterAccountSid","fingerprint":"b256c5a9a3259dad"}],
              "dependsOn": ["joinCriteria"]
            },
            {
              "fingerprint": "9f2b20355e898c71",
              "conditions": [{"csAttribute":"msRTCSIP-OriginatorSid","mvAttribute":"objectSid","fingerprint":"e495c57a7174e18f"}],
              "dependsOn": ["joinCriteria"]
            },
            {
              "fingerprint": "e0843f474bf29eb1",
              "conditions": [{"csAttribute":"objectSid","mvAttribute":"msRTCSIP-OriginatorSid","fingerprint":"91b8c43e57609a9e"}],
              "dependsOn": ["joinCriteria"]
            }
          ]
        },
        "Microsoft.InfromADInetOrgPersonJoin.004": {
          "tag": "Microsoft.InfromADInetOrgPersonJoin.004",
          "version": 4,
          "name": "In from AD - InetOrgPerson Join",
          "direction": "Inbound",
          "linkType": "Provision",
          "connector": "AD",
          "sourceObjectType": "inetOrgPerson",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["sre-standard-rules"],
          "identifiers": ["ac082860-ff00-44c7-9c92-0eb32b4b01e5"],
          "settings": {"anchorAttribute":"mS-DS-ConsistencyGuid"},
          "flows": [
            {"destination":"cloudFiltered","flowType":"Expression","mergeType":"Update","fingerprint":"3ce1fbaefbf34440"},
            {"destination":"sourceAnchorBinary","flowType":"Expression","mergeType":"Update","fingerprint":"59638c716c34fe3c","dependsOn":["anchorAttribute"]}
          ],
          "scopeGroups": [{"fingerprint":"b77608fde3bdcfaf","clauses":[{"attribute":"isCriticalSystemObject","fingerprint":"4d4740b9287fe822"}]}],
          "joinGroups": [
            {
              "fingerprint": "2060359a250b241d",
              "conditions": [{"csAttribute":"mS-DS-ConsistencyGuid","mvAttribute":"sourceAnchorBinary","fingerprint":"206c1087ba612762"}],
              "dependsOn": ["joinCriteria","anchorAttribute"]
            },
            {
              "fingerprint": "fd7c04dabc17f0b6",
              "conditions": [{"csAttribute":"objectGUID","mvAttribute":"sourceAnchorBinary","fingerprint":"df30421a66ab5c34"}],
              "dependsOn": ["joinCriteria","anchorAttribute"]
            }
          ]
        }
      }
    },
    "Microsoft.InfromADInetOrgPersonLync.": {
      "agnosticTag": "Microsoft.InfromADInetOrgPersonLync.",
      "names": ["In from AD - InetOrgPerson Lync"],
      "versions": {
        "Microsoft.InfromADInetOrgPersonLync.003": {
          "tag": "Microsoft.InfromADInetOrgPersonLync.003",
          "version": 3,
          "name": "In from AD - InetOrgPerson Lync",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "inetOrgPerson",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["1ca06e20-b16a-4488-8e5f-a1b5f0761cae"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"msRTCSIP-ApplicationOptions","flowType":"Direct","mergeType":"Update","fingerprint":"80619c3edb0bae2e"},
            {"destination":"msRTCSIP-DeploymentLocator","flowType":"Direct","mergeType":"Update","fingerprint":"8596104fca0e9f5a"},
            {"destination":"msRTCSIP-Line","flowType":"Direct","mergeType":"Update","fingerprint":"4354801aa06277fa"},
            {"destination":"msRTCSIP-OptionFlags","flowType":"Direct","mergeType":"Update","fingerprint":"b259ec1ecf29a648"},
            {"destination":"msRTCSIP-OwnerUrn","flowType":"Direct","mergeType":"Update","fingerprint":"0e927940bfc4d9b0"},
            {"destination":"msRTCSIP-PrimaryUserAddress","flowType":"Direct","mergeType":"Update","fingerprint":"18f6f4b07e80a448"},
            {"destination":"msRTCSIP-UserEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"5038eea3eb48b8e2"}
          ],
          "scopeGroups": [],
          "joinGroups": [],
          "description": "340e0d3605dbda95"
        }
      }
    },
    "Microsoft.InfromADUserAccountEnabled.": {
      "agnosticTag": "Microsoft.InfromADUserAccountEnabled.",
      "names": ["In from AD - User AccountEnabled"],
      "versions": {
        "Microsoft.InfromADUserAccountEnabled.004": {
          "tag": "Microsoft.InfromADUserAccountEnabled.004",
          "version": 4,
          "name": "In from AD - User AccountEnabled",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["0a1f95e3-265a-44fc-ad7c-80e267b05c06"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Constant","mergeType":"Update","fingerprint":"a0f25da03cff49d5"},
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"contributingConnectorUser","flowType":"Expression","mergeType":"Update","fingerprint":"496c1a7af69d91d5"},
            {"destination":"domainFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"b6236a7a82f364fd"},
            {"destination":"domainNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"010e95cee2701517"},
            {"destination":"forestFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"5e65dbb75fb0d109"},
            {"destination":"forestNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"dadb0964f425c115"},
            {"destination":"objectSid","flowType":"Direct","mergeType":"Update","fingerprint":"030b3f60749fe527"},
            {"destination":"objectSidString","flowType":"Expression","mergeType":"Update","fingerprint":"a68463255dc338a8"},
            {"destination":"pwdLastSet","flowType":"Expression","mergeType":"Update","fingerprint":"3798ae9b24344390"},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"3368fe606a28dba7","dependsOn":["anchorAttribute"]},
            {"destination":"userPrincipalName","flowType":"Expression","mergeType":"Update","fingerprint":"79dbd695c3050aea","dependsOn":["upnAttribute"]}
          ],
          "scopeGroups": [{"fingerprint":"a97e247babe36637","clauses":[{"attribute":"userAccountControl","fingerprint":"c5d720b9a2dd0ef5"}]}],
          "joinGroups": [],
          "enablePasswordSync": true
        },
        "Microsoft.InfromADUserAccountEnabled.007": {
          "tag": "Microsoft.InfromADUserAccountEnabled.007",
          "version": 7,
          "name": "In from AD - User AccountEnabled",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["sre-standard-rules"],
          "identifiers": ["3cc98420-8d2c-4f99-9d00-188097882e2b"],
          "settings": {"anchorAttribute":"mS-DS-ConsistencyGuid"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Constant","mergeType":"Update","fingerprint":"a0f25da03cff49d5"},
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"contributingConnectorUser","flowType":"Expression","mergeType":"Update","fingerprint":"496c1a7af69d91d5"},
            {"destination":"domainFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"b6236a7a82f364fd"},
            {"destination":"domainNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"010e95cee2701517"},
            {"destination":"forestFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"5e65dbb75fb0d109"},
            {"destination":"forestNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"dadb0964f425c115"},
            {"destination":"objectSid","flowType":"Direct","mergeType":"Update","fingerprint":"030b3f60749fe527"},
            {"destination":"objectSidString","flowType":"Expression","mergeType":"Update","fingerprint":"a68463255dc338a8"},
            {"destination":"pwdLastSet","flowType":"Expression","mergeType":"Update","fingerprint":"3798ae9b24344390"},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"cd470f52dfc39c73","dependsOn":["anchorAttribute"]},
            {"destination":"sourceAnchorBinary","flowType":"Expression","mergeType":"Update","fingerprint":"f2b347b6fb827dc0","dependsOn":["anchorAttribute"]},
            {"destination":"userPrincipalName","flowType":"Expression","mergeType":"Update","fingerprint":"79dbd695c3050aea","dependsOn":["upnAttribute"]}
          ],
          "scopeGroups": [{"fingerprint":"a97e247babe36637","clauses":[{"attribute":"userAccountControl","fingerprint":"c5d720b9a2dd0ef5"}]}],
          "joinGroups": [],
          "enablePasswordSync": true
        }
      }
    },
    "Microsoft.InfromADUserCommon.": {
      "agnosticTag": "Microsoft.InfromADUserCommon.",
      "names": ["In from AD - User Common"],
      "versions": {
        "Microsoft.InfromADUserCommon.004": {
          "tag": "Microsoft.InfromADUserCommon.004",
          "version": 4,
          "name": "In from AD - User Common",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["c93c2c84-f29f-4d43-bc3b-fa439a2fb1c1"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Expression","mergeType":"Update","fingerprint":"e87eff22a5bbee15"},
            {"destination":"accountName","flowType":"Direct","mergeType":"Update","fingerprint":"7c6b62eb1ce9ce1d"},
            {"destination":"assistant","flowType":"Direct","mergeType":"Update","fingerprint":"f472ddb39b6f64cc"},
            {"destination":"c","flowType":"Expression","mergeType":"Update","fingerprint":"96c3647c1485d7ba"},
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"co","flowType":"Expression","mergeType":"Update","fingerprint":"d96e7f11e037d9b1"},
            {"destination":"company","flowType":"Expression","mergeType":"Update","fingerprint":"ca235ae3851b05a3"},
            {"destination":"countryCode","flowType":"Direct","mergeType":"Update","fingerprint":"6542185ed818c173"},
            {"destination":"department","flowType":"Expression","mergeType":"Update","fingerprint":"f4c1103df1f5b34e"},
            {"destination":"description","flowType":"Expression","mergeType":"Update","fingerprint":"5a73ed343c5b0675"},
            {"destination":"displayName","flowType":"Expression","mergeType":"Update","fingerprint":"dbb8c4b3efbf81c7"},
            {"destination":"domainFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"b6236a7a82f364fd"},
            {"destination":"domainNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"010e95cee2701517"},
            {"destination":"extensionAttribute1","flowType":"Expression","mergeType":"Update","fingerprint":"dd954b045bbfd7fa"},
            {"destination":"extensionAttribute10","flowType":"Expression","mergeType":"Update","fingerprint":"cbc38bf062aa2831"},
            {"destination":"extensionAttribute11","flowType":"Expression","mergeType":"Update","fingerprint":"ef7dd7e9c6e8b192"},
            {"destination":"extensionAttribute12","flowType":"Expression","mergeType":"Update","fingerprint":"6c8c81b05ebe5098"},
            {"destination":"extensionAttribute13","flowType":"Expression","mergeType":"Update","fingerprint":"51512056fe580f8f"},
            {"destination":"extensionAttribute14","flowType":"Expression","mergeType":"Update","fingerprint":"a11fe31d82060881"},
            {"destination":"extensionAttribute15","flowType":"Expression","mergeType":"Update","fingerprint":"bdc4ada6fab060ea"},
            {"destination":"extensionAttribute2","flowType":"Expression","mergeType":"Update","fingerprint":"261b97af1b2dcaba"},
            {"destination":"extensionAttribute3","flowType":"Expression","mergeType":"Update","fingerprint":"bd62d26ec8d81935"},
            {"destination":"extensionAttribute4","flowType":"Expression","mergeType":"Update","fingerprint":"7f58ea47daeef01c"},
            {"destination":"extensionAttribute5","flowType":"Expression","mergeType":"Update","fingerprint":"e797e931876fbf83"},
            {"destination":"extensionAttribute6","flowType":"Expression","mergeType":"Update","fingerprint":"d8f08689dc01dfcb"},
            {"destination":"extensionAttribute7","flowType":"Expression","mergeType":"Update","fingerprint":"51210b8c0da2a588"},
            {"destination":"extensionAttribute8","flowType":"Expression","mergeType":"Update","fingerprint":"f656f022126c26d4"},
            {"destination":"extensionAttribute9","flowType":"Expression","mergeType":"Update","fingerprint":"36842ca7598ebceb"},
            {"destination":"facsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"3edc02cfc47d4aa2"},
            {"destination":"forestFQDN","flowType":"Expression","mergeType":"Update","fingerprint":"5e65dbb75fb0d109"},
            {"destination":"forestNetBios","flowType":"Expression","mergeType":"Update","fingerprint":"dadb0964f425c115"},
            {"destination":"givenName","flowType":"Expression","mergeType":"Update","fingerprint":"0f098f7fb079c6f4"},
            {"destination":"homePhone","flowType":"Expression","mergeType":"Update","fingerprint":"2d368619b36a7130"},
            {"destination":"info","flowType":"Expression","mergeType":"Update","fingerprint":"fff6a0abe6b33268"},
            {"destination":"initials","flowType":"Expression","mergeType":"Update","fingerprint":"ad8cd30ef14a78af"},
            {"destination":"ipPhone","flowType":"Expression","mergeType":"Update","fingerprint":"63641cd3182f8ea6"},
            {"destination":"l","flowType":"Expression","mergeType":"Update","fingerprint":"f147e2d8636e1338"},
            {"destination":"mail","flowType":"Expression","mergeType":"Update","fingerprint":"43240136b00a1912"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"middleName","flowType":"Expression","mergeType":"Update","fingerprint":"57a05ff784cf2cde"},
            {"destination":"mobile","flowType":"Expression","mergeType":"Update","fingerprint":"977635ff74b306b9"},
            {"destination":"objectSid","flowType":"Direct","mergeType":"Update","fingerprint":"030b3f60749fe527"},
            {"destination":"objectSidString","flowType":"Expression","mergeType":"Update","fingerprint":"a68463255dc338a8"},
            {"destination":"otherFacsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"0a7818cbb87de590"},
            {"destination":"otherHomePhone","flowType":"Expression","mergeType":"Update","fingerprint":"f1eaa1b330a56568"},
            {"destination":"otherIpPhone","flowType":"Expression","mergeType":"Update","fingerprint":"3f4546d0f88d02d4"},
            {"destination":"otherMobile","flowType":"Expression","mergeType":"Update","fingerprint":"9014cd75061bae0d"},
            {"destination":"otherPager","flowType":"Expression","mergeType":"Update","fingerprint":"a371466fe91905e9"},
            {"destination":"otherTelephone","flowType":"Expression","mergeType":"Update","fingerprint":"21e5d96a25d3f826"},
            {"destination":"pager","flowType":"Expression","mergeType":"Update","fingerprint":"6f6b42be58959450"},
            {"destination":"photo","flowType":"Direct","mergeType":"Update","fingerprint":"356b72e8e6df10f1"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Expression","mergeType":"Update","fingerprint":"427ba32768a2e491"},
            {"destination":"postOfficeBox","flowType":"Expression","mergeType":"Update","fingerprint":"7359b83384177cb0"},
            {"destination":"postalCode","flowType":"Expression","mergeType":"Update","fingerprint":"46d443e5ad7aacea"},
            {"destination":"preferredLanguage","flowType":"Expression","mergeType":"Update","fingerprint":"3ed32dc43fb0ad2b"},
            {"destination":"proxyAddresses","flowType":"Expression","mergeType":"Update","fingerprint":"729ea5bd420bc302"},
            {"destination":"pwdLastSet","flowType":"Expression","mergeType":"Update","fingerprint":"3798ae9b24344390"},
            {"destination":"sn","flowType":"Expression","mergeType":"Update","fingerprint":"86cb54821c748e53"},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"3368fe606a28dba7","dependsOn":["anchorAttribute"]},
            {"destination":"sourceObjectType","flowType":"Expression","mergeType":"Update","fingerprint":"c45800c877253a42"},
            {"destination":"st","flowType":"Expression","mergeType":"Update","fingerprint":"af497d77dec022ab"},
            {"destination":"streetAddress","flowType":"Expression","mergeType":"Update","fingerprint":"47e6019913eccd5d"},
            {"destination":"telephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"7725cc28455d8bb9"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Expression","mergeType":"Update","fingerprint":"5a0dbb0d8448d44a"},
            {"destination":"url","flowType":"Expression","mergeType":"Update","fingerprint":"5b7a80242406e283"},
            {"destination":"userPrincipalName","flowType":"Expression","mergeType":"Update","fingerprint":"79dbd695c3050aea","dependsOn":["upnAttribute"]},
            {"destination":"wWWHomePage","flowType":"Expression","mergeType":"Update","fingerprint":"2f5fd3a6154ea39e"}
          ],
          "scopeGroups": [{"fingerprint":"eab90aba71d7ce62","clauses":[{"attribute":"adminDescription","fingerprint":"b5fc1ff6e2c9d72d"}]}],
          "joinGroups": []
        }
      }
    },
    "Microsoft.InfromADUserCommonfromExchange.": {
      "agnosticTag": "Microsoft.InfromADUserCommonfromExchange.",
      "names": ["In from AD - User Common from Exchange"],
      "versions": {
        "Microsoft.InfromADUserCommonfromExchange.004": {
          "tag": "Microsoft.InfromADUserCommonfromExchange.004",
          "version": 4,
          "name": "In from AD - User Common from Exchange",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["6fff723b-9f17-4fae-9b26-578b7d15c72f"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Expression","mergeType":"Update","fingerprint":"e87eff22a5bbee15"},
            {"destination":"accountName","flowType":"Direct","mergeType":"Update","fingerprint":"7c6b62eb1ce9ce1d"},
            {"destination":"assistant","flowType":"Direct","mergeType":"Update","fingerprint":"f472ddb39b6f64cc"},
            {"destination":"c","flowType":"Expression","mergeType":"Update","fingerprint":"96c3647c1485d7ba"},
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"co","flowType":"Expression","mergeType":"Update","fingerprint":"d96e7f11e037d9b1"},
            {"destination":"company","flowType":"Expression","mergeType":"Update","fingerprint":"ca235ae3851b05a3"},
            {"destination":"countryCode","flowType":"Direct","mergeType":"Update","fingerprint":"6542185ed818c173"},
            {"destination":"department","flowType":"Expression","mergeType":"Update","fingerprint":"f4c1103df1f5b34e"},
            {"destination":"description","flowType":"Expression","mergeType":"Update","fingerprint":"5a73ed343c5b0675"},
            {"destination":"displayName","flowType":"Expression","mergeType":"Update","fingerprint":"dbb8c4b3efbf81c7"},
            {"destination":"extensionAttribute1","flowType":"Expression","mergeType":"Update","fingerprint":"dd954b045bbfd7fa"},
            {"destination":"extensionAttribute10","flowType":"Expression","mergeType":"Update","fingerprint":"cbc38bf062aa2831"},
            {"destination":"extensionAttribute11","flowType":"Expression","mergeType":"Update","fingerprint":"ef7dd7e9c6e8b192"},
            {"destination":"extensionAttribute12","flowType":"Expression","mergeType":"Update","fingerprint":"6c8c81b05ebe5098"},
            {"destination":"extensionAttribute13","flowType":"Expression","mergeType":"Update","fingerprint":"51512056fe580f8f"},
            {"destination":"extensionAttribute14","flowType":"Expression","mergeType":"Update","fingerprint":"a11fe31d82060881"},
            {"destination":"extensionAttribute15","flowType":"Expression","mergeType":"Update","fingerprint":"bdc4ada6fab060ea"},
            {"destination":"extensionAttribute2","flowType":"Expression","mergeType":"Update","fingerprint":"261b97af1b2dcaba"},
            {"destination":"extensionAttribute3","flowType":"Expression","mergeType":"Update","fingerprint":"bd62d26ec8d81935"},
            {"destination":"extensionAttribute4","flowType":"Expression","mergeType":"Update","fingerprint":"7f58ea47daeef01c"},
            {"destination":"extensionAttribute5","flowType":"Expression","mergeType":"Update","fingerprint":"e797e931876fbf83"},
            {"destination":"extensionAttribute6","flowType":"Expression","mergeType":"Update","fingerprint":"d8f08689dc01dfcb"},
            {"destination":"extensionAttribute7","flowType":"Expression","mergeType":"Update","fingerprint":"51210b8c0da2a588"},
            {"destination":"extensionAttribute8","flowType":"Expression","mergeType":"Update","fingerprint":"f656f022126c26d4"},
            {"destination":"extensionAttribute9","flowType":"Expression","mergeType":"Update","fingerprint":"36842ca7598ebceb"},
            {"destination":"facsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"3edc02cfc47d4aa2"},
            {"destination":"givenName","flowType":"Expression","mergeType":"Update","fingerprint":"0f098f7fb079c6f4"},
            {"destination":"homePhone","flowType":"Expression","mergeType":"Update","fingerprint":"2d368619b36a7130"},
            {"destination":"info","flowType":"Expression","mergeType":"Update","fingerprint":"fff6a0abe6b33268"},
            {"destination":"initials","flowType":"Expression","mergeType":"Update","fingerprint":"ad8cd30ef14a78af"},
            {"destination":"ipPhone","flowType":"Expression","mergeType":"Update","fingerprint":"63641cd3182f8ea6"},
            {"destination":"l","flowType":"Expression","mergeType":"Update","fingerprint":"f147e2d8636e1338"},
            {"destination":"mail","flowType":"Expression","mergeType":"Update","fingerprint":"43240136b00a1912"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"middleName","flowType":"Expression","mergeType":"Update","fingerprint":"57a05ff784cf2cde"},
            {"destination":"mobile","flowType":"Expression","mergeType":"Update","fingerprint":"977635ff74b306b9"},
            {"destination":"otherFacsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"0a7818cbb87de590"},
            {"destination":"otherHomePhone","flowType":"Expression","mergeType":"Update","fingerprint":"f1eaa1b330a56568"},
            {"destination":"otherIpPhone","flowType":"Expression","mergeType":"Update","fingerprint":"3f4546d0f88d02d4"},
            {"destination":"otherMobile","flowType":"Expression","mergeType":"Update","fingerprint":"9014cd75061bae0d"},
            {"destination":"otherPager","flowType":"Expression","mergeType":"Update","fingerprint":"a371466fe91905e9"},
            {"destination":"otherTelephone","flowType":"Expression","mergeType":"Update","fingerprint":"21e5d96a25d3f826"},
            {"destination":"pager","flowType":"Expression","mergeType":"Update","fingerprint":"6f6b42be58959450"},
            {"destination":"photo","flowType":"Direct","mergeType":"Update","fingerprint":"356b72e8e6df10f1"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Expression","mergeType":"Update","fingerprint":"427ba32768a2e491"},
            {"destination":"postOfficeBox","flowType":"Expression","mergeType":"Update","fingerprint":"7359b83384177cb0"},
            {"destination":"postalCode","flowType":"Expression","mergeType":"Update","fingerprint":"46d443e5ad7aacea"},
            {"destination":"preferredLanguage","flowType":"Expression","mergeType":"Update","fingerprint":"3ed32dc43fb0ad2b"},
            {"destination":"proxyAddresses","flowType":"Expression","mergeType":"Update","fingerprint":"729ea5bd420bc302"},
            {"destination":"sn","flowType":"Expression","mergeType":"Update","fingerprint":"86cb54821c748e53"},
            {"destination":"sourceObjectType","flowType":"Expression","mergeType":"Update","fingerprint":"c45800c877253a42"},
            {"destination":"st","flowType":"Expression","mergeType":"Update","fingerprint":"af497d77dec022ab"},
            {"destination":"streetAddress","flowType":"Expression","mergeType":"Update","fingerprint":"47e6019913eccd5d"},
            {"destination":"telephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"7725cc28455d8bb9"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Expression","mergeType":"Update","fingerprint":"5a0dbb0d8448d44a"},
            {"destination":"url","flowType":"Expression","mergeType":"Update","fingerprint":"5b7a80242406e283"},
            {"destination":"wWWHomePage","flowType":"Expression","mergeType":"Update","fingerprint":"2f5fd3a6154ea39e"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "c84de370071d7af0",
              "clauses": [{"attribute":"mailNickname","fingerprint":"648d1f09fd1c1dde"},{"attribute":"adminDescription","fingerprint":"b5fc1ff6e2c9d72d"}]
            }
          ],
          "joinGroups": [],
          "description": "1ebca7449b1ec354"
        },
        "Microsoft.InfromADUserCommonfromExchange.006": {
          "tag": "Microsoft.InfromADUserCommonfromExchange.006",
          "version": 6,
          "name": "In from AD - User Common from Exchange",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["sre-standard-rules"],
          "identifiers": ["ec49c421-fea6-4258-899c-6d8eedf5c680"],
          "settings": {"anchorAttribute":"mS-DS-ConsistencyGuid"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Expression","mergeType":"Update","fingerprint":"e87eff22a5bbee15"},
            {"destination":"accountName","flowType":"Direct","mergeType":"Update","fingerprint":"7c6b62eb1ce9ce1d"},
            {"destination":"assistant","flowType":"Direct","mergeType":"Update","fingerprint":"f472ddb39b6f64cc"},
            {"destination":"c","flowType":"Expression","mergeType":"Update","fingerprint":"96c3647c1485d7ba"},
            {"destination":"cn","flowType":"Direct","mergeType":"Update","fingerprint":"7394e6a47adb8dac"},
            {"destination":"co","flowType":"Expression","mergeType":"Update","fingerprint":"d96e7f11e037d9b1"},
            {"destination":"company","flowType":"Expression","mergeType":"Update","fingerprint":"ca235ae3851b05a3"},
            {"destination":"countryCode","flowType":"Direct","mergeType":"Update","fingerprint":"6542185ed818c173"},
            {"destination":"department","flowType":"Expression","mergeType":"Update","fingerprint":"f4c1103df1f5b34e"},
            {"destination":"description","flowType":"Expression","mergeType":"Update","fingerprint":"5a73ed343c5b0675"},
            {"destination":"displayName","flowType":"Expression","mergeType":"Update","fingerprint":"dbb8c4b3efbf81c7"},
            {"destination":"employeeID","flowType":"Direct","mergeType":"Update","fingerprint":"470ed59d7692df44"},
            {"destination":"extensionAttribute1","flowType":"Expression","mergeType":"Update","fingerprint":"dd954b045bbfd7fa"},
            {"destination":"extensionAttribute10","flowType":"Expression","mergeType":"Update","fingerprint":"cbc38bf062aa2831"},
            {"destination":"extensionAttribute11","flowType":"Expression","mergeType":"Update","fingerprint":"ef7dd7e9c6e8b192"},
            {"destination":"extensionAttribute12","flowType":"Expression","mergeType":"Update","fingerprint":"6c8c81b05ebe5098"},
            {"destination":"extensionAttribute13","flowType":"Expression","mergeType":"Update","fingerprint":"51512056fe580f8f"},
            {"destination":"extensionAttribute14","flowType":"Expression","mergeType":"Update","fingerprint":"a11fe31d82060881"},
            {"destination":"extensionAttribute15","flowType":"Expression","mergeType":"Update","fingerprint":"bdc4ada6fab060ea"},
            {"destination":"extensionAttribute2","flowType":"Expression","mergeType":"Update","fingerprint":"261b97af1b2dcaba"},
            {"destination":"extensionAttribute3","flowType":"Expression","mergeType":"Update","fingerprint":"bd62d26ec8d81935"},
            {"destination":"extensionAttribute4","flowType":"Expression","mergeType":"Update","fingerprint":"7f58ea47daeef01c"},
            {"destination":"extensionAttribute5","flowType":"Expression","mergeType":"Update","fingerprint":"e797e931876fbf83"},
            {"destination":"extensionAttribute6","flowType":"Expression","mergeType":"Update","fingerprint":"d8f08689dc01dfcb"},
            {"destination":"extensionAttribute7","flowType":"Expression","mergeType":"Update","fingerprint":"51210b8c0da2a588"},
            {"destination":"extensionAttribute8","flowType":"Expression","mergeType":"Update","fingerprint":"f656f022126c26d4"},
            {"destination":"extensionAttribute9","flowType":"Expression","mergeType":"Update","fingerprint":"36842ca7598ebceb"},
            {"destination":"facsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"3edc02cfc47d4aa2"},
            {"destination":"givenName","flowType":"Expression","mergeType":"Update","fingerprint":"0f098f7fb079c6f4"},
            {"destination":"homePhone","flowType":"Expression","mergeType":"Update","fingerprint":"2d368619b36a7130"},
            {"destination":"info","flowType":"Expression","mergeType":"Update","fingerprint":"fff6a0abe6b33268"},
            {"destination":"initials","flowType":"Expression","mergeType":"Update","fingerprint":"ad8cd30ef14a78af"},
            {"destination":"ipPhone","flowType":"Expression","mergeType":"Update","fingerprint":"63641cd3182f8ea6"},
            {"destination":"l","flowType":"Expression","mergeType":"Update","fingerprint":"f147e2d8636e1338"},
            {"destination":"mail","flowType":"Expression","mergeType":"Update","fingerprint":"43240136b00a1912"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"middleName","flowType":"Expression","mergeType":"Update","fingerprint":"57a05ff784cf2cde"},
            {"destination":"mobile","flowType":"Expression","mergeType":"Update","fingerprint":"977635ff74b306b9"},
            {"destination":"otherFacsimileTelephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"0a7818cbb87de590"},
            {"destination":"otherHomePhone","flowType":"Expression","mergeType":"Update","fingerprint":"f1eaa1b330a56568"},
            {"destination":"otherIpPhone","flowType":"Expression","mergeType":"Update","fingerprint":"3f4546d0f88d02d4"},
            {"destination":"otherMobile","flowType":"Expression","mergeType":"Update","fingerprint":"9014cd75061bae0d"},
            {"destination":"otherPager","flowType":"Expression","mergeType":"Update","fingerprint":"a371466fe91905e9"},
            {"destination":"otherTelephone","flowType":"Expression","mergeType":"Update","fingerprint":"21e5d96a25d3f826"},
            {"destination":"pager","flowType":"Expression","mergeType":"Update","fingerprint":"6f6b42be58959450"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Expression","mergeType":"Update","fingerprint":"427ba32768a2e491"},
            {"destination":"postOfficeBox","flowType":"Expression","mergeType":"Update","fingerprint":"7359b83384177cb0"},
            {"destination":"postalCode","flowType":"Expression","mergeType":"Update","fingerprint":"46d443e5ad7aacea"},
            {"destination":"preferredLanguage","flowType":"Expression","mergeType":"Update","fingerprint":"3ed32dc43fb0ad2b"},
            {"destination":"proxyAddresses","flowType":"Expression","mergeType":"Update","fingerprint":"729ea5bd420bc302"},
            {"destination":"sn","flowType":"Expression","mergeType":"Update","fingerprint":"86cb54821c748e53"},
            {"destination":"sourceObjectType","flowType":"Expression","mergeType":"Update","fingerprint":"c45800c877253a42"},
            {"destination":"st","flowType":"Expression","mergeType":"Update","fingerprint":"af497d77dec022ab"},
            {"destination":"streetAddress","flowType":"Expression","mergeType":"Update","fingerprint":"47e6019913eccd5d"},
            {"destination":"telephoneNumber","flowType":"Expression","mergeType":"Update","fingerprint":"7725cc28455d8bb9"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Expression","mergeType":"Update","fingerprint":"5a0dbb0d8448d44a"},
            {"destination":"url","flowType":"Expression","mergeType":"Update","fingerprint":"5b7a80242406e283"},
            {"destination":"wWWHomePage","flowType":"Expression","mergeType":"Update","fingerprint":"2f5fd3a6154ea39e"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "c84de370071d7af0",
              "clauses": [{"attribute":"mailNickname","fingerprint":"648d1f09fd1c1dde"},{"attribute":"adminDescription","fingerprint":"b5fc1ff6e2c9d72d"}]
            }
          ],
          "joinGroups": [],
          "description": "1ebca7449b1ec354"
        }
      }
    },
    "Microsoft.InfromADUserExchange.": {
      "agnosticTag": "Microsoft.InfromADUserExchange.",
      "names": ["In from AD - User Exchange"],
      "versions": {
        "Microsoft.InfromADUserExchange.003": {
          "tag": "Microsoft.InfromADUserExchange.003",
          "version": 3,
          "name": "In from AD - User Exchange",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["e5e5058b-034a-4403-b438-6046f5d19e0c"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"authOrig","flowType":"Direct","mergeType":"Update","fingerprint":"08ed76010ab7258f"},
            {"destination":"contributingConnectorExchange","flowType":"Expression","mergeType":"Update","fingerprint":"86fecf617299e7a1"},
            {"destination":"dLMemRejectPerms","flowType":"Direct","mergeType":"Update","fingerprint":"6513b46df40fe2ac"},
            {"destination":"dLMemSubmitPerms","flowType":"Direct","mergeType":"Update","fingerprint":"2d826f23fad4d8d1"},
            {"destination":"extensionAttribute1","flowType":"Expression","mergeType":"Update","fingerprint":"dd954b045bbfd7fa"},
            {"destination":"extensionAttribute10","flowType":"Expression","mergeType":"Update","fingerprint":"cbc38bf062aa2831"},
            {"destination":"extensionAttribute11","flowType":"Expression","mergeType":"Update","fingerprint":"ef7dd7e9c6e8b192"},
            {"destination":"extensionAttribute12","flowType":"Expression","mergeType":"Update","fingerprint":"6c8c81b05ebe5098"},
            {"destination":"extensionAttribute13","flowType":"Expression","mergeType":"Update","fingerprint":"51512056fe580f8f"},
            {"destination":"extensionAttribute14","flowType":"Expression","mergeType":"Update","fingerprint":"a11fe31d82060881"},
            {"destination":"extensionAttribute15","flowType":"Expression","mergeType":"Update","fingerprint":"bdc4ada6fab060ea"},
            {"destination":"extensionAttribute2","flowType":"Expression","mergeType":"Update","fingerprint":"261b97af1b2dcaba"},
            {"destination":"extensionAttribute3","flowType":"Expression","mergeType":"Update","fingerprint":"bd62d26ec8d81935"},
            {"destination":"extensionAttribute4","flowType":"Expression","mergeType":"Update","fingerprint":"7f58ea47daeef01c"},
            {"destination":"extensionAttribute5","flowType":"Expression","mergeType":"Update","fingerprint":"e797e931876fbf83"},
            {"destination":"extensionAttribute6","flowType":"Expression","mergeType":"Update","fingerprint":"d8f08689dc01dfcb"},
            {"destination":"extensionAttribute7","flowType":"Expression","mergeType":"Update","fingerprint":"51210b8c0da2a588"},
            {"destination":"extensionAttribute8","flowType":"Expression","mergeType":"Update","fingerprint":"f656f022126c26d4"},
            {"destination":"extensionAttribute9","flowType":"Expression","mergeType":"Update","fingerprint":"36842ca7598ebceb"},
            {"destination":"legacyExchangeDN","flowType":"Direct","mergeType":"Update","fingerprint":"80c4fb4fa36898e4"},
            {"destination":"mailNickname","flowType":"Direct","mergeType":"Update","fingerprint":"9210dc947ea5f766"},
            {"destination":"msDS-HABSeniorityIndex","flowType":"Direct","mergeType":"Update","fingerprint":"cb192988d5548a0f"},
            {"destination":"msDS-PhoneticDisplayName","flowType":"Direct","mergeType":"Update","fingerprint":"f7a9dd1bf376862e"},
            {"destination":"msExchArchiveGUID","flowType":"Direct","mergeType":"Update","fingerprint":"ed6d1f6ea4e06a6f"},
            {"destination":"msExchArchiveName","flowType":"Direct","mergeType":"Update","fingerprint":"52e71beb733813c8"},
            {"destination":"msExchAssistantName","flowType":"Direct","mergeType":"Update","fingerprint":"f2cab5df15054b49"},
            {"destination":"msExchBlockedSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"df6d4c8e7db9bd37"},
            {"destination":"msExchBypassModerationFromDLMembersLink","flowType":"Direct","mergeType":"Update","fingerprint":"5e8a2a9d17080fd6"},
            {"destination":"msExchBypassModerationLink","flowType":"Direct","mergeType":"Update","fingerprint":"9d4fcfb0367a9011"},
            {"destination":"msExchDelegateListLink","flowType":"Direct","mergeType":"Update","fingerprint":"b322b25af835efa0"},
            {"destination":"msExchELCExpirySuspensionEnd","flowType":"Direct","mergeType":"Update","fingerprint":"4b9d057ffafd6915"},
            {"destination":"msExchELCExpirySuspensionStart","flowType":"Direct","mergeType":"Update","fingerprint":"8b1f653d83ef9c81"},
            {"destination":"msExchELCMailboxFlags","flowType":"Direct","mergeType":"Update","fingerprint":"88c9ad60ba65715e"},
            {"destination":"msExchEnableModeration","flowType":"Direct","mergeType":"Update","fingerprint":"8fd3d09682ec8382"},
            {"destination":"msExchHideFromAddressLists","flowType":"Direct","mergeType":"Update","fingerprint":"d47819050acd6836"},
            {"destination":"msExchImmutableId","flowType":"Direct","mergeType":"Update","fingerprint":"830da6864d5eeea7"},
            {"destination":"msExchMailboxGuid","flowType":"Direct","mergeType":"Update","fingerprint":"f67ccb349275aa46"},
            {"destination":"msExchMasterAccountSid","flowType":"Direct","mergeType":"Update","fingerprint":"f361d2aff42067ff"},
            {"destination":"msExchModeratedByLink","flowType":"Direct","mergeType":"Update","fingerprint":"ba2bbeaafa237aa4"},
            {"destination":"msExchModerationFlags","flowType":"Direct","mergeType":"Update","fingerprint":"a81315dfb083f625"},
            {"destination":"msExchRecipientDisplayType","flowType":"Direct","mergeType":"Update","fingerprint":"2622081cc1861183"},
            {"destination":"msExchRecipientTypeDetails","flowType":"Direct","mergeType":"Update","fingerprint":"78f75dcdd84bd24b"},
            {"destination":"msExchRequireAuthToSendTo","flowType":"Direct","mergeType":"Update","fingerprint":"1b54700262d1dbf0"},
            {"destination":"msExchResourceCapacity","flowType":"Direct","mergeType":"Update","fingerprint":"8147f2b35baf2d58"},
            {"destination":"msExchResourceDisplay","flowType":"Direct","mergeType":"Update","fingerprint":"955e962e6762792e"},
            {"destination":"msExchResourceMetaData","flowType":"Direct","mergeType":"Update","fingerprint":"ad80ddceec233e74"},
            {"destination":"msExchResourceSearchProperties","flowType":"Direct","mergeType":"Update","fingerprint":"35ee3f3c08cd0ed7"},
            {"destination":"msExchRetentionComment","flowType":"Direct","mergeType":"Update","fingerprint":"863b8bd423391d12"},
            {"destination":"msExchRetentionURL","flowType":"Direct","mergeType":"Update","fingerprint":"439e1b1d45c717e3"},
            {"destination":"msExchSafeRecipientsHash","flowType":"Direct","mergeType":"Update","fingerprint":"8afbf2515d82edea"},
            {"destination":"msExchSafeSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"54dd664365c2307f"},
            {"destination":"msExchSenderHintTranslations","flowType":"Direct","mergeType":"Update","fingerprint":"e98341c9e1281163"},
            {"destination":"msExchUserHoldPolicies","flowType":"Direct","mergeType":"Update","fingerprint":"76adcaaecd1851ae"},
            {"destination":"publicDelegates","flowType":"Direct","mergeType":"Update","fingerprint":"ac8c64d486168d9a"},
            {"destination":"targetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"e4143e37c8f13c5c"},
            {"destination":"telephoneAssistant","flowType":"Expression","mergeType":"Update","fingerprint":"f406455505b3eec5"},
            {"destination":"unauthOrig","flowType":"Direct","mergeType":"Update","fingerprint":"64d308768d3a6ca4"},
            {"destination":"userCertificate","flowType":"Direct","mergeType":"Update","fingerprint":"b8b733d4d3aa8cbd"},
            {"destination":"userSMIMECertificate","flowType":"Direct","mergeType":"Update","fingerprint":"5bf690ae1faa5a58"}
          ],
          "scopeGroups": [{"fingerprint":"25f9f2f0ad78b3ae","clauses":[{"attribute":"mailNickname","fingerprint":"648d1f09fd1c1dde"}]}],
          "joinGroups": [],
          "description": "0b8982687274ca5a"
        }
      }
    },
    "Microsoft.InfromADUserJoin.": {
      "agnosticTag": "Microsoft.InfromADUserJoin.",
      "names": ["In from AD - User Join"],
      "versions": {
        "Microsoft.InfromADUserJoin.003": {
          "tag": "Microsoft.InfromADUserJoin.003",
          "version": 3,
          "name": "In from AD - User Join",
          "direction": "Inbound",
          "linkType": "Provision",
          "connector": "AD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["0b088913-b613-4d9d-9563-9988b7719ed6"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [{"destination":"cloudFiltered","flowType":"Expression","mergeType":"Update","fingerprint":"3ce1fbaefbf34440"}],
          "scopeGroups": [
            {
              "fingerprint": "ed6b8eb103553594",
              "clauses": [{"attribute":"isCriticalSystemObject","fingerprint":"4d4740b9287fe822"},{"attribute":"adminDescription","fingerprint":"b5fc1ff6e2c9d72d"}]
            }
          ],
          "joinGroups": [
            {
              "fingerprint": "34152b301c878e47",
              "conditions": [{"csAttribute":"objectSid","mvAttribute":"objectSid","fingerprint":"a624e1b43e4352f4"}],
              "dependsOn": ["joinCriteria"]
            },
            {
              "fingerprint": "6b40d5b7ff9d038b",
              "conditions": [{"csAttribute":"msExchMasterAccountSid","mvAttribute":"objectSid","fingerprint":"6c1315577501674e"}],
              "dependsOn": ["joinCriteria"]
            },
            {
              "fingerprint": "457819976a8bcf29",
              "conditions": [{"csAttribute":"objectSid","mvAttribute":"msExchMasterAccountSid","fingerprint":"b256c5a9a3259dad"}],
              "dependsOn": ["joinCriteria"]
            },
            {
              "fingerprint": "9f2b20355e898c71",
              "conditions": [{"csAttribute":"msRTCSIP-OriginatorSid","mvAttribute":"objectSid","fingerprint":"e495c57a7174e18f"}],
              "dependsOn": ["joinCriteria"]
            },
            {
              "fingerprint": "e0843f474bf29eb1",
              "conditions": [{"csAttribute":"objectSid","mvAttribute":"msRTCSIP-OriginatorSid","fingerprint":"91b8c43e57609a9e"}],
              "dependsOn": ["joinCriteria"]
            }
          ]
        },
        "Microsoft.InfromADUserJoin.004": {
          "tag": "Microsoft.InfromADUserJoin.004",
          "version": 4,
          "name": "In from AD - User Join",
          "direction": "Inbound",
          "linkType": "Provision",
          "connector": "AD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["sre-standard-rules"],
          "identifiers": ["633c9cc8-9a74-4912-92d0-f93fae31d89a"],
          "settings": {"anchorAttribute":"mS-DS-ConsistencyGuid"},
          "flows": [
            {"destination":"cloudFiltered","flowType":"Expression","mergeType":"Update","fingerprint":"3ce1fbaefbf34440"},
            {"destination":"sourceAnchorBinary","flowType":"Expression","mergeType":"Update","fingerprint":"59638c716c34fe3c","dependsOn":["anchorAttribute"]}
          ],
          "scopeGroups": [
            {
              "fingerprint": "ed6b8eb103553594",
              "clauses": [{"attribute":"isCriticalSystemObject","fingerprint":"4d4740b9287fe822"},{"attribute":"adminDescription","fingerprint":"b5fc1ff6e2c9d72d"}]
            }
          ],
          "joinGroups": [
            {
              "fingerprint": "2060359a250b241d",
              "conditions": [{"csAttribute":"mS-DS-ConsistencyGuid","mvAttribute":"sourceAnchorBinary","fingerprint":"206c1087ba612762"}],
              "dependsOn": ["joinCriteria","anchorAttribute"]
            },
            {
              "fingerprint": "fd7c04dabc17f0b6",
              "conditions": [{"csAttribute":"objectGUID","mvAttribute":"sourceAnchorBinary","fingerprint":"df30421a66ab5c34"}],
              "dependsOn": ["joinCriteria","anchorAttribute"]
            }
          ]
        }
      }
    },
    "Microsoft.InfromADUserLync.": {
      "agnosticTag": "Microsoft.InfromADUserLync.",
      "names": ["In from AD - User Lync"],
      "versions": {
        "Microsoft.InfromADUserLync.004": {
          "tag": "Microsoft.InfromADUserLync.004",
          "version": 4,
          "name": "In from AD - User Lync",
          "direction": "Inbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "user",
          "targetObjectType": "person",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["10fd1aee-ad24-4de2-8c9f-31727286d8f2"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"msRTCSIP-ApplicationOptions","flowType":"Direct","mergeType":"Update","fingerprint":"80619c3edb0bae2e"},
            {"destination":"msRTCSIP-DeploymentLocator","flowType":"Direct","mergeType":"Update","fingerprint":"8596104fca0e9f5a"},
            {"destination":"msRTCSIP-Line","flowType":"Direct","mergeType":"Update","fingerprint":"4354801aa06277fa"},
            {"destination":"msRTCSIP-OptionFlags","flowType":"Direct","mergeType":"Update","fingerprint":"b259ec1ecf29a648"},
            {"destination":"msRTCSIP-OriginatorSid","flowType":"Direct","mergeType":"Update","fingerprint":"2c35e4d60c4d20f8"},
            {"destination":"msRTCSIP-OwnerUrn","flowType":"Direct","mergeType":"Update","fingerprint":"0e927940bfc4d9b0"},
            {"destination":"msRTCSIP-PrimaryUserAddress","flowType":"Direct","mergeType":"Update","fingerprint":"18f6f4b07e80a448"},
            {"destination":"msRTCSIP-UserEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"5038eea3eb48b8e2"}
          ],
          "scopeGroups": [],
          "joinGroups": [],
          "description": "86e1099d66069cd5"
        }
      }
    },
    "Microsoft.OuttoAADContactAzureRMS.": {
      "agnosticTag": "Microsoft.OuttoAADContactAzureRMS.",
      "names": ["Out to AAD - Contact AzureRMS"],
      "versions": {
        "Microsoft.OuttoAADContactAzureRMS.003": {
          "tag": "Microsoft.OuttoAADContactAzureRMS.003",
          "version": 3,
          "name": "Out to AAD - Contact AzureRMS",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "contact",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["40feed36-b6b7-4569-8100-6ba9d708d02b"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"}
          ],
          "scopeGroups": [{"fingerprint":"b8715a3aaa9733ba","clauses":[{"attribute":"sourceObjectType","fingerprint":"a9feda019da8221d"}]}],
          "joinGroups": [],
          "description": "1370dc1025ad8c8c"
        }
      }
    },
    "Microsoft.OuttoAADContactDynamicsCRM.": {
      "agnosticTag": "Microsoft.OuttoAADContactDynamicsCRM.",
      "names": ["Out to AAD - Contact DynamicsCRM"],
      "versions": {
        "Microsoft.OuttoAADContactDynamicsCRM.003": {
          "tag": "Microsoft.OuttoAADContactDynamicsCRM.003",
          "version": 3,
          "name": "Out to AAD - Contact DynamicsCRM",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "contact",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["b77f5972-c6aa-4686-9f98-d1388611757e"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"company","flowType":"Direct","mergeType":"Update","fingerprint":"0b1474c635799ad5"},
            {"destination":"country","flowType":"Direct","mergeType":"Update","fingerprint":"458268b63a5c767e"},
            {"destination":"countryCode","flowType":"Direct","mergeType":"Update","fingerprint":"6542185ed818c173"},
            {"destination":"countryLetterCode","flowType":"Direct","mergeType":"Update","fingerprint":"2557742dae0c440a"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"facsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"742d783bb96a7499"},
            {"destination":"givenName","flowType":"Direct","mergeType":"Update","fingerprint":"2e12a83d9d411254"},
            {"destination":"mobile","flowType":"Direct","mergeType":"Update","fingerprint":"3566a5ceb7ef6b35"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Direct","mergeType":"Update","fingerprint":"680af3eb0ba29961"},
            {"destination":"postalCode","flowType":"Direct","mergeType":"Update","fingerprint":"9d9136586e4ef75a"},
            {"destination":"state","flowType":"Direct","mergeType":"Update","fingerprint":"28b3d068521eb64d"},
            {"destination":"streetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"4eba161b6dd37ba2"},
            {"destination":"surname","flowType":"Direct","mergeType":"Update","fingerprint":"6d23973da6d8c717"},
            {"destination":"telephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"f7d06aa1960ba871"},
            {"destination":"title","flowType":"Direct","mergeType":"Update","fingerprint":"7dc2030a8f2a5833"}
          ],
          "scopeGroups": [{"fingerprint":"b8715a3aaa9733ba","clauses":[{"attribute":"sourceObjectType","fingerprint":"a9feda019da8221d"}]}],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADContactExchangeOnline.": {
      "agnosticTag": "Microsoft.OuttoAADContactExchangeOnline.",
      "names": ["Out to AAD - Contact ExchangeOnline"],
      "versions": {
        "Microsoft.OuttoAADContactExchangeOnline.003": {
          "tag": "Microsoft.OuttoAADContactExchangeOnline.003",
          "version": 3,
          "name": "Out to AAD - Contact ExchangeOnline",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "contact",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["675cf8c5-0001-468b-aef0-0989d5900c51"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"assistant","flowType":"Direct","mergeType":"Update","fingerprint":"f472ddb39b6f64cc"},
            {"destination":"authOrig","flowType":"Direct","mergeType":"Update","fingerprint":"08ed76010ab7258f"},
            {"destination":"city","flowType":"Direct","mergeType":"Update","fingerprint":"63694d2dbe2fb66c"},
            {"destination":"company","flowType":"Direct","mergeType":"Update","fingerprint":"0b1474c635799ad5"},
            {"destination":"country","flowType":"Direct","mergeType":"Update","fingerprint":"458268b63a5c767e"},
            {"destination":"countryCode","flowType":"Direct","mergeType":"Update","fingerprint":"6542185ed818c173"},
            {"destination":"countryLetterCode","flowType":"Direct","mergeType":"Update","fingerprint":"2557742dae0c440a"},
            {"destination":"dLMemRejectPerms","flowType":"Direct","mergeType":"Update","fingerprint":"6513b46df40fe2ac"},
            {"destination":"dLMemSubmitPerms","flowType":"Direct","mergeType":"Update","fingerprint":"2d826f23fad4d8d1"},
            {"destination":"department","flowType":"Direct","mergeType":"Update","fingerprint":"d202bb3c83e9aa24"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"extensionAttribute1","flowType":"Direct","mergeType":"Update","fingerprint":"b1cdae096ba0b084"},
            {"destination":"extensionAttribute10","flowType":"Direct","mergeType":"Update","fingerprint":"cdb83d00732c4f93"},
            {"destination":"extensionAttribute11","flowType":"Direct","mergeType":"Update","fingerprint":"2952b920c615cf64"},
            {"destination":"extensionAttribute12","flowType":"Direct","mergeType":"Update","fingerprint":"49f8256243f60c72"},
            {"destination":"extensionAttribute13","flowType":"Direct","mergeType":"Update","fingerprint":"8c6607197bb3daad"},
            {"destination":"extensionAttribute14","flowType":"Direct","mergeType":"Update","fingerprint":"8ae29fc92096e1a3"},
            {"destination":"extensionAttribute15","flowType":"Direct","mergeType":"Update","fingerprint":"df96835e7e39b3dd"},
            {"destination":"extensionAttribute2","flowType":"Direct","mergeType":"Update","fingerprint":"4039c9172653f916"},
            {"destination":"extensionAttribute3","flowType":"Direct","mergeType":"Update","fingerprint":"66716fe89c042712"},
            {"destination":"extensionAttribute4","flowType":"Direct","mergeType":"Update","fingerprint":"619e1a0f151897a5"},
            {"destination":"extensionAttribute5","flowType":"Direct","mergeType":"Update","fingerprint":"9f39cd33598103ca"},
            {"destination":"extensionAttribute6","flowType":"Direct","mergeType":"Update","fingerprint":"72ea304de5d4f8ac"},
            {"destination":"extensionAttribute7","flowType":"Direct","mergeType":"Update","fingerprint":"d704e974ff345699"},
            {"destination":"extensionAttribute8","flowType":"Direct","mergeType":"Update","fingerprint":"8fb2a786cd0bb606"},
            {"destination":"extensionAttribute9","flowType":"Direct","mergeType":"Update","fingerprint":"a3d85b05fe58641c"},
            {"destination":"facsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"742d783bb96a7499"},
            {"destination":"givenName","flowType":"Direct","mergeType":"Update","fingerprint":"2e12a83d9d411254"},
            {"destination":"homePhone","flowType":"Direct","mergeType":"Update","fingerprint":"22a60194f827f5c8"},
            {"destination":"info","flowType":"Direct","mergeType":"Update","fingerprint":"f1e4589f44ecd71e"},
            {"destination":"initials","flowType":"Direct","mergeType":"Update","fingerprint":"b001dd0884ef79dd"},
            {"destination":"legacyExchangeDN","flowType":"Direct","mergeType":"Update","fingerprint":"80c4fb4fa36898e4"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"mobile","flowType":"Direct","mergeType":"Update","fingerprint":"3566a5ceb7ef6b35"},
            {"destination":"msDsHabSeniorityIndex","flowType":"Direct","mergeType":"Update","fingerprint":"68bbb0d20a53c558"},
            {"destination":"msDsPhoneticDisplayName","flowType":"Direct","mergeType":"Update","fingerprint":"0ffc5a40fdb9cdb0"},
            {"destination":"msExchAssistantName","flowType":"Direct","mergeType":"Update","fingerprint":"f2cab5df15054b49"},
            {"destination":"msExchBlockedSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"df6d4c8e7db9bd37"},
            {"destination":"msExchExtensionCustomAttribute1","flowType":"Direct","mergeType":"Update","fingerprint":"db26b7ea47c31ab2"},
            {"destination":"msExchExtensionCustomAttribute2","flowType":"Direct","mergeType":"Update","fingerprint":"52eaa81b1083748d"},
            {"destination":"msExchExtensionCustomAttribute3","flowType":"Direct","mergeType":"Update","fingerprint":"df2557167f5cc327"},
            {"destination":"msExchExtensionCustomAttribute4","flowType":"Direct","mergeType":"Update","fingerprint":"fa490f29b2350ffd"},
            {"destination":"msExchExtensionCustomAttribute5","flowType":"Direct","mergeType":"Update","fingerprint":"c5bc1a9fbe5d9908"},
            {"destination":"msExchHideFromAddressLists","flowType":"Direct","mergeType":"Update","fingerprint":"d47819050acd6836"},
            {"destination":"msExchLitigationHoldDate","flowType":"Direct","mergeType":"Update","fingerprint":"cc5532bb85ceac3f"},
            {"destination":"msExchLitigationHoldOwner","flowType":"Direct","mergeType":"Update","fingerprint":"8d66e4de047d59a4"},
            {"destination":"msExchModeratedByLink","flowType":"Direct","mergeType":"Update","fingerprint":"ba2bbeaafa237aa4"},
            {"destination":"msExchModerationFlags","flowType":"Direct","mergeType":"Update","fingerprint":"a81315dfb083f625"},
            {"destination":"msExchRecipientDisplayType","flowType":"Direct","mergeType":"Update","fingerprint":"2622081cc1861183"},
            {"destination":"msExchRecipientTypeDetails","flowType":"Direct","mergeType":"Update","fingerprint":"78f75dcdd84bd24b"},
            {"destination":"msExchRequireAuthToSendTo","flowType":"Direct","mergeType":"Update","fingerprint":"1b54700262d1dbf0"},
            {"destination":"msExchRetentionComment","flowType":"Direct","mergeType":"Update","fingerprint":"863b8bd423391d12"},
            {"destination":"msExchRetentionUrl","flowType":"Direct","mergeType":"Update","fingerprint":"ab781ad145d7413d"},
            {"destination":"msExchSafeRecipientsHash","flowType":"Direct","mergeType":"Update","fingerprint":"8afbf2515d82edea"},
            {"destination":"msExchSafeSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"54dd664365c2307f"},
            {"destination":"msExchSenderHintTranslations","flowType":"Direct","mergeType":"Update","fingerprint":"e98341c9e1281163"},
            {"destination":"otherFacsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"8e4db520b5e0a97e"},
            {"destination":"otherHomePhone","flowType":"Direct","mergeType":"Update","fingerprint":"cccb78ae8eadb6fc"},
            {"destination":"otherTelephone","flowType":"Direct","mergeType":"Update","fingerprint":"fdc0ca57638da74a"},
            {"destination":"pager","flowType":"Direct","mergeType":"Update","fingerprint":"ce8a5b350500e513"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Direct","mergeType":"Update","fingerprint":"680af3eb0ba29961"},
            {"destination":"postalCode","flowType":"Direct","mergeType":"Update","fingerprint":"9d9136586e4ef75a"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"publicDelegates","flowType":"Direct","mergeType":"Update","fingerprint":"ac8c64d486168d9a"},
            {"destination":"state","flowType":"Direct","mergeType":"Update","fingerprint":"965c22cf740cbba5"},
            {"destination":"streetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"4eba161b6dd37ba2"},
            {"destination":"surname","flowType":"Direct","mergeType":"Update","fingerprint":"6d23973da6d8c717"},
            {"destination":"targetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"e4143e37c8f13c5c"},
            {"destination":"telephoneAssistant","flowType":"Direct","mergeType":"Update","fingerprint":"10498ee31f9901d8"},
            {"destination":"telephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"f7d06aa1960ba871"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Direct","mergeType":"Update","fingerprint":"7dc2030a8f2a5833"},
            {"destination":"unauthOrig","flowType":"Direct","mergeType":"Update","fingerprint":"64d308768d3a6ca4"},
            {"destination":"userCertificate","flowType":"Direct","mergeType":"Update","fingerprint":"b8b733d4d3aa8cbd"},
            {"destination":"userSMIMECertificate","flowType":"Direct","mergeType":"Update","fingerprint":"5bf690ae1faa5a58"},
            {"destination":"wWWHomePage","flowType":"Direct","mergeType":"Update","fingerprint":"dce114a8d8f79816"}
          ],
          "scopeGroups": [{"fingerprint":"b8715a3aaa9733ba","clauses":[{"attribute":"sourceObjectType","fingerprint":"a9feda019da8221d"}]}],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADContactIdentity.": {
      "agnosticTag": "Microsoft.OuttoAADContactIdentity.",
      "names": ["Out to AAD - Contact Identity"],
      "versions": {
        "Microsoft.OuttoAADContactIdentity.003": {
          "tag": "Microsoft.OuttoAADContactIdentity.003",
          "version": 3,
          "name": "Out to AAD - Contact Identity",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "contact",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["8ae664a6-d8a2-45db-ac67-27cfacdc2dc6"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"givenName","flowType":"Direct","mergeType":"Update","fingerprint":"2e12a83d9d411254"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"surname","flowType":"Direct","mergeType":"Update","fingerprint":"6d23973da6d8c717"}
          ],
          "scopeGroups": [{"fingerprint":"b8715a3aaa9733ba","clauses":[{"attribute":"sourceObjectType","fingerprint":"a9feda019da8221d"}]}],
          "joinGroups": [],
          "description": "756ccc8e146fc77f"
        }
      }
    },
    "Microsoft.OuttoAADContactIntune.": {
      "agnosticTag": "Microsoft.OuttoAADContactIntune.",
      "names": ["Out to AAD - Contact Intune"],
      "versions": {
        "Microsoft.OuttoAADContactIntune.003": {
          "tag": "Microsoft.OuttoAADContactIntune.003",
          "version": 3,
          "name": "Out to AAD - Contact Intune",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "contact",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["b0acf5b7-4ba9-47f1-99e7-ce38b9fed0ee"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"countryLetterCode","flowType":"Direct","mergeType":"Update","fingerprint":"2557742dae0c440a"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"}
          ],
          "scopeGroups": [{"fingerprint":"b8715a3aaa9733ba","clauses":[{"attribute":"sourceObjectType","fingerprint":"a9feda019da8221d"}]}],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADContactJoin.": {
      "agnosticTag": "Microsoft.OuttoAADContactJoin.",
      "names": ["Out to AAD - Contact Join"],
      "versions": {
        "Microsoft.OuttoAADContactJoin.003": {
          "tag": "Microsoft.OuttoAADContactJoin.003",
          "version": 3,
          "name": "Out to AAD - Contact Join",
          "direction": "Outbound",
          "linkType": "Provision",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "contact",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["0ba9f56b-0501-4c4f-81c3-f437b0240c21"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"dn","flowType":"Expression","mergeType":"Update","fingerprint":"7e74a5e5ef2e5ecc"},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"0fc3ae34ceaeb3de"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "5dd13539870bdd44",
              "clauses": [
                {"attribute":"cloudFiltered","fingerprint":"9610ee7dd30e9bf1"},
                {"attribute":"sourceObjectType","fingerprint":"a9feda019da8221d"},
                {"attribute":"mailEnabled","fingerprint":"b6a4f0ae7f7cd34c"}
              ]
            }
          ],
          "joinGroups": [{"fingerprint":"93bef973e055e3c0","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"837ec80412ba0da5"}]}]
        }
      }
    },
    "Microsoft.OuttoAADContactLyncOnline.": {
      "agnosticTag": "Microsoft.OuttoAADContactLyncOnline.",
      "names": ["Out to AAD - Contact LyncOnline"],
      "versions": {
        "Microsoft.OuttoAADContactLyncOnline.003": {
          "tag": "Microsoft.OuttoAADContactLyncOnline.003",
          "version": 3,
          "name": "Out to AAD - Contact LyncOnline",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "contact",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["a6ee85e4-f253-4c22-a390-a1ef32120917"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"company","flowType":"Direct","mergeType":"Update","fingerprint":"0b1474c635799ad5"},
            {"destination":"country","flowType":"Direct","mergeType":"Update","fingerprint":"458268b63a5c767e"},
            {"destination":"countryLetterCode","flowType":"Direct","mergeType":"Update","fingerprint":"2557742dae0c440a"},
            {"destination":"department","flowType":"Direct","mergeType":"Update","fingerprint":"d202bb3c83e9aa24"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"facsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"742d783bb96a7499"},
            {"destination":"givenName","flowType":"Direct","mergeType":"Update","fingerprint":"2e12a83d9d411254"},
            {"destination":"homePhone","flowType":"Direct","mergeType":"Update","fingerprint":"22a60194f827f5c8"},
            {"destination":"mobile","flowType":"Direct","mergeType":"Update","fingerprint":"3566a5ceb7ef6b35"},
            {"destination":"msExchHideFromAddressLists","flowType":"Direct","mergeType":"Update","fingerprint":"d47819050acd6836"},
            {"destination":"otherTelephone","flowType":"Direct","mergeType":"Update","fingerprint":"fdc0ca57638da74a"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Direct","mergeType":"Update","fingerprint":"680af3eb0ba29961"},
            {"destination":"postalCode","flowType":"Direct","mergeType":"Update","fingerprint":"9d9136586e4ef75a"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"state","flowType":"Direct","mergeType":"Update","fingerprint":"965c22cf740cbba5"},
            {"destination":"streetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"4eba161b6dd37ba2"},
            {"destination":"surname","flowType":"Direct","mergeType":"Update","fingerprint":"6d23973da6d8c717"},
            {"destination":"telephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"f7d06aa1960ba871"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Direct","mergeType":"Update","fingerprint":"7dc2030a8f2a5833"},
            {"destination":"wWWHomePage","flowType":"Direct","mergeType":"Update","fingerprint":"dce114a8d8f79816"}
          ],
          "scopeGroups": [{"fingerprint":"b8715a3aaa9733ba","clauses":[{"attribute":"sourceObjectType","fingerprint":"a9feda019da8221d"}]}],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADContactSharePointOnline.": {
      "agnosticTag": "Microsoft.OuttoAADContactSharePointOnline.",
      "names": ["Out to AAD - Contact SharePointOnline"],
      "versions": {
        "Microsoft.OuttoAADContactSharePointOnline.003": {
          "tag": "Microsoft.OuttoAADContactSharePointOnline.003",
          "version": 3,
          "name": "Out to AAD - Contact SharePointOnline",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "contact",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["91b67d5b-5755-45d3-9e07-f2be8a02f4ec"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"authOrig","flowType":"Direct","mergeType":"Update","fingerprint":"08ed76010ab7258f"},
            {"destination":"city","flowType":"Direct","mergeType":"Update","fingerprint":"63694d2dbe2fb66c"},
            {"destination":"company","flowType":"Direct","mergeType":"Update","fingerprint":"0b1474c635799ad5"},
            {"destination":"country","flowType":"Direct","mergeType":"Update","fingerprint":"458268b63a5c767e"},
            {"destination":"countryCode","flowType":"Direct","mergeType":"Update","fingerprint":"6542185ed818c173"},
            {"destination":"countryLetterCode","flowType":"Direct","mergeType":"Update","fingerprint":"2557742dae0c440a"},
            {"destination":"dLMemRejectPerms","flowType":"Direct","mergeType":"Update","fingerprint":"6513b46df40fe2ac"},
            {"destination":"dLMemSubmitPerms","flowType":"Direct","mergeType":"Update","fingerprint":"2d826f23fad4d8d1"},
            {"destination":"department","flowType":"Direct","mergeType":"Update","fingerprint":"d202bb3c83e9aa24"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"extensionAttribute1","flowType":"Direct","mergeType":"Update","fingerprint":"b1cdae096ba0b084"},
            {"destination":"extensionAttribute10","flowType":"Direct","mergeType":"Update","fingerprint":"cdb83d00732c4f93"},
            {"destination":"extensionAttribute11","flowType":"Direct","mergeType":"Update","fingerprint":"2952b920c615cf64"},
            {"destination":"extensionAttribute12","flowType":"Direct","mergeType":"Update","fingerprint":"49f8256243f60c72"},
            {"destination":"extensionAttribute13","flowType":"Direct","mergeType":"Update","fingerprint":"8c6607197bb3daad"},
            {"destination":"extensionAttribute14","flowType":"Direct","mergeType":"Update","fingerprint":"8ae29fc92096e1a3"},
            {"destination":"extensionAttribute15","flowType":"Direct","mergeType":"Update","fingerprint":"df96835e7e39b3dd"},
            {"destination":"extensionAttribute2","flowType":"Direct","mergeType":"Update","fingerprint":"4039c9172653f916"},
            {"destination":"extensionAttribute3","flowType":"Direct","mergeType":"Update","fingerprint":"66716fe89c042712"},
            {"destination":"extensionAttribute4","flowType":"Direct","mergeType":"Update","fingerprint":"619e1a0f151897a5"},
            {"destination":"extensionAttribute5","flowType":"Direct","mergeType":"Update","fingerprint":"9f39cd33598103ca"},
            {"destination":"extensionAttribute6","flowType":"Direct","mergeType":"Update","fingerprint":"72ea304de5d4f8ac"},
            {"destination":"extensionAttribute7","flowType":"Direct","mergeType":"Update","fingerprint":"d704e974ff345699"},
            {"destination":"extensionAttribute8","flowType":"Direct","mergeType":"Update","fingerprint":"8fb2a786cd0bb606"},
            {"destination":"extensionAttribute9","flowType":"Direct","mergeType":"Update","fingerprint":"a3d85b05fe58641c"},
            {"destination":"facsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"742d783bb96a7499"},
            {"destination":"givenName","flowType":"Direct","mergeType":"Update","fingerprint":"2e12a83d9d411254"},
            {"destination":"homePhone","flowType":"Direct","mergeType":"Update","fingerprint":"22a60194f827f5c8"},
            {"destination":"info","flowType":"Direct","mergeType":"Update","fingerprint":"f1e4589f44ecd71e"},
            {"destination":"initials","flowType":"Direct","mergeType":"Update","fingerprint":"b001dd0884ef79dd"},
            {"destination":"ipPhone","flowType":"Direct","mergeType":"Update","fingerprint":"19d5374c37d95d95"},
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"middleName","flowType":"Direct","mergeType":"Update","fingerprint":"484ff1c0fd1fd8d5"},
            {"destination":"mobile","flowType":"Direct","mergeType":"Update","fingerprint":"3566a5ceb7ef6b35"},
            {"destination":"otherFacsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"8e4db520b5e0a97e"},
            {"destination":"otherHomePhone","flowType":"Direct","mergeType":"Update","fingerprint":"cccb78ae8eadb6fc"},
            {"destination":"otherIpPhone","flowType":"Direct","mergeType":"Update","fingerprint":"2f2723db46b3a720"},
            {"destination":"otherMobile","flowType":"Direct","mergeType":"Update","fingerprint":"07ef54887d2d8a70"},
            {"destination":"otherPager","flowType":"Direct","mergeType":"Update","fingerprint":"7ea77ec9e972e17f"},
            {"destination":"otherTelephone","flowType":"Direct","mergeType":"Update","fingerprint":"fdc0ca57638da74a"},
            {"destination":"pager","flowType":"Direct","mergeType":"Update","fingerprint":"ce8a5b350500e513"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Direct","mergeType":"Update","fingerprint":"680af3eb0ba29961"},
            {"destination":"postOfficeBox","flowType":"Direct","mergeType":"Update","fingerprint":"8d8a4590cd42b847"},
            {"destination":"postalCode","flowType":"Direct","mergeType":"Update","fingerprint":"9d9136586e4ef75a"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"state","flowType":"Direct","mergeType":"Update","fingerprint":"965c22cf740cbba5"},
            {"destination":"streetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"4eba161b6dd37ba2"},
            {"destination":"surname","flowType":"Direct","mergeType":"Update","fingerprint":"6d23973da6d8c717"},
            {"destination":"targetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"e4143e37c8f13c5c"},
            {"destination":"telephoneAssistant","flowType":"Direct","mergeType":"Update","fingerprint":"10498ee31f9901d8"},
            {"destination":"telephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"f7d06aa1960ba871"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Direct","mergeType":"Update","fingerprint":"7dc2030a8f2a5833"},
            {"destination":"unauthOrig","flowType":"Direct","mergeType":"Update","fingerprint":"64d308768d3a6ca4"},
            {"destination":"url","flowType":"Direct","mergeType":"Update","fingerprint":"a3e0ecd43eaf93d2"},
            {"destination":"wWWHomePage","flowType":"Direct","mergeType":"Update","fingerprint":"dce114a8d8f79816"}
          ],
          "scopeGroups": [{"fingerprint":"b8715a3aaa9733ba","clauses":[{"attribute":"sourceObjectType","fingerprint":"a9feda019da8221d"}]}],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADGroupAzureRMS.": {
      "agnosticTag": "Microsoft.OuttoAADGroupAzureRMS.",
      "names": ["Out to AAD - Group AzureRMS"],
      "versions": {
        "Microsoft.OuttoAADGroupAzureRMS.004": {
          "tag": "Microsoft.OuttoAADGroupAzureRMS.004",
          "version": 4,
          "name": "Out to AAD - Group AzureRMS",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["7381a1b2-365d-449e-9a34-0ab1a5237246"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"member","flowType":"Direct","mergeType":"Update","fingerprint":"29fde44b1e4bd835"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"}
          ],
          "scopeGroups": [{"fingerprint":"eb0f058d9b834e1c","clauses":[{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]}],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADGroupDynamicsCRM.": {
      "agnosticTag": "Microsoft.OuttoAADGroupDynamicsCRM.",
      "names": ["Out to AAD - Group DynamicsCRM"],
      "versions": {
        "Microsoft.OuttoAADGroupDynamicsCRM.004": {
          "tag": "Microsoft.OuttoAADGroupDynamicsCRM.004",
          "version": 4,
          "name": "Out to AAD - Group DynamicsCRM",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["921def5f-8727-4c3c-abc9-49b90a6dd616"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"managedBy","flowType":"Direct","mergeType":"Update","fingerprint":"b703388414a91972"},
            {"destination":"member","flowType":"Direct","mergeType":"Update","fingerprint":"29fde44b1e4bd835"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "652e42700aac2aef",
              "clauses": [{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"},{"attribute":"sourceAnchor","fingerprint":"fe993b5626542dcb"}]
            }
          ],
          "joinGroups": [{"fingerprint":"93bef973e055e3c0","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"837ec80412ba0da5"}]}]
        }
      }
    },
    "Microsoft.OuttoAADGroupExchangeOnline.": {
      "agnosticTag": "Microsoft.OuttoAADGroupExchangeOnline.",
      "names": ["Out to AAD - Group ExchangeOnline"],
      "versions": {
        "Microsoft.OuttoAADGroupExchangeOnline.005": {
          "tag": "Microsoft.OuttoAADGroupExchangeOnline.005",
          "version": 5,
          "name": "Out to AAD - Group ExchangeOnline",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["b9f497de-f29f-450c-872d-a83c787b1cfa"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"authOrig","flowType":"Direct","mergeType":"Update","fingerprint":"08ed76010ab7258f"},
            {"destination":"dLMemRejectPerms","flowType":"Direct","mergeType":"Update","fingerprint":"6513b46df40fe2ac"},
            {"destination":"dLMemSubmitPerms","flowType":"Direct","mergeType":"Update","fingerprint":"2d826f23fad4d8d1"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"extensionAttribute1","flowType":"Direct","mergeType":"Update","fingerprint":"b1cdae096ba0b084"},
            {"destination":"extensionAttribute10","flowType":"Direct","mergeType":"Update","fingerprint":"cdb83d00732c4f93"},
            {"destination":"extensionAttribute11","flowType":"Direct","mergeType":"Update","fingerprint":"2952b920c615cf64"},
            {"destination":"extensionAttribute12","flowType":"Direct","mergeType":"Update","fingerprint":"49f8256243f60c72"},
            {"destination":"extensionAttribute13","flowType":"Direct","mergeType":"Update","fingerprint":"8c6607197bb3daad"},
            {"destination":"extensionAttribute14","flowType":"Direct","mergeType":"Update","fingerprint":"8ae29fc92096e1a3"},
            {"destination":"extensionAttribute15","flowType":"Direct","mergeType":"Update","fingerprint":"df96835e7e39b3dd"},
            {"destination":"extensionAttribute2","flowType":"Direct","mergeType":"Update","fingerprint":"4039c9172653f916"},
            {"destination":"extensionAttribute3","flowType":"Direct","mergeType":"Update","fingerprint":"66716fe89c042712"},
            {"destination":"extensionAttribute4","flowType":"Direct","mergeType":"Update","fingerprint":"619e1a0f151897a5"},
            {"destination":"extensionAttribute5","flowType":"Direct","mergeType":"Update","fingerprint":"9f39cd33598103ca"},
            {"destination":"extensionAttribute6","flowType":"Direct","mergeType":"Update","fingerprint":"72ea304de5d4f8ac"},
            {"destination":"extensionAttribute7","flowType":"Direct","mergeType":"Update","fingerprint":"d704e974ff345699"},
            {"destination":"extensionAttribute8","flowType":"Direct","mergeType":"Update","fingerprint":"8fb2a786cd0bb606"},
            {"destination":"extensionAttribute9","flowType":"Direct","mergeType":"Update","fingerprint":"a3d85b05fe58641c"},
            {"destination":"info","flowType":"Direct","mergeType":"Update","fingerprint":"f1e4589f44ecd71e"},
            {"destination":"legacyExchangeDN","flowType":"Direct","mergeType":"Update","fingerprint":"80c4fb4fa36898e4"},
            {"destination":"managedBy","flowType":"Direct","mergeType":"Update","fingerprint":"b703388414a91972"},
            {"destination":"member","flowType":"Direct","mergeType":"Update","fingerprint":"29fde44b1e4bd835"},
            {"destination":"msDsHabSeniorityIndex","flowType":"Direct","mergeType":"Update","fingerprint":"68bbb0d20a53c558"},
            {"destination":"msDsPhoneticDisplayName","flowType":"Direct","mergeType":"Update","fingerprint":"0ffc5a40fdb9cdb0"},
            {"destination":"msExchCoManagedByLink","flowType":"Direct","mergeType":"Update","fingerprint":"48c0269cad7fa3df"},
            {"destination":"msExchEnableModeration","flowType":"Direct","mergeType":"Update","fingerprint":"8fd3d09682ec8382"},
            {"destination":"msExchExtensionCustomAttribute1","flowType":"Direct","mergeType":"Update","fingerprint":"db26b7ea47c31ab2"},
            {"destination":"msExchExtensionCustomAttribute2","flowType":"Direct","mergeType":"Update","fingerprint":"52eaa81b1083748d"},
            {"destination":"msExchExtensionCustomAttribute3","flowType":"Direct","mergeType":"Update","fingerprint":"df2557167f5cc327"},
            {"destination":"msExchExtensionCustomAttribute4","flowType":"Direct","mergeType":"Update","fingerprint":"fa490f29b2350ffd"},
            {"destination":"msExchExtensionCustomAttribute5","flowType":"Direct","mergeType":"Update","fingerprint":"c5bc1a9fbe5d9908"},
            {"destination":"msExchHideFromAddressLists","flowType":"Direct","mergeType":"Update","fingerprint":"d47819050acd6836"},
            {"destination":"msExchLitigationHoldDate","flowType":"Direct","mergeType":"Update","fingerprint":"cc5532bb85ceac3f"},
            {"destination":"msExchLitigationHoldOwner","flowType":"Direct","mergeType":"Update","fingerprint":"8d66e4de047d59a4"},
            {"destination":"msExchModeratedByLink","flowType":"Direct","mergeType":"Update","fingerprint":"ba2bbeaafa237aa4"},
            {"destination":"msExchModerationFlags","flowType":"Direct","mergeType":"Update","fingerprint":"a81315dfb083f625"},
            {"destination":"msExchRecipientDisplayType","flowType":"Direct","mergeType":"Update","fingerprint":"2622081cc1861183"},
            {"destination":"msExchRecipientTypeDetails","flowType":"Direct","mergeType":"Update","fingerprint":"78f75dcdd84bd24b"},
            {"destination":"msExchRequireAuthToSendTo","flowType":"Direct","mergeType":"Update","fingerprint":"1b54700262d1dbf0"},
            {"destination":"msExchRetentionComment","flowType":"Direct","mergeType":"Update","fingerprint":"863b8bd423391d12"},
            {"destination":"msExchRetentionUrl","flowType":"Direct","mergeType":"Update","fingerprint":"ab781ad145d7413d"},
            {"destination":"msExchSenderHintTranslations","flowType":"Direct","mergeType":"Update","fingerprint":"e98341c9e1281163"},
            {"destination":"msOrgIsOrganizational","flowType":"Direct","mergeType":"Update","fingerprint":"e58a7b43658f19a5"},
            {"destination":"oOFReplyToOriginator","flowType":"Direct","mergeType":"Update","fingerprint":"e7f0012a56e73d12"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"publicDelegates","flowType":"Direct","mergeType":"Update","fingerprint":"ac8c64d486168d9a"},
            {"destination":"reportToOriginator","flowType":"Direct","mergeType":"Update","fingerprint":"e9164857dc4f1fef"},
            {"destination":"reportToOwner","flowType":"Direct","mergeType":"Update","fingerprint":"150047e1c13d7da6"},
            {"destination":"unauthOrig","flowType":"Direct","mergeType":"Update","fingerprint":"64d308768d3a6ca4"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "652e42700aac2aef",
              "clauses": [{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"},{"attribute":"sourceAnchor","fingerprint":"fe993b5626542dcb"}]
            }
          ],
          "joinGroups": [{"fingerprint":"93bef973e055e3c0","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"837ec80412ba0da5"}]}]
        }
      }
    },
    "Microsoft.OuttoAADGroupIdentity.": {
      "agnosticTag": "Microsoft.OuttoAADGroupIdentity.",
      "names": ["Out to AAD - Group Identity"],
      "versions": {
        "Microsoft.OuttoAADGroupIdentity.004": {
          "tag": "Microsoft.OuttoAADGroupIdentity.004",
          "version": 4,
          "name": "Out to AAD - Group Identity",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["a72c40f1-8c05-43bc-91f2-ecbfeb57c05a"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"managedBy","flowType":"Direct","mergeType":"Update","fingerprint":"b703388414a91972"},
            {"destination":"member","flowType":"Direct","mergeType":"Update","fingerprint":"29fde44b1e4bd835"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "652e42700aac2aef",
              "clauses": [{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"},{"attribute":"sourceAnchor","fingerprint":"fe993b5626542dcb"}]
            }
          ],
          "joinGroups": [{"fingerprint":"93bef973e055e3c0","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"837ec80412ba0da5"}]}]
        }
      }
    },
    "Microsoft.OuttoAADGroupIntune.": {
      "agnosticTag": "Microsoft.OuttoAADGroupIntune.",
      "names": ["Out to AAD - Group Intune"],
      "versions": {
        "Microsoft.OuttoAADGroupIntune.004": {
          "tag": "Microsoft.OuttoAADGroupIntune.004",
          "version": 4,
          "name": "Out to AAD - Group Intune",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["a23fa925-816d-4c30-af2c-4fb42c42a83f"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"member","flowType":"Direct","mergeType":"Update","fingerprint":"29fde44b1e4bd835"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "652e42700aac2aef",
              "clauses": [{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"},{"attribute":"sourceAnchor","fingerprint":"fe993b5626542dcb"}]
            }
          ],
          "joinGroups": [{"fingerprint":"93bef973e055e3c0","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"837ec80412ba0da5"}]}]
        }
      }
    },
    "Microsoft.OuttoAADGroupJoin.": {
      "agnosticTag": "Microsoft.OuttoAADGroupJoin.",
      "names": ["Out to AAD - Group Join"],
      "versions": {
        "Microsoft.OuttoAADGroupJoin.006": {
          "tag": "Microsoft.OuttoAADGroupJoin.006",
          "version": 6,
          "name": "Out to AAD - Group Join",
          "direction": "Outbound",
          "linkType": "Provision",
          "connector": "AAD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["039dcc3a-1513-4c08-b296-0973691e644a"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"commonName","flowType":"Direct","mergeType":"Update","fingerprint":"dc7203cab05cc4d6"},
            {"destination":"dn","flowType":"Expression","mergeType":"Update","fingerprint":"7e74a5e5ef2e5ecc"},
            {"destination":"member","flowType":"Expression","mergeType":"Update","fingerprint":"faa1f09d8826e387"},
            {"destination":"onPremiseSecurityIdentifier","flowType":"Direct","mergeType":"Update","fingerprint":"81e259c1c7c62f1b"},
            {"destination":"securityEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"8276f01b08951fd8"},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"c489b6b1c2e85532"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "134bce2c4b22157d",
              "clauses": [
                {"attribute":"memberCount","fingerprint":"086a4d355b642e3c"},
                {"attribute":"cloudFiltered","fingerprint":"9610ee7dd30e9bf1"},
                {"attribute":"securityEnabled","fingerprint":"aafec08c1d460e55"},
                {"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"},
                {"attribute":"sourceAnchor","fingerprint":"fe993b5626542dcb"}
              ]
            },
            {
              "fingerprint": "2439bb0eaaa57896",
              "clauses": [
                {"attribute":"cloudAnchor","fingerprint":"73ce99fbc3b44307"},
                {"attribute":"cloudFiltered","fingerprint":"9610ee7dd30e9bf1"},
                {"attribute":"securityEnabled","fingerprint":"aafec08c1d460e55"},
                {"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"},
                {"attribute":"sourceAnchor","fingerprint":"fe993b5626542dcb"}
              ]
            },
            {
              "fingerprint": "40835318d5652742",
              "clauses": [
                {"attribute":"memberCount","fingerprint":"086a4d355b642e3c"},
                {"attribute":"cloudFiltered","fingerprint":"9610ee7dd30e9bf1"},
                {"attribute":"mailEnabled","fingerprint":"b6a4f0ae7f7cd34c"},
                {"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"},
                {"attribute":"sourceAnchor","fingerprint":"fe993b5626542dcb"}
              ]
            },
            {
              "fingerprint": "bbbc57c6bc4d51c8",
              "clauses": [
                {"attribute":"cloudAnchor","fingerprint":"73ce99fbc3b44307"},
                {"attribute":"cloudFiltered","fingerprint":"9610ee7dd30e9bf1"},
                {"attribute":"mailEnabled","fingerprint":"b6a4f0ae7f7cd34c"},
                {"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"},
                {"attribute":"sourceAnchor","fingerprint":"fe993b5626542dcb"}
              ]
            }
          ],
          "joinGroups": [{"fingerprint":"93bef973e055e3c0","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"837ec80412ba0da5"}]}]
        }
      }
    },
    "Microsoft.OuttoAADGroupLyncOnline.": {
      "agnosticTag": "Microsoft.OuttoAADGroupLyncOnline.",
      "names": ["Out to AAD - Group LyncOnline"],
      "versions": {
        "Microsoft.OuttoAADGroupLyncOnline.004": {
          "tag": "Microsoft.OuttoAADGroupLyncOnline.004",
          "version": 4,
          "name": "Out to AAD - Group LyncOnline",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["96674fde-b656-4f80-b3fe-cf6035397da9"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"managedBy","flowType":"Direct","mergeType":"Update","fingerprint":"b703388414a91972"},
            {"destination":"member","flowType":"Direct","mergeType":"Update","fingerprint":"29fde44b1e4bd835"},
            {"destination":"msExchHideFromAddressLists","flowType":"Direct","mergeType":"Update","fingerprint":"d47819050acd6836"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "652e42700aac2aef",
              "clauses": [{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"},{"attribute":"sourceAnchor","fingerprint":"fe993b5626542dcb"}]
            }
          ],
          "joinGroups": [{"fingerprint":"93bef973e055e3c0","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"837ec80412ba0da5"}]}]
        }
      }
    },
    "Microsoft.OuttoAADGroupSharePointOnline.": {
      "agnosticTag": "Microsoft.OuttoAADGroupSharePointOnline.",
      "names": ["Out to AAD - Group SharePointOnline"],
      "versions": {
        "Microsoft.OuttoAADGroupSharePointOnline.004": {
          "tag": "Microsoft.OuttoAADGroupSharePointOnline.004",
          "version": 4,
          "name": "Out to AAD - Group SharePointOnline",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["81205346-bd02-491f-b81e-eab77786cd03"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"authOrig","flowType":"Direct","mergeType":"Update","fingerprint":"08ed76010ab7258f"},
            {"destination":"dLMemRejectPerms","flowType":"Direct","mergeType":"Update","fingerprint":"6513b46df40fe2ac"},
            {"destination":"dLMemSubmitPerms","flowType":"Direct","mergeType":"Update","fingerprint":"2d826f23fad4d8d1"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"extensionAttribute1","flowType":"Direct","mergeType":"Update","fingerprint":"b1cdae096ba0b084"},
            {"destination":"extensionAttribute10","flowType":"Direct","mergeType":"Update","fingerprint":"cdb83d00732c4f93"},
            {"destination":"extensionAttribute11","flowType":"Direct","mergeType":"Update","fingerprint":"2952b920c615cf64"},
            {"destination":"extensionAttribute12","flowType":"Direct","mergeType":"Update","fingerprint":"49f8256243f60c72"},
            {"destination":"extensionAttribute13","flowType":"Direct","mergeType":"Update","fingerprint":"8c6607197bb3daad"},
            {"destination":"extensionAttribute14","flowType":"Direct","mergeType":"Update","fingerprint":"8ae29fc92096e1a3"},
            {"destination":"extensionAttribute15","flowType":"Direct","mergeType":"Update","fingerprint":"df96835e7e39b3dd"},
            {"destination":"extensionAttribute2","flowType":"Direct","mergeType":"Update","fingerprint":"4039c9172653f916"},
            {"destination":"extensionAttribute3","flowType":"Direct","mergeType":"Update","fingerprint":"66716fe89c042712"},
            {"destination":"extensionAttribute4","flowType":"Direct","mergeType":"Update","fingerprint":"619e1a0f151897a5"},
            {"destination":"extensionAttribute5","flowType":"Direct","mergeType":"Update","fingerprint":"9f39cd33598103ca"},
            {"destination":"extensionAttribute6","flowType":"Direct","mergeType":"Update","fingerprint":"72ea304de5d4f8ac"},
            {"destination":"extensionAttribute7","flowType":"Direct","mergeType":"Update","fingerprint":"d704e974ff345699"},
            {"destination":"extensionAttribute8","flowType":"Direct","mergeType":"Update","fingerprint":"8fb2a786cd0bb606"},
            {"destination":"extensionAttribute9","flowType":"Direct","mergeType":"Update","fingerprint":"a3d85b05fe58641c"},
            {"destination":"hideDLMembership","flowType":"Direct","mergeType":"Update","fingerprint":"e69b00b546017f7d"},
            {"destination":"info","flowType":"Direct","mergeType":"Update","fingerprint":"f1e4589f44ecd71e"},
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"managedBy","flowType":"Direct","mergeType":"Update","fingerprint":"b703388414a91972"},
            {"destination":"member","flowType":"Direct","mergeType":"Update","fingerprint":"29fde44b1e4bd835"},
            {"destination":"oOFReplyToOriginator","flowType":"Direct","mergeType":"Update","fingerprint":"e7f0012a56e73d12"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"reportToOriginator","flowType":"Direct","mergeType":"Update","fingerprint":"e9164857dc4f1fef"},
            {"destination":"reportToOwner","flowType":"Direct","mergeType":"Update","fingerprint":"150047e1c13d7da6"},
            {"destination":"unauthOrig","flowType":"Direct","mergeType":"Update","fingerprint":"64d308768d3a6ca4"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "652e42700aac2aef",
              "clauses": [{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"},{"attribute":"sourceAnchor","fingerprint":"fe993b5626542dcb"}]
            }
          ],
          "joinGroups": [{"fingerprint":"93bef973e055e3c0","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"837ec80412ba0da5"}]}]
        }
      }
    },
    "Microsoft.OuttoAADJoinSOAInAD.": {
      "agnosticTag": "Microsoft.OuttoAADJoinSOAInAD.",
      "names": ["Out to AAD - Device Join SOAInAD"],
      "versions": {
        "Microsoft.OuttoAADJoinSOAInAD.002": {
          "tag": "Microsoft.OuttoAADJoinSOAInAD.002",
          "version": 2,
          "name": "Out to AAD - Device Join SOAInAD",
          "direction": "Outbound",
          "linkType": "Provision",
          "connector": "AAD",
          "sourceObjectType": "device",
          "targetObjectType": "device",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["a25d7313-790e-4430-88a5-0c478910e637"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"d7e200ea0ae75114"},
            {"destination":"deviceId","flowType":"Direct","mergeType":"Update","fingerprint":"7eaef76134f08927"},
            {"destination":"deviceOSType","flowType":"Direct","mergeType":"Update","fingerprint":"0d2652168865bee1"},
            {"destination":"deviceOSVersion","flowType":"Direct","mergeType":"Update","fingerprint":"7ba3d2d217b7ffc7"},
            {"destination":"deviceTrustType","flowType":"Direct","mergeType":"Update","fingerprint":"1848a85153111ad9"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"dn","flowType":"Expression","mergeType":"Update","fingerprint":"7e74a5e5ef2e5ecc"},
            {"destination":"onPremiseSecurityIdentifier","flowType":"Direct","mergeType":"Update","fingerprint":"81e259c1c7c62f1b"},
            {"destination":"registeredOwnerReference","flowType":"Direct","mergeType":"Update","fingerprint":"6dbdfd66c5224017"},
            {"destination":"userCertificate","flowType":"Direct","mergeType":"MergeCaseInsensitive","fingerprint":"9e8087f794393d1f"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "64eae42a3910c841",
              "clauses": [
                {"attribute":"userCertificate","fingerprint":"03d67969e24884a3"},
                {"attribute":"cloudFiltered","fingerprint":"060e62f9d5e980f2"},
                {"attribute":"cloudCreated","fingerprint":"4d9efbad351b941d"}
              ]
            }
          ],
          "joinGroups": [{"fingerprint":"f81745afe9a0453a","conditions":[{"csAttribute":"deviceId","mvAttribute":"deviceId","fingerprint":"bc6e97d03f223e29"}]}]
        }
      }
    },
    "Microsoft.OuttoAADUserAzureRMS.": {
      "agnosticTag": "Microsoft.OuttoAADUserAzureRMS.",
      "names": ["Out to AAD - User AzureRMS"],
      "versions": {
        "Microsoft.OuttoAADUserAzureRMS.004": {
          "tag": "Microsoft.OuttoAADUserAzureRMS.004",
          "version": 4,
          "name": "Out to AAD - User AzureRMS",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "user",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["27f44ceb-9ae6-4327-b5d9-f25cfb874211"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"onPremisesUserPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7c7f6ad97c71b1b2"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"userPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7741860342d1a620"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "f62d45b46329dad5",
              "clauses": [{"attribute":"sourceObjectType","fingerprint":"4554059924207a4b"},{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]
            }
          ],
          "joinGroups": [],
          "description": "1370dc1025ad8c8c"
        }
      }
    },
    "Microsoft.OuttoAADUserDynamicsCRM.": {
      "agnosticTag": "Microsoft.OuttoAADUserDynamicsCRM.",
      "names": ["Out to AAD - User DynamicsCRM"],
      "versions": {
        "Microsoft.OuttoAADUserDynamicsCRM.004": {
          "tag": "Microsoft.OuttoAADUserDynamicsCRM.004",
          "version": 4,
          "name": "Out to AAD - User DynamicsCRM",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "user",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["30c8be37-91c3-45ba-9f97-f9a0b38a0df0"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"d7e200ea0ae75114"},
            {"destination":"city","flowType":"Direct","mergeType":"Update","fingerprint":"63694d2dbe2fb66c"},
            {"destination":"company","flowType":"Direct","mergeType":"Update","fingerprint":"0b1474c635799ad5"},
            {"destination":"country","flowType":"Direct","mergeType":"Update","fingerprint":"458268b63a5c767e"},
            {"destination":"countryCode","flowType":"Expression","mergeType":"Update","fingerprint":"b346fb806e5442ce"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"facsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"742d783bb96a7499"},
            {"destination":"givenName","flowType":"Direct","mergeType":"Update","fingerprint":"2e12a83d9d411254"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"mobile","flowType":"Direct","mergeType":"Update","fingerprint":"3566a5ceb7ef6b35"},
            {"destination":"onPremisesUserPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7c7f6ad97c71b1b2"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Direct","mergeType":"Update","fingerprint":"680af3eb0ba29961"},
            {"destination":"postalCode","flowType":"Direct","mergeType":"Update","fingerprint":"9d9136586e4ef75a"},
            {"destination":"preferredLanguage","flowType":"Direct","mergeType":"Update","fingerprint":"b20e8c920b323512"},
            {"destination":"state","flowType":"Direct","mergeType":"Update","fingerprint":"965c22cf740cbba5"},
            {"destination":"streetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"4eba161b6dd37ba2"},
            {"destination":"surname","flowType":"Direct","mergeType":"Update","fingerprint":"6d23973da6d8c717"},
            {"destination":"telephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"f7d06aa1960ba871"},
            {"destination":"title","flowType":"Direct","mergeType":"Update","fingerprint":"7dc2030a8f2a5833"},
            {"destination":"userPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7741860342d1a620"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "f62d45b46329dad5",
              "clauses": [{"attribute":"sourceObjectType","fingerprint":"4554059924207a4b"},{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]
            }
          ],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADUserExchangeOnline.": {
      "agnosticTag": "Microsoft.OuttoAADUserExchangeOnline.",
      "names": ["Out to AAD - User ExchangeOnline"],
      "versions": {
        "Microsoft.OuttoAADUserExchangeOnline.004": {
          "tag": "Microsoft.OuttoAADUserExchangeOnline.004",
          "version": 4,
          "name": "Out to AAD - User ExchangeOnline",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "user",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["8d26623c-0832-4be2-8fbf-e7fc72796d25"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"d7e200ea0ae75114"},
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"assistant","flowType":"Direct","mergeType":"Update","fingerprint":"f472ddb39b6f64cc"},
            {"destination":"authOrig","flowType":"Direct","mergeType":"Update","fingerprint":"08ed76010ab7258f"},
            {"destination":"city","flowType":"Direct","mergeType":"Update","fingerprint":"63694d2dbe2fb66c"},
            {"destination":"company","flowType":"Direct","mergeType":"Update","fingerprint":"0b1474c635799ad5"},
            {"destination":"country","flowType":"Direct","mergeType":"Update","fingerprint":"458268b63a5c767e"},
            {"destination":"countryCode","flowType":"Expression","mergeType":"Update","fingerprint":"b346fb806e5442ce"},
            {"destination":"countryLetterCode","flowType":"Direct","mergeType":"Update","fingerprint":"2557742dae0c440a"},
            {"destination":"dLMemRejectPerms","flowType":"Direct","mergeType":"Update","fingerprint":"6513b46df40fe2ac"},
            {"destination":"dLMemSubmitPerms","flowType":"Direct","mergeType":"Update","fingerprint":"2d826f23fad4d8d1"},
            {"destination":"department","flowType":"Direct","mergeType":"Update","fingerprint":"d202bb3c83e9aa24"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"extensionAttribute1","flowType":"Direct","mergeType":"Update","fingerprint":"b1cdae096ba0b084"},
            {"destination":"extensionAttribute10","flowType":"Direct","mergeType":"Update","fingerprint":"cdb83d00732c4f93"},
            {"destination":"extensionAttribute11","flowType":"Direct","mergeType":"Update","fingerprint":"2952b920c615cf64"},
            {"destination":"extensionAttribute12","flowType":"Direct","mergeType":"Update","fingerprint":"49f8256243f60c72"},
            {"destination":"extensionAttribute13","flowType":"Direct","mergeType":"Update","fingerprint":"8c6607197bb3daad"},
            {"destination":"extensionAttribute14","flowType":"Direct","mergeType":"Update","fingerprint":"8ae29fc92096e1a3"},
            {"destination":"extensionAttribute15","flowType":"Direct","mergeType":"Update","fingerprint":"df96835e7e39b3dd"},
            {"destination":"extensionAttribute2","flowType":"Direct","mergeType":"Update","fingerprint":"4039c9172653f916"},
            {"destination":"extensionAttribute3","flowType":"Direct","mergeType":"Update","fingerprint":"66716fe89c042712"},
            {"destination":"extensionAttribute4","flowType":"Direct","mergeType":"Update","fingerprint":"619e1a0f151897a5"},
            {"destination":"extensionAttribute5","flowType":"Direct","mergeType":"Update","fingerprint":"9f39cd33598103ca"},
            {"destination":"extensionAttribute6","flowType":"Direct","mergeType":"Update","fingerprint":"72ea304de5d4f8ac"},
            {"destination":"extensionAttribute7","flowType":"Direct","mergeType":"Update","fingerprint":"d704e974ff345699"},
            {"destination":"extensionAttribute8","flowType":"Direct","mergeType":"Update","fingerprint":"8fb2a786cd0bb606"},
            {"destination":"extensionAttribute9","flowType":"Direct","mergeType":"Update","fingerprint":"a3d85b05fe58641c"},
            {"destination":"facsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"742d783bb96a7499"},
            {"destination":"givenName","flowType":"Direct","mergeType":"Update","fingerprint":"2e12a83d9d411254"},
            {"destination":"homePhone","flowType":"Direct","mergeType":"Update","fingerprint":"22a60194f827f5c8"},
            {"destination":"info","flowType":"Direct","mergeType":"Update","fingerprint":"f1e4589f44ecd71e"},
            {"destination":"initials","flowType":"Direct","mergeType":"Update","fingerprint":"b001dd0884ef79dd"},
            {"destination":"legacyExchangeDN","flowType":"Direct","mergeType":"Update","fingerprint":"80c4fb4fa36898e4"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"mobile","flowType":"Direct","mergeType":"Update","fingerprint":"3566a5ceb7ef6b35"},
            {"destination":"msDsHabSeniorityIndex","flowType":"Direct","mergeType":"Update","fingerprint":"68bbb0d20a53c558"},
            {"destination":"msDsPhoneticDisplayName","flowType":"Direct","mergeType":"Update","fingerprint":"0ffc5a40fdb9cdb0"},
            {"destination":"msExchArchiveGuid","flowType":"Direct","mergeType":"Update","fingerprint":"03eba69d559e346e"},
            {"destination":"msExchArchiveName","flowType":"Direct","mergeType":"Update","fingerprint":"52e71beb733813c8"},
            {"destination":"msExchAssistantName","flowType":"Direct","mergeType":"Update","fingerprint":"f2cab5df15054b49"},
            {"destination":"msExchAuditAdmin","flowType":"Direct","mergeType":"Update","fingerprint":"5ace613db1f134cf"},
            {"destination":"msExchAuditDelegate","flowType":"Direct","mergeType":"Update","fingerprint":"e57ef32af7c56492"},
            {"destination":"msExchAuditDelegateAdmin","flowType":"Direct","mergeType":"Update","fingerprint":"118856cd08cdabf8"},
            {"destination":"msExchAuditOwner","flowType":"Direct","mergeType":"Update","fingerprint":"44f3bb8b0acb4395"},
            {"destination":"msExchBlockedSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"df6d4c8e7db9bd37"},
            {"destination":"msExchBypassAudit","flowType":"Direct","mergeType":"Update","fingerprint":"561a5dcc6c0abf40"},
            {"destination":"msExchDelegateListLink","flowType":"Direct","mergeType":"Update","fingerprint":"b322b25af835efa0"},
            {"destination":"msExchElcExpirySuspensionEnd","flowType":"Direct","mergeType":"Update","fingerprint":"c7254e5f4d9d2131"},
            {"destination":"msExchElcExpirySuspensionStart","flowType":"Direct","mergeType":"Update","fingerprint":"c88121599b670a17"},
            {"destination":"msExchElcMailboxFlags","flowType":"Direct","mergeType":"Update","fingerprint":"1e9c8c4bae861b1e"},
            {"destination":"msExchEnableModeration","flowType":"Direct","mergeType":"Update","fingerprint":"8fd3d09682ec8382"},
            {"destination":"msExchExtensionCustomAttribute1","flowType":"Direct","mergeType":"Update","fingerprint":"db26b7ea47c31ab2"},
            {"destination":"msExchExtensionCustomAttribute2","flowType":"Direct","mergeType":"Update","fingerprint":"52eaa81b1083748d"},
            {"destination":"msExchExtensionCustomAttribute3","flowType":"Direct","mergeType":"Update","fingerprint":"df2557167f5cc327"},
            {"destination":"msExchExtensionCustomAttribute4","flowType":"Direct","mergeType":"Update","fingerprint":"fa490f29b2350ffd"},
            {"destination":"msExchExtensionCustomAttribute5","flowType":"Direct","mergeType":"Update","fingerprint":"c5bc1a9fbe5d9908"},
            {"destination":"msExchHideFromAddressLists","flowType":"Direct","mergeType":"Update","fingerprint":"d47819050acd6836"},
            {"destination":"msExchImmutableId","flowType":"Direct","mergeType":"Update","fingerprint":"830da6864d5eeea7"},
            {"destination":"msExchLitigationHoldDate","flowType":"Direct","mergeType":"Update","fingerprint":"cc5532bb85ceac3f"},
            {"destination":"msExchLitigationHoldOwner","flowType":"Direct","mergeType":"Update","fingerprint":"8d66e4de047d59a4"},
            {"destination":"msExchMailboxAuditEnable","flowType":"Direct","mergeType":"Update","fingerprint":"98b0e3bcca7f6045"},
            {"destination":"msExchMailboxAuditLogAgeLimit","flowType":"Direct","mergeType":"Update","fingerprint":"f8beaca333459ddb"},
            {"destination":"msExchMailboxGuid","flowType":"Direct","mergeType":"Update","fingerprint":"f67ccb349275aa46"},
            {"destination":"msExchModeratedByLink","flowType":"Direct","mergeType":"Update","fingerprint":"ba2bbeaafa237aa4"},
            {"destination":"msExchModerationFlags","flowType":"Direct","mergeType":"Update","fingerprint":"a81315dfb083f625"},
            {"destination":"msExchRecipientDisplayType","flowType":"Direct","mergeType":"Update","fingerprint":"2622081cc1861183"},
            {"destination":"msExchRecipientTypeDetails","flowType":"Direct","mergeType":"Update","fingerprint":"78f75dcdd84bd24b"},
            {"destination":"msExchRemoteRecipientType","flowType":"Direct","mergeType":"Update","fingerprint":"91282f4e3b7e7d45"},
            {"destination":"msExchRequireAuthToSendTo","flowType":"Direct","mergeType":"Update","fingerprint":"1b54700262d1dbf0"},
            {"destination":"msExchResourceCapacity","flowType":"Direct","mergeType":"Update","fingerprint":"8147f2b35baf2d58"},
            {"destination":"msExchResourceDisplay","flowType":"Direct","mergeType":"Update","fingerprint":"955e962e6762792e"},
            {"destination":"msExchResourceMetadata","flowType":"Direct","mergeType":"Update","fingerprint":"7a1e22a791072f9a"},
            {"destination":"msExchResourceSearchProperties","flowType":"Direct","mergeType":"Update","fingerprint":"35ee3f3c08cd0ed7"},
            {"destination":"msExchRetentionComment","flowType":"Direct","mergeType":"Update","fingerprint":"863b8bd423391d12"},
            {"destination":"msExchRetentionUrl","flowType":"Direct","mergeType":"Update","fingerprint":"ab781ad145d7413d"},
            {"destination":"msExchSafeRecipientsHash","flowType":"Direct","mergeType":"Update","fingerprint":"8afbf2515d82edea"},
            {"destination":"msExchSafeSendersHash","flowType":"Direct","mergeType":"Update","fingerprint":"54dd664365c2307f"},
            {"destination":"msExchSenderHintTranslations","flowType":"Direct","mergeType":"Update","fingerprint":"e98341c9e1281163"},
            {"destination":"msExchTeamMailboxExpiration","flowType":"Direct","mergeType":"Update","fingerprint":"22a6b4cf95d306fa"},
            {"destination":"msExchTeamMailboxOwners","flowType":"Direct","mergeType":"Update","fingerprint":"0815fd0ee724c6b3"},
            {"destination":"msExchTeamMailboxSharePointUrl","flowType":"Direct","mergeType":"Update","fingerprint":"2a691891d633adff"},
            {"destination":"msExchUserHoldPolicies","flowType":"Direct","mergeType":"Update","fingerprint":"76adcaaecd1851ae"},
            {"destination":"onPremisesUserPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7c7f6ad97c71b1b2"},
            {"destination":"otherFacsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"8e4db520b5e0a97e"},
            {"destination":"otherHomePhone","flowType":"Direct","mergeType":"Update","fingerprint":"cccb78ae8eadb6fc"},
            {"destination":"otherTelephone","flowType":"Direct","mergeType":"Update","fingerprint":"fdc0ca57638da74a"},
            {"destination":"pager","flowType":"Direct","mergeType":"Update","fingerprint":"ce8a5b350500e513"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Direct","mergeType":"Update","fingerprint":"680af3eb0ba29961"},
            {"destination":"postalCode","flowType":"Direct","mergeType":"Update","fingerprint":"9d9136586e4ef75a"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"publicDelegates","flowType":"Direct","mergeType":"Update","fingerprint":"ac8c64d486168d9a"},
            {"destination":"state","flowType":"Direct","mergeType":"Update","fingerprint":"965c22cf740cbba5"},
            {"destination":"streetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"4eba161b6dd37ba2"},
            {"destination":"surname","flowType":"Direct","mergeType":"Update","fingerprint":"6d23973da6d8c717"},
            {"destination":"targetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"e4143e37c8f13c5c"},
            {"destination":"telephoneAssistant","flowType":"Direct","mergeType":"Update","fingerprint":"10498ee31f9901d8"},
            {"destination":"telephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"f7d06aa1960ba871"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Direct","mergeType":"Update","fingerprint":"7dc2030a8f2a5833"},
            {"destination":"unauthOrig","flowType":"Direct","mergeType":"Update","fingerprint":"64d308768d3a6ca4"},
            {"destination":"userCertificate","flowType":"Direct","mergeType":"Update","fingerprint":"b8b733d4d3aa8cbd"},
            {"destination":"userPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7741860342d1a620"},
            {"destination":"userSMIMECertificate","flowType":"Direct","mergeType":"Update","fingerprint":"5bf690ae1faa5a58"},
            {"destination":"wWWHomePage","flowType":"Direct","mergeType":"Update","fingerprint":"dce114a8d8f79816"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "f62d45b46329dad5",
              "clauses": [{"attribute":"sourceObjectType","fingerprint":"4554059924207a4b"},{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]
            }
          ],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADUserIdentity.": {
      "agnosticTag": "Microsoft.OuttoAADUserIdentity.",
      "names": ["Out to AAD - User Identity"],
      "versions": {
        "Microsoft.OuttoAADUserIdentity.005": {
          "tag": "Microsoft.OuttoAADUserIdentity.005",
          "version": 5,
          "name": "Out to AAD - User Identity",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "user",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["e29790d1-ccb0-4829-ad45-b96bc68a184c"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"d7e200ea0ae75114"},
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"givenName","flowType":"Direct","mergeType":"Update","fingerprint":"2e12a83d9d411254"},
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"onPremisesUserPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7c7f6ad97c71b1b2"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"surname","flowType":"Direct","mergeType":"Update","fingerprint":"6d23973da6d8c717"},
            {"destination":"userPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7741860342d1a620"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "f62d45b46329dad5",
              "clauses": [{"attribute":"sourceObjectType","fingerprint":"4554059924207a4b"},{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]
            }
          ],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADUserIntune.": {
      "agnosticTag": "Microsoft.OuttoAADUserIntune.",
      "names": ["Out to AAD - User Intune"],
      "versions": {
        "Microsoft.OuttoAADUserIntune.004": {
          "tag": "Microsoft.OuttoAADUserIntune.004",
          "version": 4,
          "name": "Out to AAD - User Intune",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "user",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["38f71936-9dc9-4316-b140-5f256db98c82"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"d7e200ea0ae75114"},
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"onPremisesUserPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7c7f6ad97c71b1b2"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"userPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7741860342d1a620"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "f62d45b46329dad5",
              "clauses": [{"attribute":"sourceObjectType","fingerprint":"4554059924207a4b"},{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]
            }
          ],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADUserJoin.": {
      "agnosticTag": "Microsoft.OuttoAADUserJoin.",
      "names": ["Out to AAD - User Join"],
      "versions": {
        "Microsoft.OuttoAADUserJoin.006": {
          "tag": "Microsoft.OuttoAADUserJoin.006",
          "version": 6,
          "name": "Out to AAD - User Join",
          "direction": "Outbound",
          "linkType": "Provision",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "user",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["6f1bc185-65f9-4175-a31e-70fc975f464a"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"d7e200ea0ae75114"},
            {"destination":"commonName","flowType":"Direct","mergeType":"Update","fingerprint":"dc7203cab05cc4d6"},
            {"destination":"dn","flowType":"Expression","mergeType":"Update","fingerprint":"7e74a5e5ef2e5ecc"},
            {"destination":"dnsDomainName","flowType":"Direct","mergeType":"Update","fingerprint":"767381ed0399bb69"},
            {"destination":"lastPasswordChangeTimestamp","flowType":"Direct","mergeType":"Update","fingerprint":"21d5b7433e4e612d"},
            {"destination":"netBiosName","flowType":"Direct","mergeType":"Update","fingerprint":"e312b2bc82d13e9b"},
            {"destination":"onPremiseSecurityIdentifier","flowType":"Direct","mergeType":"Update","fingerprint":"81e259c1c7c62f1b"},
            {"destination":"onPremisesSamAccountName","flowType":"Direct","mergeType":"Update","fingerprint":"3b703d9d1c4f0f23"},
            {"destination":"sourceAnchor","flowType":"Expression","mergeType":"Update","fingerprint":"0fc3ae34ceaeb3de"},
            {"destination":"usageLocation","flowType":"Expression","mergeType":"Update","fingerprint":"17091ec94ab8ca7e"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "9ecbc1d3b94bc3f3",
              "clauses": [
                {"attribute":"accountEnabled","fingerprint":"4277a1b277e47bfb"},
                {"attribute":"sourceObjectType","fingerprint":"4554059924207a4b"},
                {"attribute":"cloudFiltered","fingerprint":"9610ee7dd30e9bf1"},
                {"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"},
                {"attribute":"sourceAnchor","fingerprint":"fe993b5626542dcb"}
              ]
            }
          ],
          "joinGroups": [{"fingerprint":"93bef973e055e3c0","conditions":[{"csAttribute":"sourceAnchor","mvAttribute":"sourceAnchor","fingerprint":"837ec80412ba0da5"}]}],
          "enablePasswordSync": true
        }
      }
    },
    "Microsoft.OuttoAADUserLyncOnline.": {
      "agnosticTag": "Microsoft.OuttoAADUserLyncOnline.",
      "names": ["Out to AAD - User LyncOnline"],
      "versions": {
        "Microsoft.OuttoAADUserLyncOnline.004": {
          "tag": "Microsoft.OuttoAADUserLyncOnline.004",
          "version": 4,
          "name": "Out to AAD - User LyncOnline",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "user",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["43b67eb7-0583-4a07-a3a7-bd32be2b0c6c"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"d7e200ea0ae75114"},
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"city","flowType":"Direct","mergeType":"Update","fingerprint":"63694d2dbe2fb66c"},
            {"destination":"company","flowType":"Direct","mergeType":"Update","fingerprint":"0b1474c635799ad5"},
            {"destination":"country","flowType":"Direct","mergeType":"Update","fingerprint":"458268b63a5c767e"},
            {"destination":"department","flowType":"Direct","mergeType":"Update","fingerprint":"d202bb3c83e9aa24"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"facsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"742d783bb96a7499"},
            {"destination":"givenName","flowType":"Direct","mergeType":"Update","fingerprint":"2e12a83d9d411254"},
            {"destination":"homePhone","flowType":"Direct","mergeType":"Update","fingerprint":"22a60194f827f5c8"},
            {"destination":"ipPhone","flowType":"Direct","mergeType":"Update","fingerprint":"19d5374c37d95d95"},
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"mobile","flowType":"Direct","mergeType":"Update","fingerprint":"3566a5ceb7ef6b35"},
            {"destination":"msExchHideFromAddressLists","flowType":"Direct","mergeType":"Update","fingerprint":"d47819050acd6836"},
            {"destination":"msRtcSipApplicationOptions","flowType":"Direct","mergeType":"Update","fingerprint":"05bb7b75f041345d"},
            {"destination":"msRtcSipDeploymentLocator","flowType":"Direct","mergeType":"Update","fingerprint":"68bb4a2500174bbf"},
            {"destination":"msRtcSipLine","flowType":"Direct","mergeType":"Update","fingerprint":"2891bca9dbde1e26"},
            {"destination":"msRtcSipOptionFlags","flowType":"Direct","mergeType":"Update","fingerprint":"27ea425d80e8fc56"},
            {"destination":"msRtcSipOwnerUrn","flowType":"Direct","mergeType":"Update","fingerprint":"0d793e3c8614587e"},
            {"destination":"msRtcSipPrimaryUserAddress","flowType":"Direct","mergeType":"Update","fingerprint":"d94f51a88690a2d6"},
            {"destination":"msRtcSipUserEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"bf88eba9a98e5f40"},
            {"destination":"onPremisesUserPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7c7f6ad97c71b1b2"},
            {"destination":"otherTelephone","flowType":"Direct","mergeType":"Update","fingerprint":"fdc0ca57638da74a"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Direct","mergeType":"Update","fingerprint":"680af3eb0ba29961"},
            {"destination":"postalCode","flowType":"Direct","mergeType":"Update","fingerprint":"9d9136586e4ef75a"},
            {"destination":"preferredLanguage","flowType":"Direct","mergeType":"Update","fingerprint":"b20e8c920b323512"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"state","flowType":"Direct","mergeType":"Update","fingerprint":"965c22cf740cbba5"},
            {"destination":"streetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"4eba161b6dd37ba2"},
            {"destination":"surname","flowType":"Direct","mergeType":"Update","fingerprint":"6d23973da6d8c717"},
            {"destination":"telephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"f7d06aa1960ba871"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Direct","mergeType":"Update","fingerprint":"7dc2030a8f2a5833"},
            {"destination":"userPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7741860342d1a620"},
            {"destination":"wWWHomePage","flowType":"Direct","mergeType":"Update","fingerprint":"dce114a8d8f79816"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "f62d45b46329dad5",
              "clauses": [{"attribute":"sourceObjectType","fingerprint":"4554059924207a4b"},{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]
            }
          ],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADUserOfficeProPlus.": {
      "agnosticTag": "Microsoft.OuttoAADUserOfficeProPlus.",
      "names": ["Out to AAD - User OfficeProPlus"],
      "versions": {
        "Microsoft.OuttoAADUserOfficeProPlus.004": {
          "tag": "Microsoft.OuttoAADUserOfficeProPlus.004",
          "version": 4,
          "name": "Out to AAD - User OfficeProPlus",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "user",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["7d833b2f-c66c-4e54-aedd-5e28d5bc3945"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"onPremisesUserPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7c7f6ad97c71b1b2"},
            {"destination":"userPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7741860342d1a620"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "f62d45b46329dad5",
              "clauses": [{"attribute":"sourceObjectType","fingerprint":"4554059924207a4b"},{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]
            }
          ],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoAADUserSharePointOnline.": {
      "agnosticTag": "Microsoft.OuttoAADUserSharePointOnline.",
      "names": ["Out to AAD - User SharePointOnline"],
      "versions": {
        "Microsoft.OuttoAADUserSharePointOnline.004": {
          "tag": "Microsoft.OuttoAADUserSharePointOnline.004",
          "version": 4,
          "name": "Out to AAD - User SharePointOnline",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AAD",
          "sourceObjectType": "person",
          "targetObjectType": "user",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["6bda256d-2e9e-44e1-aeed-0442ce4db6d9"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"accountEnabled","flowType":"Direct","mergeType":"Update","fingerprint":"d7e200ea0ae75114"},
            {"destination":"alias","flowType":"Direct","mergeType":"Update","fingerprint":"ed25d9f15b7b13f8"},
            {"destination":"authOrig","flowType":"Direct","mergeType":"Update","fingerprint":"08ed76010ab7258f"},
            {"destination":"city","flowType":"Direct","mergeType":"Update","fingerprint":"63694d2dbe2fb66c"},
            {"destination":"company","flowType":"Direct","mergeType":"Update","fingerprint":"0b1474c635799ad5"},
            {"destination":"country","flowType":"Direct","mergeType":"Update","fingerprint":"458268b63a5c767e"},
            {"destination":"countryCode","flowType":"Expression","mergeType":"Update","fingerprint":"b346fb806e5442ce"},
            {"destination":"dLMemRejectPerms","flowType":"Direct","mergeType":"Update","fingerprint":"6513b46df40fe2ac"},
            {"destination":"dLMemSubmitPerms","flowType":"Direct","mergeType":"Update","fingerprint":"2d826f23fad4d8d1"},
            {"destination":"department","flowType":"Direct","mergeType":"Update","fingerprint":"d202bb3c83e9aa24"},
            {"destination":"description","flowType":"Direct","mergeType":"Update","fingerprint":"a0ba0d0d8bb8cbce"},
            {"destination":"displayName","flowType":"Direct","mergeType":"Update","fingerprint":"55fe37b6999421ed"},
            {"destination":"extensionAttribute1","flowType":"Direct","mergeType":"Update","fingerprint":"b1cdae096ba0b084"},
            {"destination":"extensionAttribute10","flowType":"Direct","mergeType":"Update","fingerprint":"cdb83d00732c4f93"},
            {"destination":"extensionAttribute11","flowType":"Direct","mergeType":"Update","fingerprint":"2952b920c615cf64"},
            {"destination":"extensionAttribute12","flowType":"Direct","mergeType":"Update","fingerprint":"49f8256243f60c72"},
            {"destination":"extensionAttribute13","flowType":"Direct","mergeType":"Update","fingerprint":"8c6607197bb3daad"},
            {"destination":"extensionAttribute14","flowType":"Direct","mergeType":"Update","fingerprint":"8ae29fc92096e1a3"},
            {"destination":"extensionAttribute15","flowType":"Direct","mergeType":"Update","fingerprint":"df96835e7e39b3dd"},
            {"destination":"extensionAttribute2","flowType":"Direct","mergeType":"Update","fingerprint":"4039c9172653f916"},
            {"destination":"extensionAttribute3","flowType":"Direct","mergeType":"Update","fingerprint":"66716fe89c042712"},
            {"destination":"extensionAttribute4","flowType":"Direct","mergeType":"Update","fingerprint":"619e1a0f151897a5"},
            {"destination":"extensionAttribute5","flowType":"Direct","mergeType":"Update","fingerprint":"9f39cd33598103ca"},
            {"destination":"extensionAttribute6","flowType":"Direct","mergeType":"Update","fingerprint":"72ea304de5d4f8ac"},
            {"destination":"extensionAttribute7","flowType":"Direct","mergeType":"Update","fingerprint":"d704e974ff345699"},
            {"destination":"extensionAttribute8","flowType":"Direct","mergeType":"Update","fingerprint":"8fb2a786cd0bb606"},
            {"destination":"extensionAttribute9","flowType":"Direct","mergeType":"Update","fingerprint":"a3d85b05fe58641c"},
            {"destination":"facsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"742d783bb96a7499"},
            {"destination":"givenName","flowType":"Direct","mergeType":"Update","fingerprint":"2e12a83d9d411254"},
            {"destination":"homePhone","flowType":"Direct","mergeType":"Update","fingerprint":"22a60194f827f5c8"},
            {"destination":"info","flowType":"Direct","mergeType":"Update","fingerprint":"f1e4589f44ecd71e"},
            {"destination":"initials","flowType":"Direct","mergeType":"Update","fingerprint":"b001dd0884ef79dd"},
            {"destination":"ipPhone","flowType":"Direct","mergeType":"Update","fingerprint":"19d5374c37d95d95"},
            {"destination":"mail","flowType":"Direct","mergeType":"Update","fingerprint":"94ee491006350fe2"},
            {"destination":"manager","flowType":"Direct","mergeType":"Update","fingerprint":"9586ea2f8c08d32e"},
            {"destination":"middleName","flowType":"Direct","mergeType":"Update","fingerprint":"484ff1c0fd1fd8d5"},
            {"destination":"mobile","flowType":"Direct","mergeType":"Update","fingerprint":"3566a5ceb7ef6b35"},
            {"destination":"msExchTeamMailboxExpiration","flowType":"Direct","mergeType":"Update","fingerprint":"22a6b4cf95d306fa"},
            {"destination":"msExchTeamMailboxOwners","flowType":"Direct","mergeType":"Update","fingerprint":"0815fd0ee724c6b3"},
            {"destination":"msExchTeamMailboxSharePointLinkedBy","flowType":"Direct","mergeType":"Update","fingerprint":"aecce196d28c8c86"},
            {"destination":"msExchTeamMailboxSharePointUrl","flowType":"Direct","mergeType":"Update","fingerprint":"2a691891d633adff"},
            {"destination":"onPremisesUserPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7c7f6ad97c71b1b2"},
            {"destination":"otherFacsimileTelephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"8e4db520b5e0a97e"},
            {"destination":"otherHomePhone","flowType":"Direct","mergeType":"Update","fingerprint":"cccb78ae8eadb6fc"},
            {"destination":"otherIpPhone","flowType":"Direct","mergeType":"Update","fingerprint":"2f2723db46b3a720"},
            {"destination":"otherMobile","flowType":"Direct","mergeType":"Update","fingerprint":"07ef54887d2d8a70"},
            {"destination":"otherPager","flowType":"Direct","mergeType":"Update","fingerprint":"7ea77ec9e972e17f"},
            {"destination":"otherTelephone","flowType":"Direct","mergeType":"Update","fingerprint":"fdc0ca57638da74a"},
            {"destination":"pager","flowType":"Direct","mergeType":"Update","fingerprint":"ce8a5b350500e513"},
            {"destination":"physicalDeliveryOfficeName","flowType":"Direct","mergeType":"Update","fingerprint":"680af3eb0ba29961"},
            {"destination":"postOfficeBox","flowType":"Direct","mergeType":"Update","fingerprint":"8d8a4590cd42b847"},
            {"destination":"postalCode","flowType":"Direct","mergeType":"Update","fingerprint":"9d9136586e4ef75a"},
            {"destination":"preferredLanguage","flowType":"Direct","mergeType":"Update","fingerprint":"b20e8c920b323512"},
            {"destination":"proxyAddresses","flowType":"Direct","mergeType":"Update","fingerprint":"ec21ebfee96bd874"},
            {"destination":"state","flowType":"Direct","mergeType":"Update","fingerprint":"965c22cf740cbba5"},
            {"destination":"streetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"4eba161b6dd37ba2"},
            {"destination":"surname","flowType":"Direct","mergeType":"Update","fingerprint":"6d23973da6d8c717"},
            {"destination":"targetAddress","flowType":"Direct","mergeType":"Update","fingerprint":"e4143e37c8f13c5c"},
            {"destination":"telephoneAssistant","flowType":"Direct","mergeType":"Update","fingerprint":"10498ee31f9901d8"},
            {"destination":"telephoneNumber","flowType":"Direct","mergeType":"Update","fingerprint":"f7d06aa1960ba871"},
            {"destination":"thumbnailPhoto","flowType":"Direct","mergeType":"Update","fingerprint":"73d7a312960735c3"},
            {"destination":"title","flowType":"Direct","mergeType":"Update","fingerprint":"7dc2030a8f2a5833"},
            {"destination":"unauthOrig","flowType":"Direct","mergeType":"Update","fingerprint":"64d308768d3a6ca4"},
            {"destination":"url","flowType":"Direct","mergeType":"Update","fingerprint":"a3e0ecd43eaf93d2"},
            {"destination":"userPrincipalName","flowType":"Direct","mergeType":"Update","fingerprint":"7741860342d1a620"},
            {"destination":"wWWHomePage","flowType":"Direct","mergeType":"Update","fingerprint":"dce114a8d8f79816"}
          ],
          "scopeGroups": [
            {
              "fingerprint": "f62d45b46329dad5",
              "clauses": [{"attribute":"sourceObjectType","fingerprint":"4554059924207a4b"},{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]
            }
          ],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoADContactExchangeHybrid.": {
      "agnosticTag": "Microsoft.OuttoADContactExchangeHybrid.",
      "names": ["Out to AD - Contact Exchange Hybrid"],
      "versions": {
        "Microsoft.OuttoADContactExchangeHybrid.003": {
          "tag": "Microsoft.OuttoADContactExchangeHybrid.003",
          "version": 3,
          "name": "Out to AD - Contact Exchange Hybrid",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "person",
          "targetObjectType": "contact",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["ed501e7e-451a-45fd-985e-e62709a48c06"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [{"destination":"proxyAddresses","flowType":"Expression","mergeType":"MergeCaseInsensitive","fingerprint":"be50e90501fd35b1"}],
          "scopeGroups": [],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoADContactJoin.": {
      "agnosticTag": "Microsoft.OuttoADContactJoin.",
      "names": ["Out to AD - Contact Join"],
      "versions": {
        "Microsoft.OuttoADContactJoin.003": {
          "tag": "Microsoft.OuttoADContactJoin.003",
          "version": 3,
          "name": "Out to AD - Contact Join",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "person",
          "targetObjectType": "contact",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["8b4947d0-b442-4de6-b58b-bbe547813364"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [],
          "scopeGroups": [],
          "joinGroups": [{"fingerprint":"a9ee325bf602b83b","conditions":[{"csAttribute":"mail","mvAttribute":"mail","fingerprint":"c3a4fcb272c69fec"}]}]
        }
      }
    },
    "Microsoft.OuttoADGroupExchangeHybrid.": {
      "agnosticTag": "Microsoft.OuttoADGroupExchangeHybrid.",
      "names": ["Out to AD - Group Exchange Hybrid"],
      "versions": {
        "Microsoft.OuttoADGroupExchangeHybrid.004": {
          "tag": "Microsoft.OuttoADGroupExchangeHybrid.004",
          "version": 4,
          "name": "Out to AD - Group Exchange Hybrid",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["212ff12d-a3e7-455b-b4d1-ac8a45d4eeb8"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [{"destination":"proxyAddresses","flowType":"Expression","mergeType":"MergeCaseInsensitive","fingerprint":"be50e90501fd35b1"}],
          "scopeGroups": [{"fingerprint":"eb0f058d9b834e1c","clauses":[{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]}],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoADGroupJoin.": {
      "agnosticTag": "Microsoft.OuttoADGroupJoin.",
      "names": ["Out to AD - Group Join"],
      "versions": {
        "Microsoft.OuttoADGroupJoin.004": {
          "tag": "Microsoft.OuttoADGroupJoin.004",
          "version": 4,
          "name": "Out to AD - Group Join",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "group",
          "targetObjectType": "group",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["3e8b91b0-e20c-408d-9ba9-3dc1dce10fa2"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [],
          "scopeGroups": [{"fingerprint":"eb0f058d9b834e1c","clauses":[{"attribute":"cloudMastered","fingerprint":"e775fb9b9651f062"}]}],
          "joinGroups": [{"fingerprint":"fd7c04dabc17f0b6","conditions":[{"csAttribute":"objectGUID","mvAttribute":"sourceAnchorBinary","fingerprint":"df30421a66ab5c34"}]}]
        }
      }
    },
    "Microsoft.OuttoADInetOrgPersonExchangeHybrid.": {
      "agnosticTag": "Microsoft.OuttoADInetOrgPersonExchangeHybrid.",
      "names": ["Out to AD - InetOrgPerson Exchange Hybrid"],
      "versions": {
        "Microsoft.OuttoADInetOrgPersonExchangeHybrid.003": {
          "tag": "Microsoft.OuttoADInetOrgPersonExchangeHybrid.003",
          "version": 3,
          "name": "Out to AD - InetOrgPerson Exchange Hybrid",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "person",
          "targetObjectType": "inetOrgPerson",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["742af925-f60c-47e0-bfae-c1c5166286d7"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"msExchBlockedSendersHash","flowType":"Expression","mergeType":"Update","fingerprint":"66d0b090a9c9ff47"},
            {"destination":"msExchSafeRecipientsHash","flowType":"Expression","mergeType":"Update","fingerprint":"404e3388a0790dd1"},
            {"destination":"msExchSafeSendersHash","flowType":"Expression","mergeType":"Update","fingerprint":"cb1d4f2dca932bb0"},
            {"destination":"msExchUCVoiceMailSettings","flowType":"Direct","mergeType":"Update","fingerprint":"9bcbc222013530cf"},
            {"destination":"msExchUserHoldPolicies","flowType":"Expression","mergeType":"Update","fingerprint":"fbcf03a193aa6fd4"},
            {"destination":"proxyAddresses","flowType":"Expression","mergeType":"MergeCaseInsensitive","fingerprint":"be50e90501fd35b1"}
          ],
          "scopeGroups": [{"fingerprint":"febdc22a6a0ea2c3","clauses":[{"attribute":"contributingConnectorExchange","fingerprint":"4d1fa362a03166ea"}]}],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoADInetOrgPersonJoin.": {
      "agnosticTag": "Microsoft.OuttoADInetOrgPersonJoin.",
      "names": ["Out to AD - InetOrgPerson Join"],
      "versions": {
        "Microsoft.OuttoADInetOrgPersonJoin.003": {
          "tag": "Microsoft.OuttoADInetOrgPersonJoin.003",
          "version": 3,
          "name": "Out to AD - InetOrgPerson Join",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "person",
          "targetObjectType": "inetOrgPerson",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["2fe36c5f-5753-4837-bc9a-006623b9170c"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [],
          "scopeGroups": [],
          "joinGroups": [
            {"fingerprint":"34152b301c878e47","conditions":[{"csAttribute":"objectSid","mvAttribute":"objectSid","fingerprint":"a624e1b43e4352f4"}]},
            {
              "fingerprint": "6b40d5b7ff9d038b",
              "conditions": [{"csAttribute":"msExchMasterAccountSid","mvAttribute":"objectSid","fingerprint":"6c1315577501674e"}]
            },
            {
              "fingerprint": "457819976a8bcf29",
              "conditions": [{"csAttribute":"objectSid","mvAttribute":"msExchMasterAccountSid","fingerprint":"b256c5a9a3259dad"}]
            },
            {
              "fingerprint": "9f2b20355e898c71",
              "conditions": [{"csAttribute":"msRTCSIP-OriginatorSid","mvAttribute":"objectSid","fingerprint":"e495c57a7174e18f"}]
            },
            {
              "fingerprint": "e0843f474bf29eb1",
              "conditions": [{"csAttribute":"objectSid","mvAttribute":"msRTCSIP-OriginatorSid","fingerprint":"91b8c43e57609a9e"}]
            }
          ]
        }
      }
    },
    "Microsoft.OuttoADUserExchangeHybrid.": {
      "agnosticTag": "Microsoft.OuttoADUserExchangeHybrid.",
      "names": ["Out to AD - User Exchange Hybrid"],
      "versions": {
        "Microsoft.OuttoADUserExchangeHybrid.003": {
          "tag": "Microsoft.OuttoADUserExchangeHybrid.003",
          "version": 3,
          "name": "Out to AD - User Exchange Hybrid",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "person",
          "targetObjectType": "user",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["e7165896-0027-41d0-bd87-509b984a281e"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [
            {"destination":"msExchBlockedSendersHash","flowType":"Expression","mergeType":"Update","fingerprint":"66d0b090a9c9ff47"},
            {"destination":"msExchSafeRecipientsHash","flowType":"Expression","mergeType":"Update","fingerprint":"404e3388a0790dd1"},
            {"destination":"msExchSafeSendersHash","flowType":"Expression","mergeType":"Update","fingerprint":"cb1d4f2dca932bb0"},
            {"destination":"msExchUCVoiceMailSettings","flowType":"Direct","mergeType":"Update","fingerprint":"9bcbc222013530cf"},
            {"destination":"msExchUserHoldPolicies","flowType":"Expression","mergeType":"Update","fingerprint":"fbcf03a193aa6fd4"},
            {"destination":"proxyAddresses","flowType":"Expression","mergeType":"MergeCaseInsensitive","fingerprint":"be50e90501fd35b1"}
          ],
          "scopeGroups": [],
          "joinGroups": []
        }
      }
    },
    "Microsoft.OuttoADUserJoinSOAInAD.": {
      "agnosticTag": "Microsoft.OuttoADUserJoinSOAInAD.",
      "names": ["Out to AD - User Join SOAInAD"],
      "versions": {
        "Microsoft.OuttoADUserJoinSOAInAD.004": {
          "tag": "Microsoft.OuttoADUserJoinSOAInAD.004",
          "version": 4,
          "name": "Out to AD - User Join SOAInAD",
          "direction": "Outbound",
          "linkType": "Join",
          "connector": "AD",
          "sourceObjectType": "person",
          "targetObjectType": "user",
          "softDeleteExpiryInterval": "00:00:00",
          "seenIn": ["contoso-1.1.130"],
          "identifiers": ["71316c22-a94c-4e14-9e83-e27a4c0b9bd7"],
          "settings": {"anchorAttribute":"objectGUID","upnAttribute":"userPrincipalName","joinCriteria":"ObjectSID"},
          "flows": [],
          "scopeGroups": [{"fingerprint":"1a6929cda0de2034","clauses":[{"attribute":"cloudMastered","fingerprint":"236b198114017506"}]}],
          "joinGroups": [
            {"fingerprint":"34152b301c878e47","conditions":[{"csAttribute":"objectSid","mvAttribute":"objectSid","fingerprint":"a624e1b43e4352f4"}]},
            {
              "fingerprint": "6b40d5b7ff9d038b",
              "conditions": [{"csAttribute":"msExchMasterAccountSid","mvAttribute":"objectSid","fingerprint":"6c1315577501674e"}]
            },
            {
              "fingerprint": "457819976a8bcf29",
              "conditions": [{"csAttribute":"objectSid","mvAttribute":"msExchMasterAccountSid","fingerprint":"b256c5a9a3259dad"}]
            },
            {
              "fingerprint": "9f2b20355e898c71",
              "conditions": [{"csAttribute":"msRTCSIP-OriginatorSid","mvAttribute":"objectSid","fingerprint":"e495c57a7174e18f"}]
            },
            {
              "fingerprint": "e0843f474bf29eb1",
              "conditions": [{"csAttribute":"objectSid","mvAttribute":"msRTCSIP-OriginatorSid","fingerprint":"91b8c43e57609a9e"}]
            }
          ]
        }
      }
    }
  }
};

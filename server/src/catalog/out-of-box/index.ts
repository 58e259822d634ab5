export { outOfBox, OutOfBoxLookup, type TagLookup } from './lookup';
export { isStandardTag, splitTag, tagFollowsFromName } from './tag';
export { connectorKind } from './connector-kind';
export { settingsOf, agreement, type SettingAgreement } from './wizard-settings';
export * from './fingerprint';
export type * from './types';

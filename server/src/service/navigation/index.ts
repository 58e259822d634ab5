export { documentSymbols } from './document-symbols';
export { foldingRanges } from './folding-ranges';
export { definition, guidToFind, type LocalDefinition } from './definition';
export { references } from './references';
export { navigationHover } from './hover';
export type { NavigationDocument } from './navigation-document';
export { attributeDefinitions, attributeReferences, type FileRange, type OtherFiles } from './attribute-references';
export type { AttributeOccurrence } from './attribute-occurrences';

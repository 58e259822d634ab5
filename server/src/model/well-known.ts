/** The Entra ID (Azure AD) connector has this GUID on every server; AD connectors get a new one per installation. */
export const ENTRA_CONNECTOR_ID = 'b891884f-051e-4a83-95af-2544101c9083';

/** What PrecedenceBefore/After hold when a rule is not placed relative to another one. */
export const UNSET_GUID = '00000000-0000-0000-0000-000000000000';

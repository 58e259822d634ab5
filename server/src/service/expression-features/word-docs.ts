/**
 * What the bare words and parameters of the expression language mean, in one line each, for hover and
 * completion. (DOMAIN §8.1, §8.4; the catalog knows the words, this file explains them.)
 */
export const WORD_DOCS: Record<string, string> = {
  True: 'Boolean true.',
  False: 'Boolean false.',
  NULL: 'No value: this flow contributes nothing, so a lower-precedence rule may still supply one; if none does, the target value is removed.',
  AuthoritativeNull: 'No value, and final: the target value is removed and no lower-precedence rule can supply one.',
  IgnoreThisFlow: 'Contributes nothing and removes nothing: the target keeps its value, as if this flow were not there.',
  CRLF: 'A carriage return and line feed: a line break inside the resulting string.',
  CaseSensitive: 'For Contains: match with case.',
  CaseInsensitive: 'For Contains: match ignoring case.',
  vbTextCompare: 'For InStr and InStrRev: compare ignoring case.',
  vbBinaryCompare: 'For InStr and InStrRev: compare exact characters, with case.',
  Unicode: 'For ConvertFromBase64: read the decoded bytes as UTF-16 (the default).',
  ASCII: 'For ConvertFromBase64: read the decoded bytes as ASCII.',
  UTF8: 'For ConvertFromBase64: read the decoded bytes as UTF-8.',
};

/** The parameters the sync engine fills in itself; admins may define others. */
export const PARAMETER_DOCS: Record<string, string> = {
  'Domain.Netbios': "NetBIOS name of the object's domain (AD connector, inbound).",
  'Domain.FQDN': "DNS name of the object's domain (AD connector, inbound).",
  'Domain.LDAP': "Distinguished name of the object's domain, DC=… (AD connector, inbound).",
  'Forest.Netbios': "NetBIOS name of the object's forest (AD connector, inbound).",
  'Forest.FQDN': "DNS name of the object's forest (AD connector, inbound).",
  'Forest.LDAP': "Distinguished name of the object's forest root, DC=… (AD connector, inbound).",
  'Connector.ID': 'GUID of the connector the rule belongs to.',
};

export const UNKNOWN_PARAMETER_DOC = 'A parameter defined on the server, not one the sync engine fills in; its value comes from the server configuration.';

export const VARIABLE_DOC = 'A variable: Where and Select bind it to each value in turn, With to the result of its subexpression.';

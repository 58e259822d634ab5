import { category, opt, p } from './functions-define';

// Every certificate function reads raw certificate bytes (DER or Base64 X.509). The Functions Reference
// repeats the wrong function name in a few syntax lines (CertKeyAlgorithmParams, CertPublicKeyOid,
// CertVersion, IsCert); the return types below follow each heading's text, not those copied lines.
const cert = p('certificateRawData', 'bin');

export const CERTIFICATE_FUNCTIONS = category('certificate', [
  // The engine accepts a second argument (arity 1–2 in its table) that the page does not describe;
  // its type is unknown, so anything is accepted.
  { name: 'CertExtensionOids', arity: [1, 2], returns: 'mvstr', params: [cert, opt('option', 'var')], about: 'Lists the OIDs of the critical extensions of a certificate.' },
  { name: 'CertFormat', arity: [1, 1], returns: 'str', params: [cert], about: 'Names the format of an X.509v3 certificate.' },
  { name: 'CertFriendlyName', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the friendly name (alias) stored with a certificate.' },
  { name: 'CertHashString', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the SHA-1 hash of a certificate as hexadecimal text.' },
  { name: 'CertIssuer', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the name of the authority that issued a certificate.' },
  { name: 'CertIssuerDN', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the distinguished name of the issuer of a certificate.' },
  { name: 'CertIssuerOid', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the OID of the issuer of a certificate.' },
  { name: 'CertKeyAlgorithm', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the key algorithm of a certificate as text.' },
  { name: 'CertKeyAlgorithmParams', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the key algorithm parameters of a certificate as hexadecimal text.' },
  {
    name: 'CertNameInfo',
    arity: [3, 3],
    returns: 'str',
    params: [cert, p('x509NameType', 'str'), p('includesIssuerName', 'bool')],
    about: 'Gives the subject or issuer name of a certificate in the requested X509NameType form.',
  },
  { name: 'CertNotAfter', arity: [1, 1], returns: 'dt', params: [cert], about: 'Gives the date after which a certificate is no longer valid.' },
  { name: 'CertNotBefore', arity: [1, 1], returns: 'dt', params: [cert], about: 'Gives the date from which a certificate is valid.' },
  { name: 'CertPublicKeyOid', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the OID of the public key of a certificate.' },
  { name: 'CertPublicKeyParametersOid', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the OID of the public key parameters of a certificate.' },
  { name: 'CertSerialNumber', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the serial number of a certificate.' },
  { name: 'CertSignatureAlgorithmOid', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the OID of the algorithm that signed a certificate.' },
  { name: 'CertSubject', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the subject distinguished name of a certificate.' },
  { name: 'CertSubjectNameDN', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the subject name of a certificate as a distinguished name.' },
  { name: 'CertSubjectNameOid', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the OID of the subject name of a certificate.' },
  { name: 'CertThumbprint', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the thumbprint of a certificate as text.' },
  // The page's syntax line is a copy of CertThumbprint's; text is the safer reading of "format version".
  { name: 'CertVersion', arity: [1, 1], returns: 'str', params: [cert], about: 'Gives the X.509 format version of a certificate.' },
  { name: 'IsCert', arity: [1, 1], returns: 'bool', params: [cert], about: 'True when the bytes can be read as an X.509 certificate.' },
]);

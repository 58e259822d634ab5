import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FUNCTIONS, findFunction, findFunctionIgnoringCase } from '../../../server/src/catalog/functions';
import type { ExprType, FunctionInfo, FunctionSignature } from '../../../server/src/catalog/function-types';
import { skipWithoutCorpus } from '../../support/corpus';
import { calledNames, corpusExpressions } from './corpus-expressions';

const REFERENCE = 'https://learn.microsoft.com/en-us/entra/identity/hybrid/connect/reference-connect-sync-functions-reference';

/** DOMAIN §8.3 with its grouped rows expanded: the engine's table, exact casing. */
const ENGINE_TABLE = [
  'BitAnd', 'BitOr', 'CBool', 'CDate', 'CGuid', 'CNum', 'CRef', 'CStr', 'CBin',
  'ConvertFromBase64', 'ConvertToBase64', 'ConvertToBinaryFromBase64', 'ConvertFromUTF8Hex', 'ConvertToUTF8Hex',
  'StringFromGuid', 'StringFromSid', 'SidFromString',
  'DateAdd', 'DateFromNum', 'NumFromDate', 'FormatDateTime', 'Now',
  'DNComponent', 'DNComponentRev', 'EscapeDNComponent',
  'IsBitSet', 'IsDate', 'IsEmpty', 'IsGuid', 'IsNull', 'IsNullOrEmpty', 'IsNumeric', 'IsPresent', 'IsString', 'IsCert',
  'CertExtensionOids', 'CertFormat', 'CertFriendlyName', 'CertHashString', 'CertIssuer', 'CertIssuerDN', 'CertIssuerOid',
  'CertKeyAlgorithm', 'CertKeyAlgorithmParams', 'CertNameInfo', 'CertNotAfter', 'CertNotBefore', 'CertPublicKeyOid',
  'CertPublicKeyParametersOid', 'CertSerialNumber', 'CertSignatureAlgorithmOid', 'CertSubject', 'CertSubjectNameDN',
  'CertSubjectNameOid', 'CertThumbprint', 'CertVersion',
  'Contains', 'Count', 'Item', 'ItemOrNull', 'Join', 'Split', 'RemoveDuplicates', 'Concat', 'ValueCount',
  'ImportedValue', 'Error', 'IIF', 'Switch', 'Select', 'Where', 'With',
  'Guid', 'RandomNum', 'RandomStr', 'RegexIsMatch', 'Thumbprint',
  'InStr', 'InStrRev', 'LCase', 'UCase', 'PCase', 'LTrim', 'RTrim', 'Trim', 'Left', 'Right', 'Mid', 'Len',
  'PadLeft', 'PadRight', 'Replace', 'ReplaceChars', 'Word',
];

/** In the engine table but not on the Functions Reference page. */
const UNDOCUMENTED = ['CBin', 'Thumbprint', 'RegexIsMatch', 'RandomStr', 'SidFromString', 'Concat', 'ValueCount', 'ConvertToBinaryFromBase64'];

const EXPR_TYPES: ExprType[] = ['str', 'num', 'bool', 'dt', 'bin', 'ref', 'mvstr', 'mvref', 'mvbin', 'mv', 'var', 'exp', 'enum', 'item', 'void'];

function fn(name: string): FunctionInfo {
  const f = findFunction(name);
  assert.ok(f, `${name} is in the catalogue`);
  return f;
}

/** A signature as text, e.g. `str (str, num)`; optional parameters in brackets, alternatives joined by |. */
function shape(s: FunctionSignature): string {
  const params = s.parameters.map((p) => (p.optional ? `[${p.types.join('|')}]` : p.types.join('|')));
  return `${s.returns} (${params.join(', ')})`;
}

describe('function catalogue: shape', () => {
  it('holds exactly the engine table of DOMAIN §8.3', () => {
    assert.deepEqual(FUNCTIONS.map((f) => f.name).sort(), [...ENGINE_TABLE].sort());
  });

  it('has unique names, also ignoring case', () => {
    const names = FUNCTIONS.map((f) => f.name);
    assert.equal(new Set(names).size, names.length);
    assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length);
  });

  for (const f of FUNCTIONS) {
    it(`${f.name}: arity, signatures and text agree`, () => {
      assert.match(f.name, /^[A-Za-z][A-Za-z0-9]*$/);
      assert.ok(Number.isInteger(f.minArgs) && f.minArgs >= 0, 'minArgs is a whole number');
      assert.ok(Number.isInteger(f.maxArgs) || f.maxArgs === Infinity, 'maxArgs is a whole number or Infinity');
      assert.ok(f.minArgs <= f.maxArgs, 'minArgs ≤ maxArgs');
      assert.ok(f.signatures.length > 0, 'at least one signature');
      for (const s of f.signatures) {
        const required = s.parameters.filter((p) => !p.optional).length;
        assert.ok(required >= f.minArgs, `${shape(s)}: required parameters (${required}) ≥ minArgs`);
        assert.ok(s.parameters.length <= f.maxArgs, `${shape(s)}: parameters (${s.parameters.length}) ≤ maxArgs`);
        const firstOptional = s.parameters.findIndex((p) => p.optional);
        if (firstOptional >= 0) assert.ok(s.parameters.slice(firstOptional).every((p) => p.optional), `${shape(s)}: optional parameters come last`);
        assert.ok(EXPR_TYPES.includes(s.returns), `return type ${s.returns}`);
        for (const p of s.parameters) {
          assert.ok(p.types.length > 0 && p.types.every((t) => EXPR_TYPES.includes(t)), `${p.name}: known types`);
          if (p.types.includes('enum')) assert.ok(p.enumValues && p.enumValues.length > 0, `${p.name}: enum has enumValues`);
        }
      }
      // Some signature must reach each end of the arity range (Switch repeats its pair, so its maximum is open).
      assert.equal(Math.min(...f.signatures.map((s) => s.parameters.filter((p) => !p.optional).length)), f.minArgs, 'a signature needs exactly minArgs');
      if (f.maxArgs !== Infinity) assert.equal(Math.max(...f.signatures.map((s) => s.parameters.length)), f.maxArgs, 'a signature takes maxArgs');
      assert.ok(!/[\r\n]/.test(f.description), 'description is one line');
      assert.ok(f.description.length > 0 && f.description.length <= 140, `description length ${f.description.length} ≤ 140`);
      assert.equal(f.description, f.description.trim(), 'no surrounding spaces');
    });
  }

  it('marks exactly the undocumented engine functions as documented: false', () => {
    assert.deepEqual(FUNCTIONS.filter((f) => !f.documented).map((f) => f.name).sort(), [...UNDOCUMENTED].sort());
  });

  it('links documented functions to their heading and undocumented ones to the page', () => {
    for (const f of FUNCTIONS) {
      const expected = f.documented ? `${REFERENCE}#${f.name.toLowerCase()}` : REFERENCE;
      assert.equal(f.docs, expected, f.name);
      assert.match(f.docs, /^https:\/\/learn\.microsoft\.com\/en-us\/entra\/identity\/hybrid\/connect\/reference-connect-sync-functions-reference(#[a-z0-9]+)?$/);
    }
  });
});

describe('function catalogue: spot checks', () => {
  const cases: [name: string, min: number, max: number, ...signatures: string[]][] = [
    ['Left', 2, 2, 'str (str, num)'],
    ['Right', 2, 2, 'str (str, num)'],
    ['Mid', 2, 3, 'str (str, num, [num])'],
    ['IIF', 3, 3, 'var (exp, var, var)'],
    ['Switch', 2, Infinity, 'var (exp, var)'],
    ['Contains', 2, 3, 'num (mvstr, str, [enum])', 'num (mvref, str)'],
    ['ConvertFromBase64', 1, 2, 'str (str, [enum])'],
    ['ConvertToBase64', 1, 1, 'str (str|bin)'],
    ['InStr', 2, 4, 'num (str, str, [num], [enum])'],
    ['InStrRev', 2, 4, 'num (str, str, [num], [enum])'],
    ['DNComponent', 2, 2, 'str (ref, num)'],
    ['DNComponentRev', 2, 3, 'str (ref, num, [str])'],
    ['ImportedValue', 1, 1, 'var (str)'],
    ['Where', 3, 3, 'mv (item, mv|exp, exp)'],
    ['Select', 3, 3, 'mv (item, mv|exp, var)'],
    ['With', 3, 3, 'var (item, var, var)'],
    ['CBin', 1, 2, 'bin (var, [num])'],
    ['Thumbprint', 1, 1, 'bin (var)'],
    ['Now', 0, 0, 'dt ()'],
    ['Guid', 0, 0, 'str ()'],
    ['Error', 1, 1, 'void (str)'],
    ['DateAdd', 3, 3, 'dt (str, num, dt)'],
    ['FormatDateTime', 2, 2, 'str (dt, str)'],
    ['CertNameInfo', 3, 3, 'str (bin, str, bool)'],
    ['CertNotAfter', 1, 1, 'dt (bin)'],
    ['CertExtensionOids', 1, 2, 'mvstr (bin, [var])'],
    ['Split', 2, 3, 'mvstr (str, str, [num])'],
    ['Join', 1, 2, 'str (mvstr, [str])'],
    ['Count', 1, 1, 'num (mv)'],
    ['Item', 2, 2, 'var (mv, num)'],
    ['StringFromGuid', 1, 1, 'str (bin)'],
    ['CGuid', 1, 1, 'bin (str)'],
    ['IsPresent', 1, 1, 'bool (var)'],
    ['BitAnd', 2, 2, 'num (num, num)'],
    ['PadLeft', 3, 3, 'str (str, num, str)'],
    ['RegexIsMatch', 2, 3, 'bool (str, str, [str])'],
  ];
  for (const [name, min, max, ...signatures] of cases) {
    it(`${name}: ${signatures.join(' / ')}`, () => {
      const f = fn(name);
      assert.equal(f.minArgs, min, 'minArgs');
      assert.equal(f.maxArgs, max, 'maxArgs');
      assert.deepEqual(f.signatures.map(shape), signatures);
    });
  }

  it('spells the enum words exactly as the engine does', () => {
    const last = (name: string, signature = 0) => fn(name).signatures[signature].parameters.at(-1)!;
    assert.deepEqual(last('ConvertFromBase64').enumValues, ['Unicode', 'ASCII', 'UTF8']);
    assert.deepEqual(last('InStr').enumValues, ['vbTextCompare', 'vbBinaryCompare']);
    assert.deepEqual(last('InStrRev').enumValues, ['vbTextCompare', 'vbBinaryCompare']);
    assert.deepEqual(last('Contains').enumValues, ['CaseSensitive', 'CaseInsensitive']);
    // "DC" is a quoted string, not a bare word.
    assert.deepEqual(last('DNComponentRev').types, ['str']);
    assert.deepEqual(last('DNComponentRev').enumValues, ['DC']);
    assert.deepEqual(fn('DateAdd').signatures[0].parameters[0].enumValues, ['yyyy', 'q', 'm', 'y', 'd', 'w', 'ww', 'h', 'n', 's']);
  });

  it('requires a string literal only for ImportedValue', () => {
    const literal = FUNCTIONS.filter((f) => f.signatures.some((s) => s.parameters.some((p) => p.literalString)));
    assert.deepEqual(literal.map((f) => f.name), ['ImportedValue']);
  });

  it('takes a $variable first in Where, Select and With, and nowhere else', () => {
    const withItem = FUNCTIONS.filter((f) => f.signatures.some((s) => s.parameters.some((p) => p.types.includes('item'))));
    assert.deepEqual(withItem.map((f) => f.name).sort(), ['Select', 'Where', 'With']);
    for (const f of withItem) assert.deepEqual(f.signatures[0].parameters[0].types, ['item'], f.name);
  });
});

describe('function catalogue: finders', () => {
  it('finds exact names only with findFunction', () => {
    assert.equal(findFunction('IIF')?.name, 'IIF');
    assert.equal(findFunction('DNComponentRev')?.name, 'DNComponentRev');
    assert.equal(findFunction('iif'), undefined);
    assert.equal(findFunction('Iif'), undefined);
    assert.equal(findFunction('Concatenate'), undefined);
    assert.equal(findFunction(''), undefined);
    assert.equal(findFunction('toString'), undefined, 'no prototype names');
  });

  it('maps any casing to the engine name with findFunctionIgnoringCase', () => {
    assert.equal(findFunctionIgnoringCase('iif')?.name, 'IIF');
    assert.equal(findFunctionIgnoringCase('left')?.name, 'Left');
    assert.equal(findFunctionIgnoringCase('CONVERTTOBASE64')?.name, 'ConvertToBase64');
    assert.equal(findFunctionIgnoringCase('isnullorempty')?.name, 'IsNullOrEmpty');
    assert.equal(findFunctionIgnoringCase('Random'), undefined);
  });
});

describe('function catalogue: real expressions', () => {
  it('knows every function called in the corpus rules', { skip: skipWithoutCorpus }, () => {
    const expressions = corpusExpressions();
    // Both corpus folders must have been read, or the test would pass on nothing.
    assert.ok(expressions.filter((e) => e.file.startsWith('server-config/')).length > 500, 'server-config expressions read');
    assert.ok(expressions.filter((e) => e.file.startsWith('sre-exports/')).length > 20, 'Rules Editor expressions read');
    const unknown = new Map<string, string>();
    const seen = new Set<string>();
    for (const e of expressions) {
      for (const name of calledNames(e.text)) {
        seen.add(name);
        if (!findFunction(name) && !unknown.has(name)) unknown.set(name, `${e.file}: ${e.text}`);
      }
    }
    assert.deepEqual([...unknown], [], 'functions missing from the catalogue (name, first use)');
    // The undocumented ones the out-of-box rules depend on are among them.
    for (const name of ['CBin', 'Thumbprint', 'ValueCount', 'IIF', 'ImportedValue']) assert.ok(seen.has(name), `${name} is used in the corpus`);
  });
});

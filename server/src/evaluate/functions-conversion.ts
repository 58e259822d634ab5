import type { Args } from './args';
import { decode, fromBase64, toBase64, utf16le, utf8 } from './bytes';
import { parseDate } from './date-text';
import { fail } from './failure';
import { eager, perValue, type FunctionTable } from './function-impl';
import { bytesToGuid, guidToBytes } from './guid';
import { readInteger } from './numbers';
import { sidFromString, sidToString } from './sid';
import { binary, date, isBinary, isDate, isReference, reference, type EvalValue } from './value';

/** CBool: True for a non-zero number, as the reference says; a Boolean or the text True/False as itself. */
function cBool(a: Args): boolean {
  const v = a.value(0);
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string' && /^\s*(true|false)\s*$/i.test(v)) return v.trim().toLowerCase() === 'true';
  return a.mismatch(0, 'Boolean');
}

function cNum(a: Args): number {
  const v = a.value(0);
  if (typeof v === 'number') return v;
  const text = a.str(0);
  return readInteger(text) ?? fail(`CNum: "${text}" cannot be read as a number.`);
}

/**
 * CStr converts what the reference lists (numbers, references, Booleans) and keeps strings. Binary and
 * dates are refused, matching IsString, which exists to tell whether CStr would succeed.
 */
function cStr(a: Args): string {
  const v = a.value(0);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (isReference(v)) return v.dn;
  if (isBinary(v)) return fail('CStr cannot convert a binary value to a string; use ConvertToBase64 or StringFromGuid.');
  return a.mismatch(0, 'Number, Reference or Boolean');
}

function cDate(a: Args): EvalValue {
  const v = a.value(0);
  if (isDate(v)) return v;
  const text = a.str(0);
  const at = parseDate(text);
  return at ? date(at) : fail(`CDate: "${text}" cannot be read as a date.`);
}

function cGuid(a: Args): EvalValue {
  const text = a.str(0);
  const bytes = guidToBytes(text);
  return bytes ? binary(bytes) : fail(`CGuid: "${text}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx, braces optional).`);
}

/** A string is encoded as UTF-16LE, the engine's "Unicode" (the reference's Hello world! example); binary as its bytes. */
function convertToBase64(a: Args): string {
  const v = a.value(0);
  if (isBinary(v)) return toBase64(v.bytes);
  return toBase64(utf16le(a.str(0)));
}

function base64Bytes(a: Args): Uint8Array {
  const text = a.str(0);
  return fromBase64(text) ?? fail(`${a.fn}: "${text}" is not valid Base64.`);
}

function convertFromBase64(a: Args): string {
  const encoding = a.has(1) ? a.str(1) : 'Unicode';
  if (encoding !== 'Unicode' && encoding !== 'ASCII' && encoding !== 'UTF8') {
    return fail(`Argument 2 of function ConvertFromBase64: expected Unicode, ASCII or UTF8, passed ${encoding}.`);
  }
  return decode(base64Bytes(a), encoding);
}

/** Upper-case hex of the UTF-8 bytes: the reference's example gives 48656C6C6F20776F726C6421 for "Hello world!". */
function convertToUtf8Hex(a: Args): string {
  return [...utf8(a.str(0))].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join('');
}

function convertFromUtf8Hex(a: Args): string {
  const text = a.str(0);
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(text)) return fail(`ConvertFromUTF8Hex: "${text}" is not an even run of hexadecimal digits.`);
  const bytes = new Uint8Array((text.match(/../g) ?? []).map((h) => parseInt(h, 16)));
  return decode(bytes, 'UTF8');
}

export const CONVERSION_IMPLEMENTATIONS: FunctionTable = {
  CBool: eager(cBool),
  CNum: perValue(cNum),
  CStr: perValue(cStr),
  CDate: perValue(cDate),
  CGuid: perValue(cGuid),
  CRef: perValue((a) => {
    const v = a.value(0);
    return isReference(v) ? v : reference(a.str(0));
  }),
  CBin: { kind: 'unsupported', why: 'CBin is undocumented, and how it lays out a number or string as bytes is not known.' },
  ConvertToBase64: perValue(convertToBase64),
  ConvertFromBase64: perValue(convertFromBase64),
  ConvertToBinaryFromBase64: perValue((a) => binary(base64Bytes(a))),
  ConvertToUTF8Hex: perValue(convertToUtf8Hex),
  ConvertFromUTF8Hex: perValue(convertFromUtf8Hex),
  StringFromGuid: perValue((a) => bytesToGuid(a.bin(0)) ?? fail(`StringFromGuid: a GUID is 16 bytes, this value has ${a.bin(0).length}.`)),
  StringFromSid: perValue((a) => sidToString(a.bin(0)) ?? fail('StringFromSid: the bytes are not a security identifier.')),
  SidFromString: perValue((a) => {
    const bytes = sidFromString(a.str(0));
    return bytes ? binary(bytes) : fail(`SidFromString: "${a.str(0)}" is not a security identifier (S-1-…).`);
  }),
};

import { fromBase64 } from './bytes';
import { guidToBytes } from './guid';
import { binary, multi, reference, type EvalValue } from './value';
import { parseDate } from './date-text';

/** The attributes of one connector-space or metaverse object, by their exact (case-sensitive) names. */
export interface SampleObject {
  attributes: Map<string, EvalValue>;
}

/**
 * Reads a sample object from JSON: strings, integers, booleans, null (absent) and arrays (multi-valued).
 * Prefixed strings carry the types JSON lacks: `base64:` binary, `guid:` the GUID's bytes, `dn:` a
 * reference, `date:` a date, and `string:` a plain string that would otherwise look prefixed.
 */
export function readSampleObject(json: string): { object: SampleObject; problems: string[] } {
  const object: SampleObject = { attributes: new Map() };
  const problems: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    problems.push(`The sample object is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
    return { object, problems };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push('The sample object must be a JSON object of attribute names and values.');
    return { object, problems };
  }
  return sampleObjectFrom(data as Record<string, unknown>);
}

/** The same from JSON already parsed (a sample file whose `$…` settings were taken out first). */
export function sampleObjectFrom(data: Record<string, unknown>): { object: SampleObject; problems: string[] } {
  const object: SampleObject = { attributes: new Map() };
  const problems: string[] = [];
  for (const [name, raw] of Object.entries(data)) {
    const value = readAttribute(name, raw, problems);
    if (value !== null) object.attributes.set(name, value);
  }
  return { object, problems };
}

function readAttribute(name: string, raw: unknown, problems: string[]): EvalValue {
  if (!Array.isArray(raw)) return readScalar(name, raw, problems);
  const values = raw.map((item, i) => {
    if (Array.isArray(item) || item === null) {
      problems.push(`${name}[${i}]: a value of a multi-valued attribute must be a single value.`);
      return null;
    }
    return readScalar(`${name}[${i}]`, item, problems);
  });
  return multi(values);
}

function readScalar(where: string, raw: unknown, problems: string[]): EvalValue {
  if (raw === null || typeof raw === 'boolean') return raw;
  if (typeof raw === 'number') {
    if (Number.isInteger(raw)) return raw;
    problems.push(`${where}: ${raw} is not an integer; the engine's numbers are 64-bit integers.`);
    return null;
  }
  if (typeof raw === 'string') return readString(where, raw, problems);
  problems.push(`${where}: nested objects are not attribute values.`);
  return null;
}

function readString(where: string, raw: string, problems: string[]): EvalValue {
  const prefix = /^(base64|guid|dn|date|string):/.exec(raw)?.[1];
  const rest = prefix ? raw.slice(prefix.length + 1) : raw;
  switch (prefix) {
    case undefined:
    case 'string':
      return rest;
    case 'dn':
      return reference(rest);
    case 'base64': {
      const bytes = fromBase64(rest);
      if (bytes) return binary(bytes);
      problems.push(`${where}: "${rest}" is not valid Base64.`);
      return null;
    }
    case 'guid': {
      const bytes = guidToBytes(rest);
      if (bytes) return binary(bytes);
      problems.push(`${where}: "${rest}" is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`);
      return null;
    }
    case 'date': {
      const at = parseDate(rest);
      if (at) return { type: 'date', iso: at.toISOString() };
      problems.push(`${where}: "${rest}" is not a date.`);
      return null;
    }
  }
  return rest;
}

/**
 * The engine matches attribute names exactly. When `name` is absent but the object has it in another case,
 * this names that spelling, so a tool can say why `[DisplayName]` is NULL.
 */
export function attributeCaseMiss(object: SampleObject, name: string): string | undefined {
  if (object.attributes.has(name)) return undefined;
  const lower = name.toLowerCase();
  for (const key of object.attributes.keys()) if (key.toLowerCase() === lower) return key;
  return undefined;
}

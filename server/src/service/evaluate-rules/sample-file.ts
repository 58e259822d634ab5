import { sampleObjectFrom, type SampleObject } from '../../evaluate';

/** A sample the user keeps next to an export: the object's attributes, and which object it is. */
export interface Sample {
  object: SampleObject;
  /** `$objectType`: the connector object type the inbound rules read (user when absent). */
  objectType: string;
  /** `$connector`: the connector (name or GUID) the object lives in; absent: any connector. */
  connector?: string;
  problems: string[];
}

const emptyObject = (): SampleObject => ({ attributes: new Map() });

/**
 * `{"$objectType": "user", "$connector": "contoso.com", "department": "HR", …}`: keys that start with `$`
 * say which object it is, every other key is an attribute (see readSampleObject for the value forms).
 */
export function readSample(json: string): Sample {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return { object: emptyObject(), objectType: 'user', problems: [`not JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { object: emptyObject(), objectType: 'user', problems: ['a sample is a JSON object of attribute names and values'] };
  const attributes: Record<string, unknown> = {};
  const meta: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) (key.startsWith('$') ? meta : attributes)[key] = value;
  const { object, problems } = sampleObjectFrom(attributes);
  const text = (key: string) => (typeof meta[key] === 'string' && (meta[key] as string).trim() ? (meta[key] as string).trim() : undefined);
  for (const key of Object.keys(meta)) if (key !== '$objectType' && key !== '$connector') problems.push(`${key}: unknown setting (the sample knows $objectType and $connector)`);
  const connector = text('$connector');
  return { object, objectType: text('$objectType') ?? 'user', ...(connector ? { connector } : {}), problems };
}

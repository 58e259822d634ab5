import { toBase64 } from './bytes';
import type { EvalValue } from './value';

/** A value as a person reads it; prefixes are the ones a sample object is written with. */
export function formatValue(v: EvalValue): string {
  if (v === null) return 'NULL';
  switch (typeof v) {
    case 'string':
      return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    case 'number':
      return String(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  switch (v.type) {
    case 'binary':
      return `base64:${toBase64(v.bytes)}`;
    case 'date':
      return `date:${v.iso}`;
    case 'reference':
      return `dn:${v.dn}`;
    case 'multi':
      return `[${v.values.map(formatValue).join(', ')}]`;
    case 'authoritativeNull':
      return 'AuthoritativeNull';
    case 'ignoreThisFlow':
      return 'IgnoreThisFlow';
  }
}

import { rulesFor, type RuledConstraint, type ValuePart } from './attribute-value-rules';

export interface ValueProblem {
  text: string;
  severity: 'error' | 'warning';
  source: string;
}

/**
 * What is wrong with a literal value for an attribute, by the rules of attribute-value-rules.ts.
 * `sameForAll`: the value is a Constant (or the whole expression), so every object gets it.
 */
export function valueProblems(attribute: string, value: string, sameForAll: boolean): ValueProblem[] {
  const out: ValueProblem[] = [];
  for (const rule of rulesFor(attribute)) {
    for (const c of rule.constraints) {
      if (c.kind === 'unique' && !sameForAll) continue;
      const text = problem(c, value, attribute);
      if (text) out.push({ text, severity: severityOf(c, value), source: c.source });
    }
  }
  return out;
}

function problem(c: RuledConstraint, value: string, attribute: string): string | undefined {
  const part = 'part' in c ? (c.part ?? 'whole') : 'whole';
  const v = partOf(value, part);
  if (v === undefined) return undefined;
  const where = PART_NAME[part];
  switch (c.kind) {
    case 'shape':
      return new RegExp(c.pattern).test(value) ? undefined : c.describe;
    case 'max-length':
      return v.length > c.max ? `${where} has ${v.length} characters, at most ${c.max} are allowed` : undefined;
    case 'forbidden': {
      const bad = [...new Set([...v].filter((ch) => c.chars.includes(ch)))];
      return bad.length ? `${where} contains ${bad.map((ch) => `'${ch}'`).join(', ')}, which ${attribute} does not allow` : undefined;
    }
    case 'no-whitespace':
      return /\s/.test(v) ? `${where} contains a space` : undefined;
    case 'not-blank':
      return v.trim() === '' ? 'it is blank' : undefined;
    case 'ascii':
      return /[^\x20-\x7e]/.test(v) ? `${where} contains characters outside ASCII (letters with diacritics are not synchronized as written)` : undefined;
    case 'not-ending':
      return v.length && c.chars.includes(v[v.length - 1]) ? `${where} ends with '${v[v.length - 1]}'` : undefined;
    case 'not-starting':
      return v.length && c.chars.includes(v[0]) ? `${where} starts with '${v[0]}'` : undefined;
    case 'not-suffix':
      return c.suffixes.some((s) => v.toLowerCase().endsWith(s)) ? c.describe : undefined;
    case 'one-of':
      return c.values.includes(v) ? undefined : c.values.some((x) => x.toLowerCase() === v.toLowerCase()) ? `write it as ${c.values.find((x) => x.toLowerCase() === v.toLowerCase())}` : `only ${c.values.join(' or ')} is allowed`;
    case 'unique':
      return `every object in the rule's scope gets this same value, but ${attribute} must be unique`;
  }
}

/** Documented values written in another case: whether Entra ID takes them is not documented, so only warn. */
function severityOf(c: RuledConstraint, value: string): 'error' | 'warning' {
  if (c.kind === 'one-of' && c.values.some((x) => x.toLowerCase() === value.toLowerCase())) return 'warning';
  return c.severity;
}

const PART_NAME: Record<ValuePart, string> = {
  whole: 'the value',
  local: 'the part before @',
  domain: 'the domain after @',
  'after-prefix': 'the address after its type prefix',
};

function partOf(value: string, part: ValuePart): string | undefined {
  if (part === 'whole') return value;
  if (part === 'after-prefix') {
    const colon = value.indexOf(':');
    return colon < 0 ? undefined : value.slice(colon + 1);
  }
  const at = value.indexOf('@');
  if (at < 0) return undefined;
  return part === 'local' ? value.slice(0, at) : value.slice(at + 1);
}

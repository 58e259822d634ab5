/** One relative name of a DN: its attribute type and its value as written (escapes kept). */
export interface DnComponent {
  type: string;
  value: string;
}

/**
 * Splits a DN into its components at commas that are neither escaped (`\,`, `\2C`) nor inside a quoted
 * value. Values keep their escapes, so a component put back into a DN stays valid.
 */
export function dnComponents(dn: string): DnComponent[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < dn.length; i++) {
    const c = dn[i];
    if (c === '\\' && i + 1 < dn.length) {
      current += c + dn[i + 1];
      i++;
    } else if (c === '"') {
      quoted = !quoted;
      current += c;
    } else if (c === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  if (current.trim() !== '' || parts.length > 0) parts.push(current);
  return parts.map((part) => {
    const eq = part.indexOf('=');
    return eq < 0 ? { type: '', value: part.trim() } : { type: part.slice(0, eq).trim(), value: part.slice(eq + 1).trim() };
  });
}

/** Characters AD requires escaped anywhere in a value; '#' and spaces only where they would be misread. */
const SPECIAL = new Set([',', '\\', '+', '<', '>', ';', '"', '=']);

export function escapeDnValue(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const code = c.charCodeAt(0);
    if (code < 0x20) out += `\\${code.toString(16).toUpperCase().padStart(2, '0')}`;
    else if (SPECIAL.has(c) || (c === '#' && i === 0) || (c === ' ' && (i === 0 || i === value.length - 1))) out += `\\${c}`;
    else out += c;
  }
  return out;
}

/**
 * EscapeDNComponent takes a whole component, as in the reference's `EscapeDNComponent("cn=" & [displayName])`:
 * the `type=` prefix stays as it is and only the value is escaped. Text without such a prefix is escaped whole.
 */
export function escapeDnComponent(component: string): string {
  const m = /^([A-Za-z][A-Za-z0-9-]*|\d+(?:\.\d+)*)=/.exec(component);
  return m ? m[0] + escapeDnValue(component.slice(m[0].length)) : escapeDnValue(component);
}

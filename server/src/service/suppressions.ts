/**
 * Suppression comments: `# adsync-rules-disable-next-line AADC005, AADC004 -- reason` silences those
 * codes on the next line that holds code; `# adsync-rules-disable AADC004 -- reason` silences them in
 * the whole file. XML files take the same words in `<!-- … -->`.
 */
export interface Suppressions {
  file: Set<string>;
  /** 0-based line → codes silenced on it. */
  lines: Map<number, Set<string>>;
}

const DIRECTIVE = /^\s*(?:#|<!--)\s*adsync-rules-disable(-next-line)?\s+([A-Za-z0-9_,\s]+?)\s*(?:--.*?)?\s*(?:-->)?\s*$/;

export function readSuppressions(text: string): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  if (!text.includes('adsync-rules-disable')) return result;
  const lines = text.split(/\r\n|\n|\r/);
  lines.forEach((line, k) => {
    const m = DIRECTIVE.exec(line);
    if (!m) return;
    const codes = m[2].split(/[\s,]+/).filter((c) => /^AADC\d{3}$/i.test(c)).map((c) => c.toUpperCase());
    if (!m[1]) {
      codes.forEach((c) => result.file.add(c));
      return;
    }
    // The next line that holds code, and the lines a backtick continues it onto: a Rules Editor command
    // is one statement over many lines. Blank lines and other comments in between do not count.
    let target = k + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target])) target++;
    for (let l = target; l < lines.length; l++) {
      const set = result.lines.get(l) ?? new Set<string>();
      codes.forEach((c) => set.add(c));
      result.lines.set(l, set);
      if (!/`\s*$/.test(lines[l])) break;
    }
  });
  return result;
}

export function isSuppressed(s: Suppressions, code: string, line: number): boolean {
  return s.file.has(code) || (s.lines.get(line)?.has(code) ?? false);
}

/**
 * Expands a VS Code snippet body the way accepting every default would: tab stops take their default (or
 * the default another occurrence of the same stop gives: mirrors), choices their first option, each `$UUID`
 * the next of a fixed series of GUIDs (VS Code draws a new one per occurrence; a mirror repeats its stop's). Strict on purpose: an unknown variable (`$syncRule` left unescaped) or an unclosed `${`
 * throws, because VS Code would silently insert something else than the PowerShell the snippet means.
 */

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'stop'; index: number; fallback?: Node[]; choices?: string[] }
  | { kind: 'variable'; value: string; fallback?: Node[] };

/** The n-th GUID `$UUID` stands for (n from 1), version-4 shaped so GUID checks accept it. */
export function fixedUuid(n: number): string {
  return `3f2504e0-4f89-41d3-9a0c-${n.toString(16).padStart(12, '0')}`;
}

/** The variables our snippets may use; anything else is a typo or a missing `\$`. */
const VARIABLES: Record<string, (occurrence: number) => string> = { UUID: fixedUuid };

class Reader {
  private at = 0;
  private variablesSeen = 0;
  constructor(private readonly body: string) {}

  /** Nodes up to the end, or up to an unescaped `}` when inside a placeholder. */
  nodes(nested: boolean): Node[] {
    const out: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ kind: 'text', value: text });
      text = '';
    };
    while (this.at < this.body.length) {
      const c = this.body[this.at];
      if (c === '\\' && '$}\\'.includes(this.body[this.at + 1] ?? '')) {
        text += this.body[this.at + 1];
        this.at += 2;
      } else if (c === '}' && nested) {
        flush();
        return out;
      } else if (c === '$') {
        flush();
        out.push(this.dollar());
      } else {
        text += c;
        this.at++;
      }
    }
    if (nested) throw new Error(`unclosed \${ in ${JSON.stringify(this.body)}`);
    flush();
    return out;
  }

  private dollar(): Node {
    const rest = this.body.slice(this.at + 1);
    const simple = /^(\d+|[A-Za-z_]\w*)/.exec(rest);
    if (simple) {
      this.at += 1 + simple[0].length;
      return this.named(simple[0]);
    }
    const braced = /^\{(\d+|[A-Za-z_]\w*)([:|}])/.exec(rest);
    if (!braced) throw new Error(`a bare $ at ${this.at}: escape it as \\$ (${JSON.stringify(this.body)})`);
    this.at += 1 + braced[0].length;
    const [, name, sign] = braced;
    if (sign === '}') return this.named(name);
    if (sign === ':') {
      const fallback = this.nodes(true);
      this.at++; // the closing }
      return { ...this.named(name), fallback };
    }
    const close = this.body.indexOf('|}', this.at);
    if (!/^\d+$/.test(name) || close < 0) throw new Error(`a malformed choice at ${this.at}`);
    const choices = this.body.slice(this.at, close).split(',');
    this.at = close + 2;
    return { kind: 'stop', index: Number(name), choices };
  }

  private named(name: string): Exclude<Node, { kind: 'text' }> {
    if (/^\d+$/.test(name)) return { kind: 'stop', index: Number(name) };
    if (!(name in VARIABLES)) throw new Error(`unknown snippet variable $${name}: escape it as \\$${name}`);
    return { kind: 'variable', value: VARIABLES[name](++this.variablesSeen) };
  }
}

export function parseSnippet(body: string): Node[] {
  return new Reader(body).nodes(false);
}

/** Body lines joined as VS Code inserts them, then every stop set to its default. */
export function expandSnippet(body: string | string[]): string {
  const nodes = parseSnippet(Array.isArray(body) ? body.join('\n') : body);
  const defaults = new Map<number, Node[] | string>();
  const collect = (list: Node[]) => {
    for (const n of list) {
      if (n.kind === 'stop' && !defaults.has(n.index)) {
        if (n.choices) defaults.set(n.index, n.choices[0]);
        else if (n.fallback) defaults.set(n.index, n.fallback);
      }
      if (n.kind !== 'text' && n.fallback) collect(n.fallback);
    }
  };
  collect(nodes);
  const render = (list: Node[]): string =>
    list
      .map((n) => {
        if (n.kind === 'text') return n.value;
        if (n.kind === 'variable') return n.value;
        const value = defaults.get(n.index);
        return value === undefined ? '' : typeof value === 'string' ? value : render(value);
      })
      .join('');
  return render(nodes);
}

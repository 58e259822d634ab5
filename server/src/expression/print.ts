import type { Expr } from './ast';

/**
 * The normal form of an expression: one line, canonical spacing (`Name(a, b)`, `a = b`), strings
 * re-escaped. Two expressions that differ only in whitespace have the same normal form, and parsing the
 * normal form gives back the same tree.
 */
export function normalForm(e: Expr): string {
  switch (e.kind) {
    case 'call':
      return `${e.name}(${e.args.map(normalForm).join(', ')})`;
    case 'attribute':
      return `[${e.name}]`;
    case 'parameter':
      return `%${e.name}%`;
    case 'string':
      return quote(e.value);
    case 'number':
      return e.hex ? `&H${e.value.toString(16).toUpperCase()}` : String(e.value);
    case 'word':
      return e.name;
    case 'variable':
      return `$${e.name}`;
    case 'binary':
      return `${normalForm(e.left)} ${e.operator} ${normalForm(e.right)}`;
    case 'group':
      return `(${normalForm(e.inner)})`;
    case 'missing':
      return '';
  }
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * The expression laid out over several lines: a call whose normal form is longer than `width` puts each
 * argument on its own line, indented one step deeper. Same tree as the input, so the engine sees no change.
 */
export function prettyPrint(e: Expr, width = 80, indent = '    ', depth = 0): string {
  const flat = normalForm(e);
  if (flat.length + depth * indent.length <= width) return flat;
  const pad = indent.repeat(depth + 1);
  switch (e.kind) {
    case 'call':
      if (e.args.length === 0) return flat;
      return `${e.name}(\n${e.args.map((a) => pad + prettyPrint(a, width, indent, depth + 1)).join(',\n')})`;
    case 'binary':
      return prettyChain(e, width, indent, depth);
    case 'group':
      return `(${prettyPrint(e.inner, width, indent, depth)})`;
    default:
      return flat;
  }
}

/** A left-to-right chain broken before each `||` and `&&`; comparisons and arithmetic stay on their line. */
function prettyChain(e: Expr, width: number, indent: string, depth: number): string {
  const operands: Expr[] = [];
  const operators: string[] = [];
  let node = e;
  while (node.kind === 'binary') {
    operands.unshift(node.right);
    operators.unshift(node.operator);
    node = node.left;
  }
  operands.unshift(node);
  let out = prettyPrint(operands[0], width, indent, depth);
  operators.forEach((op, k) => {
    const operand = prettyPrint(operands[k + 1], width, indent, depth);
    out += op === '||' || op === '&&' ? `\n${indent.repeat(depth)}${op} ${operand}` : ` ${op} ${operand}`;
  });
  return out;
}

/** The tree without positions, for comparing two parses. */
export function shape(e: Expr): unknown {
  switch (e.kind) {
    case 'call':
      return ['call', e.name, e.args.map(shape)];
    case 'binary':
      return ['binary', e.operator, shape(e.left), shape(e.right)];
    case 'group':
      return ['group', shape(e.inner)];
    case 'string':
      return ['string', e.value];
    case 'number':
      return ['number', e.value];
    case 'missing':
      return ['missing'];
    default:
      return [e.kind, e.name];
  }
}

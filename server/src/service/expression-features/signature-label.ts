import type { ExprType, FunctionInfo, FunctionParameter, FunctionSignature } from '../../catalog/function-types';

/** A signature written out, with where each parameter stands in it (signature help highlights by offsets). */
export interface SignatureText {
  /** `Left(string: str, numChars: num) → str` */
  label: string;
  parameters: { parameter: FunctionParameter; span: [number, number] }[];
}

/**
 * Optional parameters carry a `?`, enum parameters list their words, and Switch, whose pairs repeat,
 * ends with `…`.
 */
export function signatureText(fn: FunctionInfo, signature: FunctionSignature): SignatureText {
  let label = `${fn.name}(`;
  const parameters: SignatureText['parameters'] = [];
  signature.parameters.forEach((parameter, k) => {
    if (k > 0) label += ', ';
    const text = parameterText(parameter);
    parameters.push({ parameter, span: [label.length, label.length + text.length] });
    label += text;
  });
  if (fn.maxArgs === Infinity) label += ', …';
  label += `) → ${signature.returns}`;
  return { label, parameters };
}

function parameterText(p: FunctionParameter): string {
  const type = p.enumValues?.length ? p.enumValues.join(' | ') : p.types.join(' | ');
  return `${p.name}${p.optional ? '?' : ''}: ${type}`;
}

const TYPE_WORDS: Record<ExprType, string> = {
  str: 'a string',
  num: 'a number (64-bit integer)',
  bool: 'a Boolean',
  dt: 'a date/time',
  bin: 'a binary value',
  ref: 'a reference (DN)',
  mvstr: 'a multi-valued string',
  mvref: 'a multi-valued reference',
  mvbin: 'a multi-valued binary',
  mv: 'a multi-valued attribute',
  var: 'any value',
  exp: 'a condition',
  enum: 'one of fixed words',
  item: 'a $variable name',
  void: 'no value',
};

/** One line for signature help: what the argument must be. */
export function parameterDoc(p: FunctionParameter): string {
  const what = p.enumValues?.length ? `one of ${p.enumValues.join(', ')} (written bare, exact case)` : p.types.map((t) => TYPE_WORDS[t]).join(' or ');
  const literal = p.literalString ? ', written as a string literal' : '';
  return `${p.optional ? 'Optional: ' : ''}${what}${literal}.`;
}

/**
 * Which overload is being written: the first with room for the argument being typed, else the longest.
 * Switch's one signature stands for every pair.
 */
export function activeSignatureIndex(fn: FunctionInfo, argIndex: number): number {
  if (fn.maxArgs === Infinity) return 0;
  const k = fn.signatures.findIndex((s) => s.parameters.length > argIndex);
  if (k >= 0) return k;
  let longest = 0;
  fn.signatures.forEach((s, i) => (s.parameters.length > fn.signatures[longest].parameters.length ? (longest = i) : undefined));
  return longest;
}

/** The parameter an argument position fills; Switch repeats its condition/value pair. */
export function parameterIndex(fn: FunctionInfo, signature: FunctionSignature, argIndex: number): number {
  const n = signature.parameters.length;
  if (fn.maxArgs === Infinity && n > 0) return argIndex % n;
  return argIndex;
}

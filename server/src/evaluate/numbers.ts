const MAX = 2n ** 63n - 1n;
const MIN = -(2n ** 63n);

/** A decimal integer that fits in 64 bits, as CNum and IsNumeric read text; undefined otherwise. */
export function readInteger(text: string): number | undefined {
  const t = text.trim();
  if (!/^[+-]?\d+$/.test(t)) return undefined;
  const big = BigInt(t);
  return big > MAX || big < MIN ? undefined : Number(big);
}

/** 64-bit two's-complement arithmetic: the engine's Int64 wraps where a double would round or grow. */
export function int64(value: bigint): number {
  return Number(BigInt.asIntN(64, value));
}

export function big(n: number): bigint {
  return BigInt(Math.trunc(n));
}

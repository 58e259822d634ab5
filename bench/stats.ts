/** Timing of one benchmark row: median of the measured runs after warm-up, and their spread. */
export interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Runs `work` `warmup` times unmeasured, then `runs` times measured (ms). */
export function time(work: () => unknown, runs = 5, warmup = 1): Timing {
  for (let k = 0; k < warmup; k++) work();
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    work();
    samples.push(performance.now() - t);
  }
  return summarize(samples);
}

export function summarize(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function ms(t: number): string {
  return t >= 100 ? `${t.toFixed(0)} ms` : `${t.toFixed(1)} ms`;
}

/** `median (min–max)`. */
export function spread(t: Timing): string {
  return `${ms(t.median)} (${ms(t.min)}–${ms(t.max)})`;
}

/** Small statistics for the benchmark tables. */

/** The q-quantile (0..1) of numbers, nearest-rank; 0 for an empty list. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}

/** Sum of numbers. */
export function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Rounds to `digits` decimals, for JSON and tables. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Median, p90, max and total of a list of timings or sizes. */
export function summarise(values: number[]): { median: number; p90: number; max: number; total: number } {
  return { median: round(quantile(values, 0.5)), p90: round(quantile(values, 0.9)), max: round(quantile(values, 1)),
    total: round(sum(values)) };
}

/** Time and heap growth of one call. Collects garbage first when node runs with --expose-gc. */
export function measure<T>(run: () => T): { ms: number; heapMb: number; result: T } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1_048_576;
  return { ms, heapMb, result };
}

/**
 * How much of Readability's expected story our pipeline kept, in order, and how much it added.
 * The common part is the longest common subsequence of the two word lists, computed with Myers' O((N+M)·D) diff
 * (E. Myers, "An O(ND) Difference Algorithm and Its Variations", Algorithmica 1986), which is fast when the texts
 * are close — the usual case here.
 */

/** Above this many edits the diff stops and the in-order figures fall back to a bag-of-words overlap. */
const MAX_EDITS = 6_000;

/** The number of words at each end that must appear verbatim, so losing the first or last paragraph always shows. */
const EDGE_WORDS = 12;

/** Figures for one page; ratios are rounded to 4 decimals so the docs can quote them. */
export interface WordComparison {
  expectedWords: number;
  actualWords: number;
  /** Words common to both, in order (LCS length). */
  commonWords: number;
  /** Readability's words we do not have: expectedWords − commonWords. */
  missingWords: number;
  /** Our words Readability does not have: actualWords − commonWords. */
  extraWords: number;
  /** Share of Readability's words that we kept, in order: commonWords / expectedWords. */
  recall: number;
  /** Share of our words that Readability does not have: 1 − commonWords / actualWords. */
  extra: number;
  /** The first EDGE_WORDS expected words appear, contiguous, in our text. */
  startKept: boolean;
  /** The last EDGE_WORDS expected words appear, contiguous, in our text. */
  endKept: boolean;
  /** True when the texts were too far apart for the diff and commonWords is a bag-of-words upper bound. */
  approximate: boolean;
}

/** Length of the shortest edit script between a and b (Myers), or null when it exceeds maxEdits. */
function editDistance(a: Int32Array, b: Int32Array, maxEdits: number): number | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxEdits);
  const v = new Int32Array(2 * limit + 3);
  const offset = limit + 1;
  for (let d = 0; d <= limit; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && (v[offset + k - 1] ?? 0) < (v[offset + k + 1] ?? 0));
      let x = down ? (v[offset + k + 1] ?? 0) : (v[offset + k - 1] ?? 0) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[offset + k] = x;
      if (x >= n && y >= m) return d;
    }
  }
  return null;
}

function bagOverlap(a: Int32Array, b: Int32Array): number {
  const counts = new Map<number, number>();
  for (const word of a) counts.set(word, (counts.get(word) ?? 0) + 1);
  let common = 0;
  for (const word of b) {
    const left = counts.get(word) ?? 0;
    if (left > 0) { common++; counts.set(word, left - 1); }
  }
  return common;
}

function containsRun(haystack: string[], run: string[]): boolean {
  if (run.length === 0) return true;
  const sep = '\u0001';
  return `${sep}${haystack.join(sep)}${sep}`.includes(`${sep}${run.join(sep)}${sep}`);
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Compares Readability's expected words with ours. */
export function compareWords(expected: string[], actual: string[]): WordComparison {
  const ids = new Map<string, number>();
  const encode = (words: string[]) => Int32Array.from(words, (w) => ids.get(w) ?? ids.set(w, ids.size).get(w) ?? 0);
  const a = encode(expected);
  const b = encode(actual);
  const edits = editDistance(a, b, MAX_EDITS);
  const commonWords = edits === null ? bagOverlap(a, b) : (a.length + b.length - edits) / 2;
  return {
    expectedWords: a.length,
    actualWords: b.length,
    commonWords,
    missingWords: a.length - commonWords,
    extraWords: b.length - commonWords,
    recall: round(a.length === 0 ? 1 : commonWords / a.length),
    extra: round(b.length === 0 ? 0 : 1 - commonWords / b.length),
    startKept: containsRun(actual, expected.slice(0, EDGE_WORDS)),
    endKept: containsRun(actual, expected.slice(-EDGE_WORDS)),
    approximate: edits === null,
  };
}

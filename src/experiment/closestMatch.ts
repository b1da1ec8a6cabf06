/*
 * "Did you mean …?" suggestions: the candidate closest to a misspelt word by
 * Levenshtein (edit) distance, if it is close enough to be a plausible typo.
 */

/**
 * Levenshtein distance between two strings: the least number of single
 * character insertions, deletions and substitutions turning `a` into `b`.
 * @internal
 */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let curr = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      curr[j] = Math.min(prev[j]! + 1, curr[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, curr] = [curr, prev];
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `word` (case-insensitive Levenshtein distance), or
 * `undefined` when none is within `maxDistance` (or when every character
 * would have to change). Ties go to the earlier candidate.
 *
 * @param word - the unknown word
 * @param candidates - the allowed words
 * @param maxDistance - largest distance still suggested; by default
 *   `max(1, floor(word.length / 3))`, enough for a typo or two without
 *   suggesting unrelated names
 * @internal
 */
export function closestMatch(word: string, candidates: Iterable<string>, maxDistance: number = Math.max(1, Math.floor(word.length / 3))): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= maxDistance && bestDistance < word.length ? best : undefined;
}

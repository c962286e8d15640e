/**
 * The one seeded pseudo-random generator (mulberry32) for tests, fixtures and benchmarks: the same
 * seed gives the same sequence on every machine, so a generated case that fails can be replayed.
 * Not for anything that must be unpredictable (tokens, ids): use node:crypto for those.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

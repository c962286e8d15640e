/**
 * Positions 0..n-1 ordered by `key` (each ≤ maxKey): a stable LSD radix sort, 11 bits a pass,
 * so O(n) per pass with 8 KiB of counters that stay in cache, and no comparison sort.
 */
export function radixOrder(key: Uint32Array, maxKey: number): Uint32Array {
  const n = key.length;
  let order = new Uint32Array(n);
  let next = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const buckets = new Uint32Array(2049);
  for (let shift = 0; shift < 32 && maxKey >= 2 ** shift; shift += 11) {
    buckets.fill(0);
    for (let k = 0; k < n; k++) buckets[((key[order[k]] >>> shift) & 0x7ff) + 1]++;
    for (let d = 0; d < 2048; d++) buckets[d + 1] += buckets[d];
    for (let k = 0; k < n; k++) {
      const i = order[k];
      next[buckets[(key[i] >>> shift) & 0x7ff]++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}

import { radixOrder } from './radix.order';

/** Value of a deleted key's entry (stored values are finite). */
const DELETED = -Infinity;
/** Value of a list position from {@link StringIdTable.fromKeys} that repeats an earlier key: no entry. */
const NOT_AN_ENTRY = NaN;

/**
 * String id → number, for the 100,000 resource ids a session keeps (slot, or -1 when not counted).
 *
 * Why not a `Map<string, number>`: filling one with 100,000 ids took 10–17 ms of CPU per session
 * (random probes into a table far larger than the CPU cache, and a table that doubles many
 * times), as much as the whole radius search. This is open addressing with linear probing over
 * an Int32Array, keyed by a 32-bit FNV-1a hash of the UTF-16 code units; the keys sit in a plain
 * array and are compared with `===`, so a hash collision never gives a wrong answer.
 * {@link StringIdTable.fromKeys} fills it in ≈ 5 ms for the same ids.
 *
 * `delete` keeps the key's entry (marked deleted), so probe chains stay intact and re-adding
 * the same id later reuses the entry.
 */
export class StringIdTable {
  private keys: string[] = [];
  private values: number[] = [];
  /** Entry number + 1 per bucket (0 = empty bucket). */
  private buckets: Int32Array;
  /**
   * The full hash of each occupied bucket's key: a probe compares it before the key itself, so
   * it touches the key string (somewhere else on the heap) only on a real match.
   */
  private hashes: Int32Array;
  private mask: number;
  private live = 0;

  constructor(expectedSize = 16) {
    let capacity = 16;
    while (capacity < expectedSize * 2) capacity *= 2;
    this.buckets = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /**
   * A table of the distinct keys of `keys`, each mapped to the position of its first occurrence,
   * and which positions repeat an earlier key. Entry e of the table is position e of the list,
   * so {@link setEntryValue}(e, v) re-maps the key at position e without hashing it again.
   *
   * Keys are inserted in the order of their home bucket (a radix sort on the hash), not in list
   * order: the probes then sweep the bucket array once instead of jumping across a megabyte of it
   * per key, which was most of the cost. The sort is stable, so among equal keys the first in
   * the list is inserted first and the later ones are the duplicates. The table takes the array
   * over (no copy): do not change it afterwards.
   */
  static fromKeys(keys: string[]): { table: StringIdTable; duplicate: Uint8Array } {
    const n = keys.length;
    const table = new StringIdTable(n);
    const mask = table.mask;
    const hash = new Int32Array(n);
    const home = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const h = hashString(keys[i]);
      hash[i] = h;
      home[i] = h & mask;
    }
    const order = radixOrder(home, mask);
    const duplicate = new Uint8Array(n);
    const values = new Array<number>(n);
    const buckets = table.buckets;
    const hashes = table.hashes;
    for (let k = 0; k < n; k++) {
      const i = order[k];
      const h = hash[i];
      let p = home[i];
      let e = buckets[p] - 1;
      while (e >= 0 && !(hashes[p] === h && keys[e] === keys[i])) {
        p = (p + 1) & mask;
        e = buckets[p] - 1;
      }
      if (e >= 0) {
        duplicate[i] = 1;
        values[i] = NOT_AN_ENTRY;
      } else {
        buckets[p] = i + 1;
        hashes[p] = h;
        values[i] = i;
        table.live++;
      }
    }
    table.keys = keys;
    table.values = values;
    return { table, duplicate };
  }

  /** Sets the value of entry e, which must hold a key (see {@link fromKeys}). */
  setEntryValue(entry: number, value: number): void {
    if (!Number.isFinite(value)) throw new RangeError(`value must be a finite number, got ${value}`);
    const current = this.values[entry];
    if (current === undefined || Number.isNaN(current)) throw new RangeError(`entry ${entry} holds no key`);
    this.values[entry] = value;
  }

  /** Number of keys present. */
  get size(): number {
    return this.live;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get(key: string): number | undefined {
    const entry = this.find(key, hashString(key));
    if (entry < 0) return undefined;
    const v = this.values[entry];
    return v === DELETED ? undefined : v;
  }

  /** Sets `key` to `value` (a finite number). */
  set(key: string, value: number): void {
    if (!Number.isFinite(value)) throw new RangeError(`value must be a finite number, got ${value}`);
    const h = hashString(key);
    const entry = this.find(key, h);
    if (entry >= 0) {
      if (this.values[entry] === DELETED) this.live++;
      this.values[entry] = value;
      return;
    }
    if ((this.keys.length + 1) * 2 > this.buckets.length) this.grow();
    const e = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    this.place(h, e);
    this.live++;
  }

  /** Removes `key`; true when it was present. */
  delete(key: string): boolean {
    const entry = this.find(key, hashString(key));
    if (entry < 0 || this.values[entry] === DELETED) return false;
    this.values[entry] = DELETED;
    this.live--;
    return true;
  }

  private find(key: string, h: number): number {
    const buckets = this.buckets;
    const hashes = this.hashes;
    const mask = this.mask;
    const h32 = h | 0;
    for (let p = h & mask; ; p = (p + 1) & mask) {
      const e = buckets[p] - 1;
      if (e < 0) return -1;
      if (hashes[p] === h32 && this.keys[e] === key) return e;
    }
  }

  private place(h: number, entry: number): void {
    const buckets = this.buckets;
    const mask = this.mask;
    let p = h & mask;
    while (buckets[p] !== 0) p = (p + 1) & mask;
    buckets[p] = entry + 1;
    this.hashes[p] = h;
  }

  private grow(): void {
    this.buckets = new Int32Array(this.buckets.length * 2);
    this.hashes = new Int32Array(this.buckets.length);
    this.mask = this.buckets.length - 1;
    for (let e = 0; e < this.keys.length; e++) {
      if (!Number.isNaN(this.values[e])) this.place(hashString(this.keys[e]), e);
    }
  }
}

/**
 * 32-bit FNV-1a over the UTF-16 code units, then a multiply-xorshift finaliser so that the low
 * bits (the bucket) depend on every character (ids often differ only in their last digits).
 */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

/**
 * The production allow-list of operations: a JSON object of sha256 (lower-case hex of the exact
 * query text, as Apollo's APQ computes it) → query text. An operation runs when it is sent by
 * hash (`extensions.persistedQuery.sha256Hash`, no query) or by exactly the same text.
 */
export class PersistedQueryAllowlist {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  static fromEntries(entries: Record<string, string>, source = 'allow-list'): PersistedQueryAllowlist {
    const map = new Map<string, string>();
    for (const [hash, query] of Object.entries(entries)) {
      if (typeof query !== 'string' || !query.trim()) throw new Error(`${source}: entry ${hash} is not a query text`);
      const actual = sha256Hex(query);
      if (actual !== hash.toLowerCase()) throw new Error(`${source}: key ${hash} is not the sha256 of its query (expected ${actual})`);
      map.set(actual, query);
    }
    return new PersistedQueryAllowlist(map);
  }

  get size(): number {
    return this.byHash.size;
  }

  has(hash: string | undefined): boolean {
    return !!hash && this.byHash.has(hash.toLowerCase());
  }

  query(hash: string): string | undefined {
    return this.byHash.get(hash.toLowerCase());
  }

  /**
   * Apollo's persisted-query cache backed by the list: a hash-only request finds its listed text,
   * and clients cannot register new operations (writes are ignored).
   */
  asReadOnlyApqCache(): KeyValueCache<string> {
    return {
      get: async (key: string) => this.query(key.replace(/^apq:/, '')),
      set: async () => undefined,
      delete: async () => false,
    };
  }
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Reads and checks the allow-list file; throws with the reason (the gateway refuses to boot). */
export function loadAllowlist(file: string): PersistedQueryAllowlist {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read ${file}: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${file}: expected a JSON object of sha256 → query`);
  return PersistedQueryAllowlist.fromEntries(raw as Record<string, string>, file);
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAllowlist, PersistedQueryAllowlist, sha256Hex } from './persisted-queries.allowlist';

const Q = 'query Taxonomy { taxonomy { code } }';
const file = (content: string) => {
  const f = join(mkdtempSync(join(tmpdir(), 'pq-')), 'list.json');
  writeFileSync(f, content);
  return f;
};

describe('persisted-query allow-list', () => {
  it('finds a listed query by its sha256, in either case', () => {
    const list = PersistedQueryAllowlist.fromEntries({ [sha256Hex(Q)]: Q });
    expect(list.has(sha256Hex(Q))).toBe(true);
    expect(list.has(sha256Hex(Q).toUpperCase())).toBe(true);
    expect(list.query(sha256Hex(Q))).toBe(Q);
    expect(list.has(sha256Hex(Q + ' '))).toBe(false);
    expect(list.has(undefined)).toBe(false);
  });

  it('refuses a key that is not the sha256 of its query, naming it', () => {
    expect(() => PersistedQueryAllowlist.fromEntries({ ['0'.repeat(64)]: Q })).toThrow(/key 0{64} is not the sha256 of its query/);
  });

  it('loads a file, and says why a bad one is refused', () => {
    expect(loadAllowlist(file(JSON.stringify({ [sha256Hex(Q)]: Q }))).size).toBe(1);
    expect(() => loadAllowlist(file('[1,2]'))).toThrow(/expected a JSON object/);
    expect(() => loadAllowlist(file('{'))).toThrow(/cannot read/);
    expect(() => loadAllowlist('/nonexistent/list.json')).toThrow(/cannot read/);
  });

  it("as Apollo's APQ cache: answers listed hashes (with Apollo's apq: prefix) and ignores writes", async () => {
    const cache = PersistedQueryAllowlist.fromEntries({ [sha256Hex(Q)]: Q }).asReadOnlyApqCache();
    expect(await cache.get(`apq:${sha256Hex(Q)}`)).toBe(Q);
    const other = '{ x }';
    await cache.set(`apq:${sha256Hex(other)}`, other);
    expect(await cache.get(`apq:${sha256Hex(other)}`)).toBeUndefined();
  });
});

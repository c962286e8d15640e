/**
 * One test layout for every project (docs/architecture.md, "Where tests live"): a unit spec sits
 * next to the file it tests, an integration spec in its project's `src/test/` with the harness
 * it shares, a journey across services in the root `e2e/`. A separate `test/` or `spec/` folder
 * of unit specs is how the layouts drifted apart before, so this fails on the first one.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(__dirname, '../..');
const SKIPPED = new Set(['node_modules', 'dist', '.data', '.nx', 'coverage', 'gql']);
const TEST_FOLDERS = new Set(['test', 'tests', 'spec', 'specs', '__tests__']);

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield relative(root, path).split(sep).join('/');
  }
}

const projectFiles = ['apps', 'libs', 'tools'].flatMap((top) => [...files(join(root, top))]);
const folders = (file: string) => file.split('/').slice(0, -1);

describe('test layout', () => {
  it('finds the specs it checks', () => {
    expect(projectFiles.filter((f) => f.endsWith('.spec.ts')).length).toBeGreaterThan(100);
    expect(projectFiles.filter((f) => f.endsWith('.int-spec.ts')).length).toBeGreaterThan(10);
  });

  it('puts every unit spec next to the code, never in a test/ or spec/ folder', () => {
    const misplaced = projectFiles.filter((f) => f.endsWith('.spec.ts') && !f.endsWith('.int-spec.ts') && !f.endsWith('.e2e-spec.ts') && folders(f).some((d) => TEST_FOLDERS.has(d)));
    expect(misplaced).toEqual([]);
  });

  it('puts every integration spec in its project’s src/test/', () => {
    const misplaced = projectFiles.filter((f) => f.endsWith('.int-spec.ts') && !/^(apps|libs)\/[^/]+\/src\/test\/[^/]+$/.test(f));
    expect(misplaced).toEqual([]);
  });

  it('keeps journeys across services in the root e2e/ only', () => {
    expect(projectFiles.filter((f) => f.endsWith('.e2e-spec.ts'))).toEqual([]);
  });
});

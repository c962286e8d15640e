/**
 * Matching's ownership rule, checked on the code: every table belongs to one feature (the map in
 * apps/matching/README.md, which must cover exactly the tables the migrations create), and SQL
 * naming a table appears only in that feature's `*.repository.ts`. Another feature that needs the
 * table calls the owner's repository; so does a read (no cross-feature JOIN).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const src = join(root, 'apps/matching/src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

/** Tables the migrations create. */
function migrationTables(): string[] {
  const tables = new Set<string>();
  for (const f of filesUnder(join(src, 'migrations'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+)/g)) tables.add(m[1]);
  }
  return [...tables].sort();
}

/** The README's ownership table: feature folder → tables, one row per feature. */
function documentedOwnership(): Map<string, string> {
  const readme = readFileSync(join(root, 'apps/matching/README.md'), 'utf8');
  const at = readme.indexOf('<!-- table-ownership');
  if (at < 0) throw new Error('apps/matching/README.md has no <!-- table-ownership --> table');
  const owner = new Map<string, string>();
  for (const line of readme.slice(at).split('\n').slice(1)) {
    if (!line.startsWith('|')) break;
    const [feature, tables] = line.split('|').slice(1, 3).map((c) => c.trim());
    const folder = /^`([\w-]+)`$/.exec(feature)?.[1];
    if (!folder) continue; // the header and its rule
    for (const t of tables.matchAll(/`(\w+)`/g)) {
      if (owner.has(t[1])) throw new Error(`${t[1]} is listed for both ${owner.get(t[1])} and ${folder}`);
      owner.set(t[1], folder);
    }
  }
  return owner;
}

/**
 * The problems of one file of matching: every table its SQL names (after FROM, JOIN, INTO,
 * UPDATE, TABLE or TRUNCATE) must be owned by the file's feature folder, and the file must be a
 * repository. Names built at run time (`${table}`) are not seen; the code has none outside migrations.
 */
function ownershipProblems(file: string, text: string, owner: ReadonlyMap<string, string>): string[] {
  const rel = relative(src, resolve(root, file)).split('\\').join('/');
  const feature = rel.includes('/') ? rel.slice(0, rel.indexOf('/')) : '(root)';
  const names = [...owner.keys()].sort((a, b) => b.length - a.length).join('|');
  const problems = new Set<string>();
  for (const m of text.matchAll(new RegExp(`\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|TRUNCATE)\\s+(${names})\\b`, 'gi'))) {
    const table = m[1].toLowerCase();
    if (owner.get(table) !== feature) problems.add(`${rel}: names ${table}, owned by ${owner.get(table)} (call its repository)`);
    else if (!rel.endsWith('.repository.ts')) problems.add(`${rel}: names ${table} outside ${feature}'s *.repository.ts`);
  }
  return [...problems];
}

describe('matching: every table’s SQL lives in its owning feature’s repository', () => {
  const owner = documentedOwnership();

  it('the README’s ownership map covers exactly the tables the migrations create', () => {
    expect([...owner.keys()].sort()).toEqual(migrationTables());
  });

  it('no file of matching names a table outside its owner’s repository', () => {
    const files = filesUnder(src).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && !f.includes('/migrations/') && !f.includes('/test/'));
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((f) => ownershipProblems(f, readFileSync(f, 'utf8'), owner))).toEqual([]);
  });

  // The check must really fail, not just pass: the shapes erasure and the reads had before.
  it.each([
    ['a service writing its own feature’s table', 'apps/matching/src/privacy/erasure.service.ts', 'm.query(`INSERT INTO personal_data_erasure (senior_id) VALUES ($1)`)', /outside privacy's/],
    ['a service writing another feature’s table', 'apps/matching/src/privacy/erasure.service.ts', 'm.query(`UPDATE senior SET full_name = NULL`)', /senior, owned by requests/],
    ['a repository joining another feature’s table', 'apps/matching/src/consent/consent.repository.ts', 'SELECT p.* FROM provision_record p JOIN referral f ON f.id = p.referral_id', /referral, owned by referrals/],
    ['a read in lower case', 'apps/matching/src/read-models/known-municipalities.ts', 'select 1 from exposure_record', /exposure_record, owned by shortlists/],
    ['a file outside every feature', 'apps/matching/src/app.module.ts', 'DELETE FROM help_request_sensitive', /owned by requests/],
  ])('flags %s', (_what, file, code, problem) => {
    const problems = ownershipProblems(file, code, owner);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(problem);
  });

  it('accepts a repository naming its own feature’s tables, and prose that only mentions a table', () => {
    expect(ownershipProblems('apps/matching/src/requests/help-request.repository.ts', 'UPDATE senior SET erased_at = now(); DELETE FROM help_request_sensitive', owner)).toEqual([]);
    expect(ownershipProblems('apps/matching/src/privacy/erasure.service.ts', '/** the senior keeps `senior` as a bare id */', owner)).toEqual([]);
  });
});

// Regenerates libs/kernel/src/municipalities/municipality-codes.ts from a municipality master CSV
// (columns jis_code5, pref_name, name, …), e.g. the shared data set's municipality_master.csv:
//   node tools/ops/generate-municipality-codes.mjs ../shared/data/municipalities/municipality_master.csv
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const file = process.argv[2];
if (!file) {
  console.error('usage: node tools/ops/generate-municipality-codes.mjs <municipality_master.csv>');
  process.exit(2);
}
const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
const cols = header.split(',');
const at = (name) => cols.indexOf(name);
const byCode = new Map();
for (const line of lines) {
  const f = line.split(',');
  byCode.set(f[at('jis_code5')], `${f[at('pref_name')] ?? ''}${f[at('name')]}`);
}
const target = join(root, 'libs/kernel/src/municipalities/municipality-codes.ts');
const current = readFileSync(target, 'utf8');
const head = current.slice(0, current.indexOf('export const MUNICIPALITIES'));
const tail = current.slice(current.indexOf(']);') + 3);
const body = [...byCode].sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => `  ['${c}', '${n}'],`).join('\n');
writeFileSync(target, `${head}export const MUNICIPALITIES: ReadonlyMap<string, string> = new Map([\n${body}\n]);${tail}`);
console.log(`wrote ${byCode.size} codes to ${target}`);

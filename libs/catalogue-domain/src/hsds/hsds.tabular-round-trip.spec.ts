import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  exportCatalogueToHsds,
  exportCatalogueToHsdsTabular,
  importCatalogueFromHsdsTabular,
  importCatalogueFromHsdsTabularJson,
  parseCsv,
  SERVICE_TAXONOMY_SEED,
  tabularJsonToFiles,
  type HsdsTabularFile,
} from '../index';
import { hsdsJsonSchemaValidator } from './json-schema-validator';
import { catalogueFixture } from '../testing/catalogue.fixtures';

const DIR = join(__dirname, '__fixtures__', 'official');
const officialCsv = (): HsdsTabularFile[] =>
  readdirSync(join(DIR, 'csv'))
    .filter((f) => f.endsWith('.csv'))
    .map((fileName) => ({ fileName, content: readFileSync(join(DIR, 'csv', fileName), 'utf8') }));

/** table → id → column → cell text (empty cells left out). */
function cells(files: HsdsTabularFile[]): Map<string, Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, Map<string, string>>>();
  for (const f of files) {
    const parsed = parseCsv(f.content);
    if (!parsed.ok) throw new Error(`${f.fileName} line ${parsed.line}`);
    const [header, ...rows] = parsed.records;
    const byId = new Map<string, Map<string, string>>();
    for (const r of rows) {
      const id = r.fields[header.fields.indexOf('id')];
      byId.set(id, new Map(header.fields.map((c, k) => [c, r.fields[k]] as [string, string]).filter(([, v]) => v !== '')));
    }
    out.set(f.fileName.replace(/\.csv$/, ''), byId);
  }
  return out;
}

/** Every non-empty cell of `input` at the same table, row id and column of `output`, as "table/id/column" when lost. */
function lostCells(input: HsdsTabularFile[], output: HsdsTabularFile[]): { lost: string[]; total: number } {
  const a = cells(input);
  const b = cells(output);
  const lost: string[] = [];
  let total = 0;
  for (const [table, rows] of a)
    for (const [id, row] of rows)
      for (const [col, value] of row) {
        total++;
        if (b.get(table)?.get(id)?.get(col) !== value) lost.push(`${table}/${id}/${col}`);
      }
  return { lost, total };
}

const options = { jsonSchemaValidator: hsdsJsonSchemaValidator(), serviceTaxonomy: SERVICE_TAXONOMY_SEED };

describe('hsds.tabular-round-trip: the HSDS tabular (CSV) package', () => {
  it('the official examples/csv package imports, and every cell survives import → CSV export', () => {
    const files = officialCsv();
    expect(files).toHaveLength(21);
    const r = importCatalogueFromHsdsTabular(files, options);
    if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 2));
    expect(r.value.organizations.map((o) => o.name)).toEqual(['Example Organization Inc.']);
    const at = (name: string) => files.findIndex((f) => f.fileName === name);
    expect(r.warnings.map((w) => `${w.path} ${w.code}`)).toEqual([
      `/files/${at('services.csv')}/rows/0 hsds_service_held`,
      `/files/${at('cost_options.csv')}/rows/0/currency hsds_currency_unsupported`,
    ]);
    const { lost, total } = lostCells(files, exportCatalogueToHsdsTabular(r.value, { interop: r.interop }));
    expect(lost).toEqual([]);
    expect(total).toBeGreaterThan(150);
  });

  it('the official examples/tabular.json (the same package as JSON) imports, and every cell survives', () => {
    const doc = JSON.parse(readFileSync(join(DIR, 'tabular.json'), 'utf8'));
    const files = tabularJsonToFiles(doc);
    const r = importCatalogueFromHsdsTabularJson(doc, options);
    if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 2));
    const { lost, total } = lostCells(files, exportCatalogueToHsdsTabular(r.value, { interop: r.interop }));
    expect(lost).toEqual([]);
    expect(total).toBeGreaterThan(150);
  });

  it('our own catalogue goes out as CSV and comes back as the same listings', () => {
    const files = exportCatalogueToHsdsTabular(catalogueFixture());
    expect(files.map((f) => f.fileName)).toEqual(
      expect.arrayContaining(['organizations.csv', 'services.csv', 'cost_options.csv', 'schedules.csv', 'attributes.csv', 'taxonomy_terms.csv']),
    );
    const r = importCatalogueFromHsdsTabular(files, options);
    if (!r.ok) throw new Error(JSON.stringify(r.errors, null, 2));
    expect(r.value).toEqual(catalogueFixture());
    expect(r.warnings).toEqual([]);
    expect(exportCatalogueToHsds(r.value).services).toEqual(exportCatalogueToHsds(catalogueFixture()).services);
  });

  it('problems in the tabular package written as JSON point into that document', () => {
    const doc = JSON.parse(readFileSync(join(DIR, 'tabular.json'), 'utf8'));
    doc['cost_options.csv'][0].amount = 'abc';
    doc['people.csv'] = [];
    const r = importCatalogueFromHsdsTabularJson(doc, options);
    expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`)).toEqual(['/cost_options.csv/0/amount hsds_type', '/people.csv hsds_table_unknown']);
  });

  it('hsds.tabular-import-is-all-or-nothing: one bad cell refuses the package, naming file, row and column', () => {
    const files = exportCatalogueToHsdsTabular(catalogueFixture());
    const i = files.findIndex((f) => f.fileName === 'cost_options.csv');
    files[i] = { ...files[i], content: files[i].content.replace(/,JPY,(\d+),/, ',USD,$1,') };
    const r = importCatalogueFromHsdsTabular(files, options);
    expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`)).toEqual([`/files/${i}/rows/0/currency hsds_currency_unsupported`]);
  });

  it('refuses what is not the package: unknown file, broken CSV, a row of the wrong width, text in a number column', () => {
    const r = importCatalogueFromHsdsTabular([
      { fileName: 'people.csv', content: 'id\n1\n' },
      { fileName: 'services.csv', content: 'id,name,status\n"a,b,active\n' },
      { fileName: 'funding.csv', content: 'id,source\n1,a,b\n' },
      { fileName: 'cost_options.csv', content: 'id,amount\n1,abc\n' },
    ]);
    expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      '/files/0/fileName hsds_table_unknown',
      '/files/1/content hsds_csv_invalid',
      '/files/2/rows/0 hsds_csv_row_width',
      '/files/3/rows/0/amount hsds_type',
    ]);
    expect(r.ok ? '' : r.errors[1].messageJa).toContain('2行目');
  });
});

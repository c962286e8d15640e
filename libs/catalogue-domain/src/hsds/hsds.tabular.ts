/**
 * The HSDS 3.0 tabular package (openreferral/specification `examples/csv/`): one CSV file per
 * table, rows linked by id columns. Import reads the files into the document shape (a service's
 * schedules, cost options, areas, languages, contacts and their phones, service_at_location rows and
 * attributes nest into it; an organization's phones and identifiers into it) and runs the JSON
 * import; rows that nest nowhere are kept as written, per table. Export writes the JSON export
 * back as tables. All or nothing, like the JSON import.
 */
import { fieldError, type FieldError } from '../shared/field-error';
import { parseCsv, writeCsv } from './csv';
import { exportCatalogueToHsds, type CatalogueSnapshot, type HsdsExportOptions } from './hsds.export';
import { importCatalogueFromHsds, type HsdsImportOptions, type HsdsImportResult } from './hsds.import';
import type { HsdsHeldRecord } from './hsds.interop';
import { organizationIdOf } from './hsds.interop';
import { HSDS_ERROR_MESSAGES, type HsdsErrorCode } from './hsds.messages';

export interface HsdsTabularFile {
  fileName: string;
  content: string;
}

/** The tables of the official package and their columns, in the official order. */
export const HSDS_TABLE_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  organizations: ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'tax_status', 'tax_id', 'year_incorporated', 'legal_status', 'logo', 'uri', 'parent_organization_id'],
  programs: ['id', 'organization_id', 'name', 'alternate_name', 'description'],
  services: ['id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'interpretation_services', 'application_process', 'fees_description', 'wait_time', 'fees', 'accreditations', 'eligibility_description', 'minimum_age', 'maximum_age', 'assured_date', 'assurer_email', 'licenses', 'alert', 'last_modified'],
  service_at_location: ['id', 'service_id', 'location_id', 'description'],
  locations: ['id', 'location_type', 'url', 'organization_id', 'name', 'alternate_name', 'description', 'transportation', 'latitude', 'longitude', 'external_identifier', 'external_identifier_type'],
  addresses: ['id', 'location_id', 'attention', 'address_1', 'address_2', 'city', 'region', 'state_province', 'postal_code', 'country', 'address_type'],
  phones: ['id', 'location_id', 'service_id', 'organization_id', 'contact_id', 'service_at_location_id', 'number', 'extension', 'type', 'description'],
  contacts: ['id', 'organization_id', 'service_id', 'service_at_location_id', 'location_id', 'name', 'title', 'department', 'email'],
  schedules: ['id', 'service_id', 'location_id', 'service_at_location_id', 'valid_from', 'valid_to', 'dtstart', 'timezone', 'until', 'count', 'wkst', 'freq', 'interval', 'byday', 'byweekno', 'bymonthday', 'byyearday', 'description', 'opens_at', 'closes_at', 'schedule_link', 'attending_type', 'notes'],
  service_areas: ['id', 'service_id', 'name', 'description', 'extent', 'extent_type', 'uri'],
  cost_options: ['id', 'service_id', 'valid_from', 'valid_to', 'option', 'currency', 'amount', 'amount_description'],
  languages: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note'],
  funding: ['id', 'organization_id', 'service_id', 'source'],
  required_documents: ['id', 'service_id', 'document', 'uri'],
  accessibility: ['id', 'location_id', 'description', 'details', 'url'],
  organization_identifiers: ['id', 'organization_id', 'identifier_scheme', 'identifier_type', 'identifier'],
  attributes: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'],
  taxonomies: ['id', 'name', 'description', 'uri', 'version'],
  taxonomy_terms: ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy', 'language', 'taxonomy_id', 'term_uri'],
  metadata: ['id', 'resource_id', 'resource_type', 'last_action_date', 'last_action_type', 'field_name', 'previous_value', 'replacement_value', 'updated_by'],
  meta_table_descriptions: ['id', 'name', 'language', 'character_set'],
};

/** Columns the official schemas type as numbers (every other cell is text). */
export const HSDS_NUMBER_COLUMNS: ReadonlySet<string> = new Set(['amount', 'minimum_age', 'maximum_age', 'latitude', 'longitude', 'year_incorporated', 'extension', 'timezone', 'interval', 'count']);

/** Schema file of a table's rows (for the JSON-schema validator). */
const SCHEMA_OF_TABLE: Record<string, string> = {
  organizations: 'organization',
  programs: 'program',
  services: 'service',
  service_at_location: 'service_at_location',
  locations: 'location',
  addresses: 'address',
  phones: 'phone',
  contacts: 'contact',
  schedules: 'schedule',
  service_areas: 'service_area',
  cost_options: 'cost_option',
  languages: 'language',
  funding: 'funding',
  required_documents: 'required_document',
  accessibility: 'accessibility',
  organization_identifiers: 'organization_identifier',
  attributes: 'attribute',
  taxonomies: 'taxonomy',
  taxonomy_terms: 'taxonomy_term',
  metadata: 'metadata',
  meta_table_descriptions: 'meta_table_description',
};

type Row = Record<string, unknown>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const err = (path: string, code: HsdsErrorCode, params?: Record<string, unknown>): FieldError => fieldError(path, code, HSDS_ERROR_MESSAGES[code], params);

/** Reads the CSV files into typed rows per table; problems point at `/files/<i>/…` (rows: `/files/<i>/rows/<r>/<column>`, r = 0 for the line after the header). */
export function readHsdsTabularFiles(files: readonly HsdsTabularFile[]): { ok: true; tables: Map<string, { rows: Row[]; source: string }> } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const tables = new Map<string, { rows: Row[]; source: string }>();
  files.forEach((file, i) => {
    const base = `/files/${i}`;
    const m = /^(?:.*[\\/])?([a-z_]+)\.csv$/i.exec(file.fileName.trim());
    const table = m?.[1].toLowerCase();
    if (!table || !(table in HSDS_TABLE_COLUMNS)) return errors.push(err(`${base}/fileName`, 'hsds_table_unknown'));
    if (tables.has(table)) return errors.push(err(`${base}/fileName`, 'hsds_table_duplicate'));
    const parsed = parseCsv(file.content);
    if (!parsed.ok) return errors.push(err(`${base}/content`, 'hsds_csv_invalid', { line: parsed.line }));
    const [header, ...records] = parsed.records;
    const columns = (header?.fields ?? []).map((c) => c.trim());
    if (!columns.includes('id') || new Set(columns).size !== columns.length) return errors.push(err(`${base}/content`, 'hsds_csv_header_invalid'));
    const rows: Row[] = [];
    records.forEach((rec, r) => {
      if (rec.fields.length !== columns.length) return errors.push(err(`${base}/rows/${r}`, 'hsds_csv_row_width', { line: rec.line }));
      const row: Row = {};
      columns.forEach((col, k) => {
        const cell = rec.fields[k];
        if (cell === '') return;
        if (HSDS_NUMBER_COLUMNS.has(col)) {
          const n = Number(cell.trim());
          if (cell.trim() === '' || !Number.isFinite(n)) errors.push(err(`${base}/rows/${r}/${col}`, 'hsds_type', { expected: 'number', received: 'text' }));
          else row[col] = n;
        } else row[col] = cell;
      });
      rows.push(row);
    });
    tables.set(table, { rows, source: base });
  });
  return errors.length ? { ok: false, errors } : { ok: true, tables };
}

/** The tabular package as JSON (`examples/tabular.json`: `{ "services.csv": [rows…] }`) → the same files as CSV text. */
export function tabularJsonToFiles(doc: Record<string, unknown>): HsdsTabularFile[] {
  return Object.entries(doc).map(([fileName, rows]) => {
    const list = Array.isArray(rows) ? rows.filter(isRecord) : [];
    const table = fileName.replace(/\.csv$/, '');
    const columns = [...(HSDS_TABLE_COLUMNS[table] ?? [])];
    for (const r of list) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
    return { fileName, content: writeCsv([columns, ...list.map((r) => columns.map((c) => cellText(r[c])))]) };
  });
}

/** A JSON document that is the tabular package (every key a table file name, e.g. `examples/tabular.json`). */
export function isHsdsTabularJson(doc: unknown): doc is Record<string, unknown[]> {
  return isRecord(doc) && Object.keys(doc).length > 0 && Object.entries(doc).every(([k, v]) => /\.csv$/.test(k) && Array.isArray(v));
}

/**
 * Imports the tabular package written as JSON (`{ "services.csv": [rows…] }`): the same import as
 * the CSV files; problems point into the document (`/services.csv/0/name`).
 */
export function importCatalogueFromHsdsTabularJson(doc: Record<string, unknown[]>, options: HsdsImportOptions = {}): HsdsImportResult {
  const files = tabularJsonToFiles(doc);
  const back = (list: FieldError[]) =>
    list.map((e) => {
      const m = /^\/files\/(\d+)(?:\/rows)?(\/.*)?$/.exec(e.path);
      return m ? { ...e, path: `/${files[Number(m[1])].fileName.replace(/~/g, '~0').replace(/\//g, '~1')}${(m[2] ?? '').replace(/^\/(fileName|content)$/, '')}` } : e;
    });
  const r = importCatalogueFromHsdsTabular(files, options);
  return r.ok ? { ...r, warnings: back(r.warnings) } : { ok: false, errors: back(r.errors), warnings: back(r.warnings) };
}

const cellText = (v: unknown): string => (v === undefined || v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** Nests rows into the document shape; `sources` maps document pointers to the rows they came from. */
function tablesToDocument(tables: Map<string, { rows: Row[]; source: string }>): { doc: Record<string, unknown>; sources: Map<string, string>; leftovers: Array<{ table: string; row: Row; source: string }> } {
  const used = new Map<string, Set<number>>();
  const sources = new Map<string, string>();
  const take = (table: string, docPath: string, match: (r: Row) => boolean): Row[] => {
    const t = tables.get(table);
    if (!t) return [];
    const u = used.get(table) ?? new Set<number>();
    used.set(table, u);
    const out: Row[] = [];
    t.rows.forEach((row, r) => {
      if (u.has(r) || !match(row)) return;
      u.add(r);
      sources.set(`${docPath}/${out.length}`, `${t.source}/rows/${r}`);
      out.push({ ...row });
    });
    return out;
  };
  const nest = (obj: Row, key: string, list: Row[]) => {
    if (list.length) obj[key] = list;
  };
  const withAttributes = (obj: Row, path: string) => nest(obj, 'attributes', take('attributes', `${path}/attributes`, (a) => a.link_id === obj.id));

  const doc: Record<string, unknown> = {};
  const services = take('services', '/services', () => true);
  services.forEach((s, i) => {
    const p = `/services/${i}`;
    withAttributes(s, p);
    for (const [key, table] of [
      ['schedules', 'schedules'],
      ['languages', 'languages'],
      ['service_at_locations', 'service_at_location'],
    ] as const)
      nest(s, key, take(table, `${p}/${key}`, (r) => r.service_id === s.id));
    for (const key of ['cost_options', 'service_areas'] as const) {
      const list = take(key, `${p}/${key}`, (r) => r.service_id === s.id);
      list.forEach((x, k) => withAttributes(x, `${p}/${key}/${k}`));
      nest(s, key, list);
    }
    const contacts = take('contacts', `${p}/contacts`, (r) => r.service_id === s.id);
    contacts.forEach((c, k) => {
      withAttributes(c, `${p}/contacts/${k}`);
      nest(c, 'phones', take('phones', `${p}/contacts/${k}/phones`, (r) => r.contact_id === c.id));
    });
    nest(s, 'contacts', contacts);
  });
  const organizations = take('organizations', '/organizations', () => true);
  organizations.forEach((o, i) => {
    const p = `/organizations/${i}`;
    nest(o, 'phones', take('phones', `${p}/phones`, (r) => r.organization_id === o.id && r.contact_id === undefined && r.service_id === undefined && r.location_id === undefined));
    nest(o, 'organization_identifiers', take('organization_identifiers', `${p}/organization_identifiers`, (r) => r.organization_id === o.id));
  });
  for (const [key, table] of [
    ['organizations', organizations],
    ['services', services],
  ] as const)
    if (table.length) doc[key] = table;
  for (const [key, table] of [
    ['locations', 'locations'],
    ['taxonomies', 'taxonomies'],
    ['taxonomy_terms', 'taxonomy_terms'],
    ['service_at_locations', 'service_at_location'],
  ] as const) {
    const list = take(table, `/${key}`, () => true);
    if (list.length) doc[key] = list;
  }
  const leftovers: Array<{ table: string; row: Row; source: string }> = [];
  for (const [table, t] of tables) {
    const u = used.get(table) ?? new Set<number>();
    t.rows.forEach((row, r) => {
      if (!u.has(r)) leftovers.push({ table, row, source: `${t.source}/rows/${r}` });
    });
  }
  return { doc, sources, leftovers };
}

/**
 * Imports the tabular package (CSV files, any subset of the tables). Problems point at
 * `/files/<i>/rows/<r>/<column>` (r = 0 is the first line after the header) or
 * `/files/<i>/fileName` / `/files/<i>/content`.
 */
export function importCatalogueFromHsdsTabular(files: readonly HsdsTabularFile[], options: HsdsImportOptions = {}): HsdsImportResult {
  const read = readHsdsTabularFiles(files);
  if (!read.ok) return { ok: false, errors: read.errors, warnings: [] };
  const { doc, sources, leftovers } = tablesToDocument(read.tables);
  const schemaErrors: FieldError[] = [];
  const held: HsdsHeldRecord[] = leftovers.map(({ table, row, source }) => {
    for (const e of options.jsonSchemaValidator?.(SCHEMA_OF_TABLE[table] as never, row) ?? [])
      schemaErrors.push(err(source + e.instancePath, 'hsds_schema', { detail: e.message }));
    return { collection: table, id: String(row.id), organizationId: organizationIdOf(row), object: row };
  });
  const toSource = (p: string): string => {
    for (let q = p; q !== ''; q = q.slice(0, q.lastIndexOf('/'))) {
      const hit = sources.get(q);
      if (hit !== undefined) return hit + p.slice(q.length);
    }
    return p;
  };
  const r = importCatalogueFromHsds(doc, { ...options, extraHeld: held });
  const translate = (list: FieldError[]) => list.map((e) => ({ ...e, path: toSource(e.path) }));
  if (!r.ok) return { ok: false, errors: [...translate(r.errors), ...schemaErrors], warnings: translate(r.warnings) };
  if (schemaErrors.length) return { ok: false, errors: schemaErrors, warnings: translate(r.warnings) };
  return { ...r, warnings: translate(r.warnings) };
}

const TABLE_OF_LIST: Record<string, string> = {
  organizations: 'organizations',
  services: 'services',
  locations: 'locations',
  taxonomies: 'taxonomies',
  taxonomy_terms: 'taxonomy_terms',
  service_at_locations: 'service_at_location',
  schedules: 'schedules',
  cost_options: 'cost_options',
  service_areas: 'service_areas',
  languages: 'languages',
  contacts: 'contacts',
  phones: 'phones',
  attributes: 'attributes',
  funding: 'funding',
  required_documents: 'required_documents',
  accessibility: 'accessibility',
  addresses: 'addresses',
  organization_identifiers: 'organization_identifiers',
  programs: 'programs',
  metadata: 'metadata',
};
/** Single nested objects: their table and the id column the parent row gets. */
const TABLE_OF_OBJECT: Record<string, { table: string; fk: string }> = {
  organization: { table: 'organizations', fk: 'organization_id' },
  program: { table: 'programs', fk: 'program_id' },
  location: { table: 'locations', fk: 'location_id' },
  service: { table: 'services', fk: 'service_id' },
  taxonomy_term: { table: 'taxonomy_terms', fk: 'taxonomy_term_id' },
  taxonomy_detail: { table: 'taxonomies', fk: 'taxonomy_id' },
};
/** The id column a child row gets from its parent table (when it lacks it). */
const FK_OF_PARENT: Record<string, string> = {
  organizations: 'organization_id',
  services: 'service_id',
  locations: 'location_id',
  contacts: 'contact_id',
  service_at_location: 'service_at_location_id',
  phones: 'phone_id',
};

/** The document as tables: every object becomes a row of its table (once per id), lists and nested objects become rows of theirs. */
export function flattenHsdsDocument(doc: Record<string, unknown>): Map<string, Row[]> {
  const tables = new Map<string, Row[]>();
  const seen = new Set<string>();
  const emit = (table: string, obj: Row, parent?: { table: string; id: unknown }) => {
    const row: Row = {};
    const children: Array<() => void> = [];
    for (const [k, v] of Object.entries(obj)) {
      if (Array.isArray(v) && TABLE_OF_LIST[k]) children.push(() => v.filter(isRecord).forEach((c) => emit(TABLE_OF_LIST[k], c, { table, id: obj.id })));
      else if (isRecord(v) && TABLE_OF_OBJECT[k]) {
        const { table: t, fk } = TABLE_OF_OBJECT[k];
        if (obj[fk] === undefined && v.id !== undefined && HSDS_TABLE_COLUMNS[table]?.includes(fk)) row[fk] = v.id;
        children.push(() => emit(t, v));
      } else if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) row[k] = v;
    }
    if (parent) {
      const fk = table === 'attributes' ? 'link_id' : FK_OF_PARENT[parent.table];
      if (fk && row[fk] === undefined && (table === 'attributes' || HSDS_TABLE_COLUMNS[table]?.includes(fk))) row[fk] = parent.id;
    }
    const key = `${table}\u0000${String(obj.id)}`;
    if (!seen.has(key)) {
      seen.add(key);
      tables.set(table, [...(tables.get(table) ?? []), row]);
    }
    children.forEach((c) => c());
  };
  // Taxonomies first, so terms keep the taxonomy's order (attributes embed the terms they use).
  const order = ['taxonomies', 'taxonomy_terms', 'organizations', 'locations', 'services', 'service_at_locations'];
  const keys = [...order.filter((k) => k in doc), ...Object.keys(doc).filter((k) => !order.includes(k))];
  for (const k of keys) {
    const v = doc[k];
    if (Array.isArray(v) && TABLE_OF_LIST[k]) v.filter(isRecord).forEach((o) => emit(TABLE_OF_LIST[k], o));
  }
  return tables;
}

/** Tables as CSV files: the official tables in the official order and column order (extra columns after), then any other table. */
export function tablesToCsvFiles(tables: Map<string, Row[]>): HsdsTabularFile[] {
  const names = [...Object.keys(HSDS_TABLE_COLUMNS).filter((t) => tables.has(t)), ...[...tables.keys()].filter((t) => !(t in HSDS_TABLE_COLUMNS))];
  return names.map((table) => {
    const rows = tables.get(table) ?? [];
    const columns = [...(HSDS_TABLE_COLUMNS[table] ?? [])];
    for (const r of rows) for (const k of Object.keys(r)) if (!columns.includes(k)) columns.push(k);
    return { fileName: `${table}.csv`, content: writeCsv([columns, ...rows.map((r) => columns.map((c) => cellText(r[c])))]) };
  });
}

/** The catalogue as the HSDS tabular package: the JSON export's objects as rows, plus the rows kept from tabular imports. */
export function exportCatalogueToHsdsTabular(snapshot: CatalogueSnapshot, options: HsdsExportOptions = {}): HsdsTabularFile[] {
  const doc = exportCatalogueToHsds(snapshot, options) as unknown as Record<string, unknown>;
  const tables = flattenHsdsDocument(doc);
  for (const h of options.interop?.held ?? []) {
    if (!(h.collection in HSDS_TABLE_COLUMNS) || ['organizations', 'services', 'locations', 'taxonomies', 'taxonomy_terms'].includes(h.collection)) continue;
    const list = tables.get(h.collection) ?? [];
    if (!list.some((r) => r.id === h.id)) tables.set(h.collection, [...list, h.object]);
  }
  return tablesToCsvFiles(tables);
}

/**
 * The import page's arithmetic, kept free of React so it can be tested on its own: which files a
 * folder gives, whether they fit in one request, the region CLI command to use when they do not,
 * and the report CSV as the bytes a spreadsheet in Japan opens.
 */

export type ImportKind = 'municipalities' | 'townBlocks' | 'resources' | 'boundaries';

/** What a picked file needs here: a browser `File` satisfies it. */
export interface PickedFile {
  name: string;
  size: number;
  /** `folder/name.csv` for a file picked with its folder (`webkitdirectory`), else empty. */
  webkitRelativePath?: string;
}

/**
 * The gateway's (and every subgraph's) request body limit by default, `GATEWAY_BODY_LIMIT=1mb`,
 * which body-parser reads as 1,048,576 bytes. The browser cannot ask the gateway for its setting:
 * a deployment with a smaller limit answers 413 and the page says the same thing then.
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;
/** The operation's text and the JSON around the files (measured: under 2 KB), with room to spare. */
export const REQUEST_OVERHEAD_BYTES = 8 * 1024;
/** `importTownBlockFiles` takes 1–100 files (apps/region/README.md, Limits). */
export const MAX_FILES = 100;

/** Bytes of the JSON request that carries these files as base64 (4 characters per 3 bytes). */
export function requestBytes(files: readonly PickedFile[]): number {
  // A file name is JSON-escaped UTF-8; 3 bytes a character bounds a Japanese name.
  return files.reduce((sum, f) => sum + 4 * Math.ceil(f.size / 3) + 3 * f.name.length + 64, REQUEST_OVERHEAD_BYTES);
}

/** Whether the files are too large to send from the browser (they then go through the region CLI). */
export function overBodyLimit(files: readonly PickedFile[], limit = BODY_LIMIT_BYTES): boolean {
  return files.length > 0 && requestBytes(files) > limit;
}

/** The largest total file size the page can send in one request (for the message that says so). */
export function largestSendableBytes(limit = BODY_LIMIT_BYTES): number {
  return Math.floor(((limit - REQUEST_OVERHEAD_BYTES) * 3) / 4);
}

/**
 * The files of a picked folder the import takes, as the region CLI does with a folder: the `*.csv`
 * directly in it (not in its subfolders), in name order — so the page and the CLI import the same
 * files in the same order.
 */
export function csvFilesOfFolder<F extends PickedFile>(files: readonly F[]): F[] {
  const depth = (f: F) => (f.webkitRelativePath ? f.webkitRelativePath.split('/').length : 1);
  const top = Math.min(...files.map(depth));
  return files
    .filter((f) => /\.csv$/i.test(f.name) && depth(f) === top)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const CLI_KIND: Record<ImportKind, string> = { municipalities: 'municipalities', townBlocks: 'town-blocks', resources: 'resources', boundaries: 'boundaries' };

/** The region CLI command for files too large for the browser (`<folder>` / `<file>` is for the officer to fill in). */
export function cliCommand(kind: ImportKind, lenient: boolean, placeholder: string): string {
  const canBeLenient = kind === 'municipalities' || kind === 'townBlocks';
  return `npm run region -- import ${CLI_KIND[kind]} ${placeholder}${lenient && canBeLenient ? ' --lenient' : ''}`;
}

/**
 * Notes (code changes, filled-in values) per kind of change, with the words the API gave and how
 * many rows, in the order the kinds first appear: a nationwide import has hundreds of code changes,
 * which a person reads as one line per kind before the table.
 */
export function notesByKind(notes: readonly { code: string; codeLabelJa: string; codeLabelEn: string }[]): { code: string; ja: string; en: string; rows: number }[] {
  const kinds = new Map<string, { code: string; ja: string; en: string; rows: number }>();
  for (const n of notes) {
    const k = kinds.get(n.code) ?? { code: n.code, ja: n.codeLabelJa, en: n.codeLabelEn, rows: 0 };
    k.rows++;
    kinds.set(n.code, k);
  }
  return [...kinds.values()];
}

const BOM = '\uFEFF';

/**
 * The report CSV as the API gave it, to save as report.csv. The API's CSV starts with a byte-order
 * mark (apps/region import-report.ts): Excel in Japan reads a CSV without one as Shift_JIS and shows
 * the Japanese reasons garbled. Should the API ever drop it, it is added here for the same reason;
 * a BOM already there is not doubled. A Blob encodes the string as UTF-8, BOM included.
 */
export function reportCsvText(csv: string): string {
  return csv.startsWith(BOM) ? csv : BOM + csv;
}

/** 12.3 KB / 1.2 MB, for telling the officer how large the chosen files are. */
export function sizeInWords(bytes: number, locale: 'ja' | 'en'): string {
  const f = new Intl.NumberFormat(locale === 'ja' ? 'ja-JP' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${f.format(Math.max(0.1, bytes / 1024))} KB`;
  return `${f.format(bytes / (1024 * 1024))} MB`;
}

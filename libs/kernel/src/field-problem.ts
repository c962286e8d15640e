/**
 * The one shape of an input problem, for every context: where (a JSON Pointer, RFC 6901, into the
 * validated input — `/price/amountYen`, `/schedule/1/closesAt`; the empty string is the whole
 * input), a stable lower_snake_case code, and its words in both of the users' languages. Domain
 * validators return these, the API carries them in `extensions.problems`, the web app shows each
 * at the field its path names.
 */
export interface FieldProblem {
  readonly path: string;
  readonly code: string;
  readonly messageJa: string;
  readonly messageEn: string;
}

/** The JSON Pointer for a path of keys, escaping `~` and `/` as RFC 6901 requires: ['input', 'a/b'] → /input/a~1b. */
export function jsonPointer(segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Splits a JSON Pointer back into its (unescaped) segments. */
export function parseJsonPointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`not a JSON Pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

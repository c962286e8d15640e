/**
 * One validation problem, located by a JSON Pointer (RFC 6901) into the validated input,
 * e.g. `/price/amountYen`, `/schedule/1/closesAt`, `/services/2/cost_options/0/amount`.
 * The empty string points at the whole input.
 */
export interface FieldError {
  path: string;
  /** Stable machine code (snake_case), e.g. `price_negative`. */
  code: string;
  messageJa: string;
  messageEn: string;
}

/** Builds a JSON Pointer from path segments, escaping `~` and `/` as RFC 6901 requires. */
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

export interface MessagePair {
  ja: string;
  en: string;
}

/** Replaces `{name}` placeholders with values from params (missing ones are left as is). */
export function interpolate(template: string, params: Readonly<Record<string, unknown>> | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

export function fieldError(
  path: string,
  code: string,
  messages: MessagePair,
  params?: Readonly<Record<string, unknown>>,
): FieldError {
  return { path, code, messageJa: interpolate(messages.ja, params), messageEn: interpolate(messages.en, params) };
}

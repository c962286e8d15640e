/**
 * The one error shape of Sanpuku's API, for every subgraph, the gateway and every non-GraphQL
 * route (`/dev/*`, `/health`, unknown routes, 413, 431, WebSocket upgrades).
 *
 *   { "message": "<Japanese, for a person>",
 *     "extensions": { "code": "<one of ERROR_CODES>", "messageEn": "<the English>",
 *                     "problems": [ { "path": "/input/senior/careLevel", "code": "invalid_value",
 *                                     "messageJa": "…", "messageEn": "…" } ],   // BAD_USER_INPUT only
 *                     … code-specific details } }
 *
 * - `message` is Japanese; the English is its own field, never glued into one string.
 * - `BAD_USER_INPUT` carries every problem at once, each with a JSON Pointer (RFC 6901) into the
 *   operation's variables (`/input/...`) or into the request (`/operationName`), so a form can mark
 *   every field. `field` repeats the first problem's path for clients that show one.
 * - Clients branch on `code` (and `problems[].code`), never on messages.
 */
import { GraphQLError } from 'graphql';
import { jsonPointer, type FieldProblem } from '@sanpuku/kernel';

/** Every `extensions.code` a client can meet, with the HTTP status it comes with and its words. */
export const ERROR_CODES = {
  UNAUTHENTICATED: { http: 401, ja: 'ログインが必要です。または、ログインの有効期限が切れています', en: 'Sign-in required, or the sign-in has expired or is invalid' },
  FORBIDDEN: { http: 200, ja: 'この操作を行う権限がありません', en: 'Your role or organisation may not do this' },
  NOT_FOUND: { http: 200, ja: '見つかりません（または閲覧できません）', en: 'No such thing, or you may not see it' },
  BAD_USER_INPUT: { http: 200, ja: '入力内容に誤りがあります', en: 'The input is not valid; every problem is listed with its field' },
  INVALID_TRANSITION: { http: 200, ja: '現在の状態ではこの操作はできません', en: 'Not possible in the current state' },
  ALREADY_EXISTS: { http: 200, ja: 'すでに登録されています', en: 'Already registered' },
  REFERRAL_EXISTS: { http: 200, ja: 'このサービスへの紹介はすでにあります', en: 'A referral to this offering already exists' },
  CONSENT_REQUIRED: { http: 200, ja: '有効な同意がありません', en: 'No valid consent covers this' },
  ALREADY_WITHDRAWN: { http: 200, ja: 'すでに撤回されています', en: 'Already withdrawn' },
  ROTATION_CONFLICT: { http: 200, ja: '候補の並び順の更新が重なりました。もう一度お試しください', en: 'The fair-rotation state changed concurrently; retry' },
  CONCURRENT_UPDATE: { http: 200, ja: '同時に更新されました。再読み込みしてやり直してください', en: 'Changed concurrently; reload and try again' },
  ORGANIZATION_NOT_REGISTERED: { http: 200, ja: '先に事業者登録をしてください', en: 'Register your organisation first' },
  QUERY_TOO_DEEP: { http: 400, ja: 'クエリの階層が深すぎます', en: 'The query is nested too deeply' },
  QUERY_TOO_COSTLY: { http: 400, ja: 'クエリの負荷が大きすぎます', en: 'The query would cost too much' },
  RATE_LIMITED: { http: 429, ja: 'リクエストが多すぎます。しばらく待ってからやり直してください', en: 'Too many requests; wait and retry' },
  PERSISTED_QUERY_NOT_ALLOWED: { http: 400, ja: '登録されていない操作です', en: 'The operation is not on the allow-list' },
  PERSISTED_QUERY_NOT_FOUND: { http: 200, ja: '登録されていないクエリです', en: 'Unknown persisted query hash' },
  PAYLOAD_TOO_LARGE: { http: 413, ja: 'リクエストが大きすぎます', en: 'The request body is too large' },
  REQUEST_HEADER_FIELDS_TOO_LARGE: { http: 431, ja: 'リクエストのヘッダーが大きすぎます', en: 'The request headers are too large' },
  BAD_REQUEST: { http: 400, ja: 'リクエストの形式が正しくありません', en: 'Malformed request' },
  GRAPHQL_PARSE_FAILED: { http: 400, ja: 'クエリの構文が正しくありません', en: 'The query does not parse' },
  GRAPHQL_VALIDATION_FAILED: { http: 400, ja: 'クエリがスキーマに合っていません', en: 'The query does not fit the schema' },
  ROUTE_NOT_FOUND: { http: 404, ja: 'このURLはありません', en: 'No such URL' },
  METHOD_NOT_ALLOWED: { http: 405, ja: 'この方法では利用できません', en: 'Method not allowed' },
  UNAVAILABLE: { http: 200, ja: '一部のサービスが一時的に利用できません', en: 'A service is temporarily unavailable' },
  INTERNAL_SERVER_ERROR: { http: 500, ja: '内部エラーが発生しました', en: 'Internal error' },
} as const satisfies Record<string, { http: number; ja: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Outcomes a client caused or expects: logged below `error`, never with a stack trace. */
export const EXPECTED_ERROR_CODES: ReadonlySet<string> = new Set(
  (Object.keys(ERROR_CODES) as ErrorCode[]).filter((c) => c !== 'INTERNAL_SERVER_ERROR' && c !== 'UNAVAILABLE'),
);

/** One problem of an input: where (JSON Pointer), a stable lower_snake_case code, and its words (the kernel's one shape). */
export type { FieldProblem };

/** `extensions` of an error in the one shape (plus code-specific details). */
export interface ApiErrorExtensions {
  code: ErrorCode | string;
  messageEn: string;
  problems?: FieldProblem[];
  field?: string;
  [detail: string]: unknown;
}

/** An error of the one shape. `details` must not carry personal data or internal URLs. */
export function apiError(code: ErrorCode, messageJa: string, messageEn: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(messageJa, { extensions: { code, messageEn, ...details } });
}

export { jsonPointer };

/** A path given as a dotted name (`input.senior.careLevel`) or a JSON Pointer, as a JSON Pointer. */
export function toJsonPointer(path: string): string {
  if (path === '' || path.startsWith('/')) return path;
  return jsonPointer(path.split('.'));
}

/** Prefixes every problem's path, e.g. the domain's `/title` under the variable `/input`. */
export function underPointer(prefix: string, problems: readonly FieldProblem[]): FieldProblem[] {
  const p = toJsonPointer(prefix);
  return problems.map((x) => ({ ...x, path: x.path.startsWith(p + '/') || x.path === p ? x.path : p + toJsonPointer(x.path) }));
}

/** BAD_USER_INPUT carrying every problem; the message is the first problem's Japanese (and how many more). */
export function badUserInput(problems: readonly FieldProblem[], details: Record<string, unknown> = {}): GraphQLError {
  const list = problems.map((p) => ({ ...p, path: toJsonPointer(p.path) }));
  const [first] = list;
  const more = list.length > 1 ? `（ほか${list.length - 1}件）` : '';
  const moreEn = list.length > 1 ? ` (and ${list.length - 1} more)` : '';
  const messageJa = first ? `${first.messageJa}${more}` : ERROR_CODES.BAD_USER_INPUT.ja;
  const messageEn = first ? `${first.messageEn}${moreEn}` : ERROR_CODES.BAD_USER_INPUT.en;
  return new GraphQLError(messageJa, {
    extensions: { code: 'BAD_USER_INPUT', messageEn, field: first?.path ?? '', problems: list, ...details },
  });
}

/** BAD_USER_INPUT for one field. */
export function badInput(path: string, messageEn: string, messageJa: string, code = 'invalid_value'): GraphQLError {
  return badUserInput([{ path, code, messageJa, messageEn }]);
}

export function unauthenticated(messageJa: string = ERROR_CODES.UNAUTHENTICATED.ja, messageEn: string = ERROR_CODES.UNAUTHENTICATED.en): GraphQLError {
  return new GraphQLError(messageJa, { extensions: { code: 'UNAUTHENTICATED', messageEn, http: { status: 401 } } });
}

export function forbidden(reasonEn: string, reasonJa: string): GraphQLError {
  return apiError('FORBIDDEN', reasonJa, reasonEn);
}

/** NOT_FOUND naming what was looked for, in words (`whatJa` e.g. 「相談」, `whatEn` e.g. "request"). */
export function notFound(whatEn: string, whatJa?: string): GraphQLError {
  return apiError('NOT_FOUND', `${whatJa ?? whatEn}が見つかりません（または閲覧できません）`, `${whatEn} not found (or not visible to you)`);
}

/** A refusal because of the current state: a stable code from ERROR_CODES, the words, and details. */
export function conflict(code: ErrorCode, en: string, ja: string, details: Record<string, unknown> = {}): GraphQLError {
  return apiError(code, ja, en, details);
}

/** The body of an error answered outside GraphQL (`/dev/*`, `/health`, 404, 413, 431): the same shape. */
export function errorResponseBody(code: ErrorCode, messageJa: string, messageEn: string, details: Record<string, unknown> = {}) {
  return { errors: [{ message: messageJa, extensions: { code, messageEn, ...details } }] };
}

/** The body of a BAD_USER_INPUT answered outside GraphQL (e.g. POST /dev/login). */
export function badUserInputBody(problems: readonly FieldProblem[]) {
  const e = badUserInput(problems);
  return { errors: [{ message: e.message, extensions: e.extensions }] };
}

import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { getLogger } from '@sanpuku/platform';

/**
 * The stable `extensions.code` values a client of the gateway can meet. Clients branch on these,
 * never on messages. Subgraph codes (BAD_USER_INPUT with `extensions.field`, UNAUTHENTICATED,
 * FORBIDDEN, NOT_FOUND) pass through unchanged, with `extensions.serviceName` added by the gateway.
 */
export const GatewayErrorCode = {
  /** 401: the bearer token is malformed, forged, expired, or for another issuer/audience (gateway); or a token is required (subgraph). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The caller's role or binding does not allow it (subgraph). */
  FORBIDDEN: 'FORBIDDEN',
  /** No such thing, or the caller may not know it exists (subgraph). */
  NOT_FOUND: 'NOT_FOUND',
  /** Invalid input; `extensions.field` names the path (subgraph, or variable coercion). */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** 400: the selection is nested deeper than GATEWAY_MAX_DEPTH (`extensions.depth`, `extensions.maxDepth`). */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  /** 400: the estimated cost exceeds GATEWAY_MAX_COST (`extensions.cost`, `extensions.maxCost`). */
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** 429: the caller's budget (GATEWAY_RATE_LIMIT_PER_MINUTE) is used up; `retry-after` header and `extensions.retryAfterSeconds`. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** 400: PERSISTED_QUERIES=allowlist and the operation is not on the list. */
  PERSISTED_QUERY_NOT_ALLOWED: 'PERSISTED_QUERY_NOT_ALLOWED',
  /** A hash-only request whose hash is unknown (Apollo's APQ code). */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
  /** 413: the body is larger than GATEWAY_BODY_LIMIT. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** 400: malformed request, or refused by CSRF prevention (Apollo's code). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** A subgraph did not answer within SUBGRAPH_TIMEOUT_MS or is down; its fields are null, `path` names them, other fields still answer. */
  UNAVAILABLE: 'UNAVAILABLE',
  /** Anything unexpected; the message is replaced by a generic one in production. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type GatewayErrorCode = (typeof GatewayErrorCode)[keyof typeof GatewayErrorCode];

export function gatewayError(code: GatewayErrorCode, message: string, status?: number, extra: Record<string, unknown> = {}, headers?: [string, string][]): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...extra, ...(status ? { http: { status, ...(headers ? { headers: new Map(headers) } : {}) } } : {}) },
  });
}

/** The body of an error answered before Apollo runs (body too large, malformed JSON). */
export function errorBody(code: GatewayErrorCode, message: string, extra: Record<string, unknown> = {}): { errors: GraphQLFormattedError[] } {
  return { errors: [{ message, extensions: { code, ...extra } }] };
}

const MASKED = new Set(['INTERNAL_SERVER_ERROR', 'DOWNSTREAM_SERVICE_ERROR']);
const log = () => getLogger('gateway-errors');

/**
 * Apollo's formatError: subgraph errors keep their code and extensions (`field` for
 * BAD_USER_INPUT). Never passed on: a subgraph's HTTP response details (they name internal URLs)
 * and the stack traces of expected outcomes (codes other than INTERNAL_SERVER_ERROR); in production
 * no stack trace at all (a subgraph in development mode adds its own) and no text of unexpected
 * errors (replaced by a generic message; the original is logged).
 */
export function formatGatewayError(production: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const extensions: Record<string, unknown> = { ...(formatted.extensions ?? {}) };
    delete extensions.response;
    delete extensions.http;
    const code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR';
    // A stack trace helps only with the unexpected; expected outcomes (bad token, limits, a subgraph down) carry none.
    if (!production && MASKED.has(code)) return { ...formatted, extensions };
    delete extensions.stacktrace;
    if (!production) return { ...formatted, extensions };
    delete extensions.exception;
    if (MASKED.has(code)) {
      log().warn({ code, serviceName: extensions.serviceName, message: formatted.message, path: formatted.path }, 'masked an unexpected error');
      return { ...formatted, message: 'internal error / 内部エラーが発生しました', extensions: { code: 'INTERNAL_SERVER_ERROR', ...(extensions.serviceName ? { serviceName: extensions.serviceName } : {}) } };
    }
    return { ...formatted, extensions };
  };
}

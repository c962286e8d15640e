import { GraphQLError } from 'graphql';
import { ERROR_CODES, type ErrorCode } from '@sanpuku/platform';

/**
 * The gateway's own refusals, in the platform's one error shape (libs/platform errors): a
 * Japanese `message`, `extensions.messageEn`, and a code from the one documented list
 * (`ERROR_CODES`). Subgraph errors pass through in the same shape with `serviceName` added.
 */
export const GatewayErrorCode = Object.fromEntries(Object.keys(ERROR_CODES).map((c) => [c, c])) as { readonly [K in ErrorCode]: K };
export type GatewayErrorCode = ErrorCode;

export function gatewayError(code: ErrorCode, messageJa: string, messageEn: string, status?: number, extra: Record<string, unknown> = {}, headers?: [string, string][]): GraphQLError {
  return new GraphQLError(messageJa, {
    extensions: { code, messageEn, ...extra, ...(status ? { http: { status, ...(headers ? { headers: new Map(headers) } : {}) } } : {}) },
  });
}

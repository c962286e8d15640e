import type { ApolloServerPlugin } from '@apollo/server';
import { enforceQueryLimits, type QueryLimits as PlatformQueryLimits } from '@sanpuku/platform';
import { GatewayErrorCode, gatewayError } from '../errors/gateway.errors';
import type { GatewayContext } from '../gateway.context';
import type { PersistedQueryAllowlist } from '../persisted-queries/persisted-queries.allowlist';

export interface QueryLimits extends PlatformQueryLimits {
  /** Set in allow-list mode: only these operations run. */
  allowlist: PersistedQueryAllowlist | null;
}

/**
 * Checks each operation after it is parsed and validated and before anything is sent to a
 * subgraph: allow-list membership, then the platform's depth, alias and cost limits (the same the
 * subgraphs apply to direct calls). Also notes the operation and the error codes for the access log.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          const state = ctx.contextValue.state;
          state.operationName = ctx.operationName ?? null;
          state.operationType = ctx.operation?.operation ?? null;
          if (limits.allowlist && !limits.allowlist.has(ctx.queryHash)) {
            throw gatewayError(GatewayErrorCode.PERSISTED_QUERY_NOT_ALLOWED, '登録されていない操作です', 'this operation is not on the allow-list of persisted queries', 400);
          }
          if (ctx.operation?.operation === 'subscription') {
            throw gatewayError(
              GatewayErrorCode.BAD_REQUEST,
              'サブスクリプションは同じ /graphql にWebSocket（graphql-transport-ws）で接続してください',
              'subscriptions run over WebSocket (graphql-transport-ws) at this same /graphql URL',
              400,
            );
          }
          enforceQueryLimits(limits, ctx.schema, ctx);
        },
        async willSendResponse(ctx) {
          const codes = (ctx.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          if (codes.length) ctx.contextValue.state.errorCodes.push(...codes);
          // A subgraph that stopped the body (its limit is the gateway's, so rarely) still answers 413, never an outage.
          if (codes.includes(GatewayErrorCode.PAYLOAD_TOO_LARGE)) ctx.response.http.status = 413;
        },
      };
    },
  };
}

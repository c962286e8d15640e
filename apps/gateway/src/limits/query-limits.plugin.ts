import type { ApolloServerPlugin } from '@apollo/server';
import { GatewayErrorCode, gatewayError } from '../errors/gateway.errors';
import type { GatewayContext } from '../gateway.context';
import type { PersistedQueryAllowlist } from '../persisted-queries/persisted-queries.allowlist';
import { operationCost } from './query-cost.estimator';
import { operationDepth } from './query-depth.rule';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  costListSize: number;
  /** Set in allow-list mode: only these operations run. */
  allowlist: PersistedQueryAllowlist | null;
}

/**
 * Checks each operation after it is parsed and validated and before anything is sent to a
 * subgraph: allow-list membership, depth, then estimated cost (which needs the variables, so it
 * cannot be a static validation rule). Also notes the operation and the error codes for the access log.
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
            throw gatewayError(
              GatewayErrorCode.PERSISTED_QUERY_NOT_ALLOWED,
              'this operation is not on the allow-list of persisted queries / 登録されていない操作です',
              400,
            );
          }
          if (ctx.operation?.operation === 'subscription') {
            throw gatewayError(GatewayErrorCode.BAD_REQUEST, 'subscriptions run over WebSocket (graphql-transport-ws) at this same /graphql URL / サブスクリプションはWebSocketで接続してください', 400);
          }
          const depth = operationDepth(ctx.document, ctx.operationName);
          if (depth > limits.maxDepth) {
            throw gatewayError(GatewayErrorCode.QUERY_TOO_DEEP, `query depth ${depth} exceeds the maximum of ${limits.maxDepth} / クエリの階層が深すぎます`, 400, { depth, maxDepth: limits.maxDepth });
          }
          let cost: number;
          try {
            cost = operationCost(ctx.schema, ctx.document, ctx.operationName, ctx.request.variables, limits.costListSize);
          } catch (err) {
            // graphql-query-complexity gives up past 10,000 selection nodes; bad argument values are reported as input errors.
            if (/maximum allowed number of nodes/.test((err as Error).message)) {
              throw gatewayError(GatewayErrorCode.QUERY_TOO_COSTLY, `query has too many selections / クエリが大きすぎます`, 400, { maxCost: limits.maxCost });
            }
            throw gatewayError(GatewayErrorCode.BAD_USER_INPUT, (err as Error).message, 400);
          }
          if (cost > limits.maxCost) {
            throw gatewayError(GatewayErrorCode.QUERY_TOO_COSTLY, `query cost ${cost} exceeds the maximum of ${limits.maxCost} / クエリの負荷が大きすぎます`, 400, { cost, maxCost: limits.maxCost });
          }
        },
        async willSendResponse(ctx) {
          const codes = (ctx.errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          if (codes.length) ctx.contextValue.state.errorCodes.push(...codes);
        },
      };
    },
  };
}

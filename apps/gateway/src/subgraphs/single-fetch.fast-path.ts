import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import type { Experimental_DidResolveQueryPlanCallback, GraphQLDataSource } from '@apollo/gateway';
// The enum is not re-exported by the package's index.
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import type { GatewayGraphQLRequestContext, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { BREAK, DocumentNode, Kind, OperationDefinitionNode, parse, print, visit } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import type { GatewayContext } from '../gateway.context';

/** Documents Apollo Server keeps parsed (one object per query text) that one subgraph answers in one fetch, by operation name. */
type Known = Map<string, { serviceName: string; dataSource: GraphQLDataSource<GatewayContext> } | null>;

/** A subgraph answer with errors, handed to the gateway's own path for this request instead of a second call. */
const answeredOnce = new WeakMap<object, { serviceName: string; response: GatewayGraphQLResponse }>();

/** The subgraph answer the fast path already received for this request (once), if it was for `serviceName`. */
export function takeAnswered(context: object | undefined, serviceName: string): GatewayGraphQLResponse | null {
  const a = context ? answeredOnce.get(context) : undefined;
  if (!context || !a || a.serviceName !== serviceName) return null;
  answeredOnce.delete(context);
  return a.response;
}

/**
 * A query that Apollo Gateway plans as ONE fetch from ONE subgraph of exactly the client's
 * selection (`areas`, `searchOfferings`, a web page's query of one service — most reads) is,
 * from the second time its text is seen, sent to that subgraph as the client wrote it, and a
 * clean answer (data, no errors) is the answer: the gateway's plan execution and response merging
 * (resultShaping), which the subgraph's own execution of the same selection makes redundant, are
 * skipped. Everything before execution is unchanged — parsing and validation against the
 * supergraph, the body limit, identity, rate limit, allow-list, depth/cost/alias limits, input
 * safety (all run before `responseForOperation`). An answer with errors, or without data
 * (subgraph down, timeout), goes the gateway's own way — the plan's single fetch is handed that
 * same answer (SubgraphDataSource, `takeAnswered`) rather than calling the subgraph again — so
 * errors keep `serviceName`, their codes, UNAVAILABLE paths, the formatter, the logs and the
 * access log's codes.
 *
 * What is learnt comes from the gateway's own query plan (`experimental_didResolveQueryPlan`) on
 * the first execution, so the planner decides, never a guess: only queries, one operation per
 * document, root selections that are plain fields without directives, no introspection and no
 * @defer, a plan that is a single Fetch with no entity `requires` and no rewrites, whose selection
 * prints exactly as the client's (the planner added no `__typename` or key the merging would
 * need). Variables that do not fit their types go the gateway's way, which refuses them in its words.
 */
export class SingleFetchFastPath {
  private readonly known = new WeakMap<DocumentNode, Known>();

  /** Apollo Gateway's experimental_didResolveQueryPlan: remembers the documents that are one root fetch. */
  readonly learn: Experimental_DidResolveQueryPlanCallback = ({ queryPlan, serviceMap, requestContext }) => {
    const document = requestContext.document;
    if (!document) return;
    const name = requestContext.request.operationName ?? '';
    let byName = this.known.get(document);
    if (!byName) this.known.set(document, (byName = new Map()));
    // Decided once per document and operation, also when the answer is no.
    if (!byName.has(name)) byName.set(name, this.decide(queryPlan, serviceMap, document));
  };

  private decide(queryPlan: Parameters<Experimental_DidResolveQueryPlanCallback>[0]['queryPlan'], serviceMap: Record<string, GraphQLDataSource>, document: DocumentNode) {
    const node = queryPlan.node;
    if (!node || node.kind !== 'Fetch') return null;
    if (node.requires?.length || node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length || node.hasDefers) return null;
    const dataSource = serviceMap[node.serviceName] as GraphQLDataSource<GatewayContext> | undefined;
    const operation = soleQuery(document);
    if (!dataSource || !operation || node.operationKind !== 'query' || !plainRootFields(operation) || usesIntrospectionOrDefer(document)) return null;
    let fetched: OperationDefinitionNode | null;
    try {
      fetched = soleQuery(parse(node.operation));
    } catch {
      return null;
    }
    if (!fetched || print(fetched.selectionSet) !== print(operation.selectionSet)) return null;
    return { serviceName: node.serviceName, dataSource };
  }

  plugin(): ApolloServerPlugin<GatewayContext> {
    return {
      requestDidStart: async () => ({
        responseForOperation: (ctx) => this.answer(ctx),
      }),
    };
  }

  private async answer(ctx: GraphQLRequestContextResponseForOperation<GatewayContext>): Promise<GraphQLResponse | null> {
    const hit = this.known.get(ctx.document)?.get(ctx.request.operationName ?? '');
    // The operation text, also when the client sent only its hash (APQ, allow-list).
    const query = ctx.source ?? ctx.request.query;
    if (!hit || !query || ctx.operation.operation !== 'query') return null;
    const variables = ctx.request.variables ?? {};
    if (ctx.operation.variableDefinitions?.length && getVariableValues(ctx.schema, ctx.operation.variableDefinitions, variables).errors) return null;
    const response = await hit.dataSource.process({
      kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
      request: { query, operationName: ctx.request.operationName ?? undefined, variables },
      // The same request context the gateway hands its data sources (a subgraph's cache-control restricts the answer's).
      incomingRequestContext: ctx as unknown as GatewayGraphQLRequestContext<GatewayContext>,
      context: ctx.contextValue,
      document: ctx.document,
      pathInIncomingRequest: [],
    });
    if (response.errors?.length || !response.data || typeof response.data !== 'object') {
      answeredOnce.set(ctx.contextValue, { serviceName: hit.serviceName, response });
      return null;
    }
    return { body: { kind: 'single', singleResult: { data: response.data } }, http: { status: undefined, headers: new HeaderMap() } };
  }
}

function soleQuery(document: DocumentNode): OperationDefinitionNode | null {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return ops.length === 1 && ops[0].operation === 'query' ? ops[0] : null;
}

function plainRootFields(op: OperationDefinitionNode): boolean {
  return op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && !s.directives?.length && !s.name.value.startsWith('__'));
}

function usesIntrospectionOrDefer(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
    Directive(node) {
      if (node.name.value === 'defer' || node.name.value === 'stream') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

import type { IncomingMessage } from 'node:http';
import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { pruneSchema } from '@graphql-tools/utils';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import { CloseCode, type Context as WsContext } from 'graphql-ws';
import { decodeJwt } from 'jose';
import type { WebSocket } from 'ws';
import { Actor } from '../auth/actor';
import { actorFromAuthorization } from '../auth/tokens';
import { getLogger } from '../logging/logger';
import { ServiceRuntime } from '../runtime/runtime';
import { LabelsModule } from '../labels/labels.graphql';
import { unauthenticated } from '../errors/api-errors';
import { apiContractPlugin, DEFAULT_QUERY_LIMITS, formatApiError } from './api-contract.plugin';

export interface GraphQLRequestContext {
  req: Request;
  /** Verified from the bearer token the gateway forwards; null when there is none. */
  actor: Actor | null;
}

/**
 * The context of an operation on a graphql-ws connection: the actor verified once, when the
 * connection was initialised (a connection without a valid token is never acknowledged).
 * `CurrentActor` reads `actor` exactly as it does for queries.
 */
export interface GraphQLSubscriptionContext {
  /** The HTTP upgrade request of the WebSocket. */
  req: IncomingMessage;
  actor: Actor;
}

export interface SubgraphOptions {
  /**
   * GraphQL subscriptions over graphql-ws (subprotocol `graphql-transport-ws`) on the subgraph's
   * own path (`ws://<service>/graphql`). Off unless a service asks for it.
   */
  subscriptions?: boolean;
}

/** The graphql-ws server's `extra` with Nest's `ws` integration. */
interface WsExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
}

/**
 * A code-first Apollo Federation 2 subgraph. In development the generated SDL is written to the
 * service's committed `schema.gql` (sorted), so schema changes show in review and the gateway's
 * supergraph is composed from exactly those files.
 */
export function subgraphModule(runtime: ServiceRuntime, options: SubgraphOptions = {}): DynamicModule {
  // Every subgraph serves the shared `labels` query (from the kernel) next to its own operations.
  return { module: SubgraphModule, imports: [graphqlModule(runtime, options), LabelsModule] };
}

@Module({})
class SubgraphModule {}

function graphqlModule(runtime: ServiceRuntime, options: SubgraphOptions): DynamicModule {
  const ws = options.subscriptions ? graphqlWsAuthentication(runtime) : null;
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ws ? ApolloFederationDriverWithSubscriptions : ApolloFederationDriver,
    autoSchemaFile: runtime.schemaFile ? { path: runtime.schemaFile, federation: 2 } : { federation: 2 },
    sortSchema: true,
    // Nest keeps one type registry per process, so in single-process mode every subgraph would see
    // the other services' types. Each subgraph keeps only what its own root fields reach.
    transformSchema: (schema) => pruneSchema(schema),
    transformAutoSchemaFile: true,
    playground: false,
    // Inline traces are for Apollo's hosted studio, which Sanpuku does not use. The contract plugin
    // applies the gateway's own depth, alias and cost limits: a subgraph called directly is no softer.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      uncacheableAnswers(),
      apiContractPlugin({ service: () => runtime.serviceName ?? 'subgraph', production: runtime.nodeEnv === 'production', limits: runtime.api?.queryLimits ?? DEFAULT_QUERY_LIMITS }),
    ],
    // The gateway composes from the committed SDL, so production subgraphs need no introspection.
    introspection: runtime.nodeEnv !== 'production',
    // Stack traces never leave a process: unexpected errors are logged with theirs by the plugin.
    includeStacktraceInErrorResponses: false,
    formatError: formatApiError(runtime.nodeEnv === 'production'),
    ...(ws ? { subscriptions: { 'graphql-ws': { onConnect: ws.onConnect } } } : {}),
    // Every subgraph verifies the token itself: authorization is enforced where the data lives.
    context: async (arg: { req: Request } | WsContext<Record<string, unknown>, WsExtra>): Promise<GraphQLRequestContext | GraphQLSubscriptionContext> => {
      if (ws && isWsContext(arg)) return ws.contextOf(arg);
      const { req } = arg as { req: Request };
      try {
        return { req, actor: await actorFromAuthorization(runtime.auth, req.header('authorization')) };
      } catch (err) {
        throw unauthenticated('ログインの情報（トークン）が無効か、有効期限が切れています。もう一度ログインしてください', (err as Error).message);
      }
    },
  });
}

/**
 * What Apollo Server's default cache-control plugin answers for these schemas, without its cost.
 * No type or field carries `@cacheControl` and the default max-age is 0, so every answer was
 * uncacheable and got `cache-control: no-store` (the gateway honours that header); the plugin
 * still computed a policy in a hook around every resolved field, which wraps every resolver of the
 * schema. Only the header is kept: set unless a resolver set one the plugin could not parse (it left
 * those alone). A schema that starts using `@cacheControl` needs the default plugin back.
 */
function uncacheableAnswers(): ApolloServerPlugin {
  const understood = /^(no-store|max-age=\d+, (public|private))$/;
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const existing = response.http.headers.get('cache-control');
          if (!existing || understood.test(existing)) response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

function isWsContext(arg: unknown): arg is WsContext<Record<string, unknown>, WsExtra> {
  return typeof arg === 'object' && arg !== null && 'extra' in arg && 'subscriptions' in arg && 'connectionInitReceived' in arg;
}

/**
 * Authentication of graphql-ws connections, following the protocol's conventions:
 * - the bearer token comes from `connectionParams.authorization` (or `Authorization`, or
 *   `headers.authorization`), else from the upgrade request's Authorization header (what the
 *   gateway's proxy forwards);
 * - no token: closed with 4401 Unauthorized (the client must log in; graphql-ws clients do not retry);
 * - an invalid or expired token: closed with 4403 Forbidden (a client may retry with a fresh token);
 * - when the token expires while connected, the connection is closed with 4403 as well, so a
 *   connection never outlives the credential it was opened with.
 */
function graphqlWsAuthentication(runtime: ServiceRuntime) {
  const log = getLogger('graphql-ws');
  const actors = new WeakMap<object, Actor>();
  return {
    // Typed as graphql-ws declares it (`extra: unknown`); Nest's integration passes { socket, request }.
    async onConnect(ctx: WsContext): Promise<boolean> {
      const { socket, request } = ctx.extra as WsExtra;
      const authorization = authorizationFrom(ctx.connectionParams) ?? headerValue(request.headers.authorization);
      if (!authorization) {
        socket.close(CloseCode.Unauthorized, 'Unauthorized: a bearer token is required');
        return false;
      }
      let actor: Actor | null;
      try {
        actor = await actorFromAuthorization(runtime.auth, authorization);
      } catch {
        actor = null;
      }
      if (!actor) {
        socket.close(CloseCode.Forbidden, 'Forbidden: invalid token');
        return false;
      }
      actors.set(ctx, actor);
      closeWhenTokenExpires(socket, authorization);
      log.debug({ role: actor.role, sub: actor.sub }, 'graphql-ws connection authenticated');
      return true;
    },
    contextOf(ctx: WsContext<Record<string, unknown>, WsExtra>): GraphQLSubscriptionContext {
      const actor = actors.get(ctx);
      // Unreachable: graphql-ws executes nothing on a connection that was not acknowledged.
      if (!actor) throw unauthenticated('ログインが必要です', 'authentication required');
      return { req: ctx.extra.request, actor };
    },
  };
}

function authorizationFrom(params: Readonly<Record<string, unknown>> | undefined | null): string | undefined {
  if (!params) return undefined;
  const headers = params.headers as Record<string, unknown> | undefined;
  return headerValue(params.authorization ?? params.Authorization ?? headers?.authorization ?? headers?.Authorization);
}

function headerValue(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

function closeWhenTokenExpires(socket: WebSocket, authorization: string): void {
  // The token was verified just before, so its `exp` can be trusted.
  const exp = decodeJwt(authorization.replace(/^Bearer\s+/i, '')).exp;
  if (!exp) return;
  const timer = setTimeout(() => socket.close(CloseCode.Forbidden, 'Forbidden: token expired'), Math.min(Math.max(exp * 1000 - Date.now(), 0), MAX_TIMER_MS));
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

/**
 * Nest's federation driver starts the graphql-ws server but, unlike its plain Apollo driver, does
 * not stop it: open WebSockets would hold the HTTP server (and the shutdown) until the drain
 * timeout. This closes them (1001 Going away) before Apollo stops.
 */
class ApolloFederationDriverWithSubscriptions extends ApolloFederationDriver {
  override async stop(): Promise<void> {
    await (this as unknown as { _subscriptionService?: { stop(): Promise<void> } })._subscriptionService?.stop();
    await super.stop();
  }
}

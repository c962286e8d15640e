import { readFileSync } from 'node:fs';
import { IntrospectAndCompose } from '@apollo/gateway';
import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { type Actor, apiContractPlugin, formatApiError } from '@sanpuku/platform';
import { DevLoginController } from './dev-login/dev-login.controller';
import { GatewayErrorCode, gatewayError } from './errors/gateway.errors';
import { GatewayContext, requestState } from './gateway.context';
import { GatewayHealthController } from './gateway-health.controller';
import { GatewayOptions, ResolvedGatewayOptions, resolveGatewayOptions } from './gateway.options';
import { GATEWAY_OPTIONS } from './gateway.tokens';
import { verifyBearer } from './identity/bearer-token.verifier';
import { queryLimitsPlugin } from './limits/query-limits.plugin';
import { RateLimiter } from './limits/rate-limit.bucket';
import { SingleFetchFastPath } from './subgraphs/single-fetch.fast-path';
import { SubgraphDataSource } from './subgraphs/subgraph.data-source';
import { SubscriptionsProxy } from './subscriptions/subscriptions.proxy';
import { SUPERGRAPH_FILE } from './supergraph/compose';
import { SubgraphName } from './supergraph/subgraphs';

export type { GatewayOptions } from './gateway.options';

const RATE_LIMITER = Symbol('RATE_LIMITER');

/** Relays graphql-ws upgrades of /graphql to the subgraph that owns Subscription, for the app's lifetime. */
@Injectable()
class SubscriptionsProxyLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private proxy?: SubscriptionsProxy;
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(GATEWAY_OPTIONS) private readonly o: ResolvedGatewayOptions,
    @Inject(RATE_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  onApplicationBootstrap(): void {
    this.proxy = new SubscriptionsProxy({ upstreamUrl: this.o.subscriptionsUrl, auth: this.o.auth, limiter: this.limiter, upstreamTimeoutMs: this.o.subgraphTimeoutMs });
    this.proxy.attach(this.adapterHost.httpAdapter.getHttpServer());
  }

  beforeApplicationShutdown(): void {
    this.proxy?.close();
  }
}

/**
 * The one GraphQL door. No business logic: it verifies identity, applies limits, routes to the
 * subgraphs (forwarding identity and the request id) and maps errors. Boot it with
 * `createGatewayApp()` (gateway.app.ts), which also sets the body limit, the request id and the
 * access log around it.
 */
@Module({})
export class GatewayModule {
  static forRoot(input: GatewayOptions | ResolvedGatewayOptions): DynamicModule {
    const o = resolveGatewayOptions(input);
    const limiter = new RateLimiter(o.rateLimitPerMinute);
    const fastPath = new SingleFetchFastPath();
    return {
      module: GatewayModule,
      controllers: [GatewayHealthController, DevLoginController],
      providers: [{ provide: GATEWAY_OPTIONS, useValue: o }, { provide: RATE_LIMITER, useValue: limiter }, SubscriptionsProxyLifecycle],
      imports: [
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            introspection: !o.production,
            // Stack traces never leave a process (formatError removes them too).
            includeStacktraceInErrorResponses: false,
            hideSchemaDetailsFromClientErrors: o.production,
            csrfPrevention: true,
            // Keep the status our errors ask for (413 from a subgraph's body limit); Nest would reset it to 200.
            preserveHttpStatusForExecutionErrors: false,
            playground: o.production ? false : undefined,
            // graphql-js refuses documents of more tokens than this before building an AST.
            parseOptions: { maxTokens: 20_000 },
            persistedQueries: o.allowlist ? { cache: o.allowlist.asReadOnlyApqCache() } : undefined,
            plugins: [
              queryLimitsPlugin({ maxDepth: o.maxDepth, maxCost: o.maxCost, costListSize: o.costListSize, maxAliases: o.maxAliases, allowlist: o.allowlist }),
              // Input safety, unknown operation names, log levels; limits are queryLimitsPlugin's (after the allow-list).
              apiContractPlugin<GatewayContext>({ service: 'gateway', production: o.production, limits: null }),
              // After every check above: a query one subgraph answers in one fetch skips the plan's execution and merging.
              fastPath.plugin(),
            ],
            // The platform's formatter, the same as every subgraph's: one shape, never a stack trace.
            formatError: formatApiError(o.production),
            // Identity and budget are settled before Apollo parses anything, and long before any subgraph call.
            context: async ({ req, res }: { req: Request; res: Response }): Promise<GatewayContext> => {
              const state = requestState(res);
              const authorization = req.header('authorization');
              let actor: Actor | null;
              try {
                actor = await verifyBearer(o.auth, authorization);
              } catch (err) {
                const decision = limiter.take(`ip:${req.ip ?? 'unknown'}`);
                state.errorCodes.push(decision.allowed ? GatewayErrorCode.UNAUTHENTICATED : GatewayErrorCode.RATE_LIMITED);
                throw decision.allowed ? err : rateLimited(decision.retryAfterSeconds);
              }
              state.actor = actor;
              const decision = limiter.take(actor ? `sub:${actor.sub}` : `ip:${req.ip ?? 'unknown'}`);
              if (!decision.allowed) {
                state.errorCodes.push(GatewayErrorCode.RATE_LIMITED);
                throw rateLimited(decision.retryAfterSeconds);
              }
              return { requestId: state.requestId, authorization: actor ? authorization : undefined, actor, state };
            },
          },
          gateway: {
            ...(o.introspectAndCompose
              ? { supergraph: new IntrospectAndCompose({ subgraphs: Object.entries(o.subgraphUrls).map(([name, url]) => ({ name, url: url.split(',')[0].trim() })) }) }
              : { supergraphSdl: o.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8') }),
            buildService: ({ name, url }) => new SubgraphDataSource(name, o.subgraphUrls[name as SubgraphName] ?? url, o.subgraphTimeoutMs),
            experimental_didResolveQueryPlan: fastPath.learn,
          },
        }),
      ],
    };
  }
}

function rateLimited(retryAfterSeconds: number) {
  return gatewayError(
    GatewayErrorCode.RATE_LIMITED,
    `リクエストが多すぎます。${retryAfterSeconds}秒後にもう一度お試しください`,
    `too many requests; retry in ${retryAfterSeconds} s`,
    429,
    { retryAfterSeconds },
    [['retry-after', String(retryAfterSeconds)]],
  );
}

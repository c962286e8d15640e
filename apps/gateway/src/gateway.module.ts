import { readFileSync } from 'node:fs';
import { IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloGatewayDriver, ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { currentCorrelation, REQUEST_ID_HEADER } from '@sanpuku/platform';
import { SUPERGRAPH_FILE } from './supergraph/compose';
import { GatewayHealthController } from './gateway-health.controller';
import { SubgraphName } from './supergraph/subgraphs';

export interface GatewayOptions {
  subgraphUrls: Record<SubgraphName, string>;
  production: boolean;
  /** The composed supergraph; defaults to the committed apps/gateway/supergraph.graphql. */
  supergraphSdl?: string;
  /** Local development only: compose from the running subgraphs instead of the committed file. */
  introspectAndCompose?: boolean;
}


interface GatewayContext {
  requestId?: string;
  authorization?: string;
}

/** The one GraphQL door. Holds no business logic: it routes to subgraphs and forwards identity and the request id. */
@Module({})
export class GatewayModule {
  static forRoot(o: GatewayOptions): DynamicModule {
    return {
      module: GatewayModule,
      controllers: [GatewayHealthController],
      providers: [{ provide: 'GATEWAY_OPTIONS_REF', useValue: o }],
      imports: [
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            introspection: !o.production,
            includeStacktraceInErrorResponses: !o.production,
            context: ({ req }: { req: Request }): GatewayContext => ({
              requestId: currentCorrelation()?.correlationId,
              authorization: req.header('authorization'),
            }),
          },
          gateway: {
            ...(o.introspectAndCompose
              ? { supergraph: new IntrospectAndCompose({ subgraphs: Object.entries(o.subgraphUrls).map(([name, url]) => ({ name, url })) }) }
              : { supergraphSdl: o.supergraphSdl ?? readFileSync(SUPERGRAPH_FILE, 'utf8') }),
            buildService: ({ name, url }) =>
              new RemoteGraphQLDataSource<GatewayContext>({
                url: o.subgraphUrls[name as SubgraphName] ?? url,
                willSendRequest({ request, context }) {
                  if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
                  if (context.authorization) request.http?.headers.set('authorization', context.authorization);
                },
              }),
          },
        }),
      ],
    };
  }
}

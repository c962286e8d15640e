import { ApolloFederationDriver, ApolloFederationDriverConfig } from '@nestjs/apollo';
import { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { pruneSchema } from '@graphql-tools/utils';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { Actor } from '../auth/actor';
import { actorFromAuthorization } from '../auth/tokens';
import { ServiceRuntime } from '../runtime/runtime';

export interface GraphQLRequestContext {
  req: Request;
  /** Verified from the bearer token the gateway forwards; null when there is none. */
  actor: Actor | null;
}

/**
 * A code-first Apollo Federation 2 subgraph. In development the generated SDL is written to the
 * service's committed `schema.gql` (sorted), so schema changes show in review and the gateway's
 * supergraph is composed from exactly those files.
 */
export function subgraphModule(runtime: ServiceRuntime): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: runtime.schemaFile ? { path: runtime.schemaFile, federation: 2 } : { federation: 2 },
    sortSchema: true,
    // Nest keeps one type registry per process, so in single-process mode every subgraph would see
    // the other services' types. Each subgraph keeps only what its own root fields reach.
    transformSchema: (schema) => pruneSchema(schema),
    transformAutoSchemaFile: true,
    playground: false,
    // Inline traces are for Apollo's hosted studio, which Sanpuku does not use.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    // Subgraphs are reached only through the gateway; it decides about introspection.
    introspection: true,
    includeStacktraceInErrorResponses: runtime.nodeEnv !== 'production',
    // Every subgraph verifies the token itself: authorization is enforced where the data lives.
    context: async ({ req }: { req: Request }): Promise<GraphQLRequestContext> => {
      try {
        return { req, actor: await actorFromAuthorization(runtime.auth, req.header('authorization')) };
      } catch (err) {
        throw new GraphQLError((err as Error).message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
      }
    },
  });
}

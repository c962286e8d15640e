import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient, type Client } from 'graphql-ws';
import { currentToken } from '../auth/session';

let ws: Client | null = null;
let shared: ApolloClient | null = null;

/** The app's one client, created on first use (pages without data never load Apollo). */
export function apolloClient(): ApolloClient {
  return (shared ??= createApolloClient());
}

/**
 * One Apollo client for the app, same origin as the page: queries and mutations over HTTP POST
 * with the CSRF preflight header the gateway requires (apollo-require-preflight), subscriptions
 * over graphql-ws through the gateway's relay at /graphql, the bearer token on both.
 */
export function createApolloClient(): ApolloClient {
  const auth = new SetContextLink((prev) => {
    const token = currentToken();
    return { headers: { ...prev.headers, 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const http = new HttpLink({ uri: '/graphql' });
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`;
  ws = createClient({
    url: wsUrl,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    connectionParams: () => {
      const token = currentToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  const link = ApolloLink.split(
    ({ query }) => {
      const d = getMainDefinition(query);
      return d.kind === 'OperationDefinition' && d.operation === 'subscription';
    },
    new GraphQLWsLink(ws),
    auth.concat(http),
  );
  return new ApolloClient({ link, cache: new InMemoryCache(), defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } } });
}

/** After sign-in or sign-out: drop the socket (it carries the old identity) and the cache. */
export async function resetIdentity(): Promise<void> {
  ws?.terminate();
  await shared?.clearStore();
}

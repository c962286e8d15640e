import { ConfigError, DEVELOPMENT_JWT_SECRET } from '@sanpuku/platform';
import { resolveGatewayOptions } from '../gateway.options';
import { loadGatewaySettings } from './gateway.config';

const urls = { catalogue: 'http://127.0.0.1:4001/graphql', region: 'http://127.0.0.1:4002/graphql', matching: 'http://127.0.0.1:4003/graphql' };
const prodAuth = { secret: 'a-production-secret-that-is-long-enough-0123', issuer: 'sanpuku', audience: 'sanpuku-api' };

describe('gateway configuration', () => {
  it('has safe defaults', () => {
    const o = resolveGatewayOptions({ subgraphUrls: urls, production: false, ...loadGatewaySettings({}) });
    expect(o).toMatchObject({
      devLogin: false,
      maxDepth: 10,
      maxCost: 10_000,
      costListSize: 10,
      bodyLimit: '1mb',
      rateLimitPerMinute: 600,
      persistedQueries: 'apq',
      allowlist: null,
      subgraphTimeoutMs: 5000,
      subscriptionsUrl: 'ws://127.0.0.1:4003/graphql',
    });
    expect(o.auth.secret).toBe(DEVELOPMENT_JWT_SECRET);
  });

  it('reads every variable', () => {
    const s = loadGatewaySettings({
      DEV_LOGIN: 'true',
      GATEWAY_MAX_DEPTH: '7',
      GATEWAY_MAX_COST: '5000',
      GATEWAY_COST_LIST_SIZE: '20',
      GATEWAY_BODY_LIMIT: '256KB',
      GATEWAY_RATE_LIMIT_PER_MINUTE: '0',
      PERSISTED_QUERIES: 'allowlist',
      PERSISTED_QUERIES_FILE: '/etc/sanpuku/pq.json',
      SUBGRAPH_TIMEOUT_MS: '2500',
      SUBSCRIPTIONS_URL: 'wss://matching.internal/graphql',
    });
    expect(s).toEqual({
      maxAliases: 30,
      devLogin: true,
      maxDepth: 7,
      maxCost: 5000,
      costListSize: 20,
      bodyLimit: '256kb',
      rateLimitPerMinute: 0,
      persistedQueries: 'allowlist',
      persistedQueriesFile: '/etc/sanpuku/pq.json',
      subgraphTimeoutMs: 2500,
      subscriptionsUrl: 'wss://matching.internal/graphql',
    });
  });

  it('an unset DEV_LOGIN takes the caller’s default (npm start: on)', () => {
    expect(loadGatewaySettings({}, { devLogin: true }).devLogin).toBe(true);
    expect(loadGatewaySettings({ DEV_LOGIN: 'false' }, { devLogin: true }).devLogin).toBe(false);
  });

  it('names each bad variable and why', () => {
    let error: ConfigError | undefined;
    try {
      loadGatewaySettings({ GATEWAY_MAX_DEPTH: '0', GATEWAY_BODY_LIMIT: 'lots', PERSISTED_QUERIES: 'maybe', SUBSCRIPTIONS_URL: 'http://x/graphql', DEV_LOGIN: 'yes' });
    } catch (err) {
      error = err as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems.map((p) => p.variable).sort()).toEqual(['DEV_LOGIN', 'GATEWAY_BODY_LIMIT', 'GATEWAY_MAX_DEPTH', 'PERSISTED_QUERIES', 'SUBSCRIPTIONS_URL']);
  });

  it('refuses the development login in production', () => {
    expect(() => resolveGatewayOptions({ subgraphUrls: urls, production: true, auth: prodAuth, devLogin: true })).toThrow(/DEV_LOGIN: the development login is never available in production/);
  });

  it('refuses production without a signing key, or with the development key', () => {
    expect(() => resolveGatewayOptions({ subgraphUrls: urls, production: true })).toThrow(/AUTH_JWT_SECRET: required in production/);
    expect(() => resolveGatewayOptions({ subgraphUrls: urls, production: true, auth: { ...prodAuth, secret: DEVELOPMENT_JWT_SECRET } })).toThrow(/AUTH_JWT_SECRET/);
    expect(resolveGatewayOptions({ subgraphUrls: urls, production: true, auth: prodAuth }).introspectAndCompose).toBe(false);
  });

  it('refuses the allow-list mode without a readable, consistent file', () => {
    expect(() => resolveGatewayOptions({ subgraphUrls: urls, production: false, persistedQueries: 'allowlist' })).toThrow(/PERSISTED_QUERIES_FILE: required when PERSISTED_QUERIES=allowlist/);
    expect(() => resolveGatewayOptions({ subgraphUrls: urls, production: false, persistedQueries: 'allowlist', persistedQueriesFile: '/nonexistent.json' })).toThrow(/PERSISTED_QUERIES_FILE: cannot read/);
  });
});

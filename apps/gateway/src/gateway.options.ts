import { join } from 'node:path';
import { ConfigError, DEVELOPMENT_JWT_SECRET, repoRoot, TokenConfig } from '@sanpuku/platform';
import { loadAllowlist, PersistedQueryAllowlist } from './persisted-queries/persisted-queries.allowlist';
import { SubgraphName } from './supergraph/subgraphs';

/** How the gateway is run. Only `subgraphUrls` and `production` are required; the rest has safe defaults. */
export interface GatewayOptions {
  /** Each subgraph's URL, or the comma-separated URLs of its instances (requests go round-robin). */
  subgraphUrls: Record<SubgraphName, string>;
  production: boolean;
  /** The composed supergraph; defaults to the committed apps/gateway/supergraph.graphql. */
  supergraphSdl?: string;
  /** Local development only: compose from the running subgraphs instead of the committed file. */
  introspectAndCompose?: boolean;
  /** How bearer tokens are verified (the same key, issuer and audience as the subgraphs). Required in production. */
  auth?: TokenConfig;
  /** POST /dev/login and GET /dev/users for the demo users (data/demo/users.json). Refused in production. */
  devLogin?: boolean;
  /** Where the demo users are (default data/demo/users.json). */
  demoUsersFile?: string;
  /** Deepest selection allowed (fields nested in fields). */
  maxDepth?: number;
  /** Largest estimated cost allowed: every field costs 1, a list field multiplies its selection by its `limit`/`first` argument or `costListSize`. */
  maxCost?: number;
  /** The length assumed for a list field without a `limit`/`first` argument. */
  costListSize?: number;
  /** Most aliased fields in one operation (200 aliased `__schema` would otherwise fan out). */
  maxAliases?: number;
  /** Largest JSON body, in bytes or as `100kb`/`1mb`. */
  bodyLimit?: string | number;
  /** Requests per minute per user (token `sub`, else client IP), as a token bucket; 0 turns it off. */
  rateLimitPerMinute?: number;
  /** `apq`: any operation runs and Apollo's automatic persisted queries work as a cache. `allowlist`: only the operations of `persistedQueriesFile`. */
  persistedQueries?: 'apq' | 'allowlist';
  /** JSON object of sha256 (hex of the exact query text) → query text. */
  persistedQueriesFile?: string;
  /** How long a subgraph may take before its fields answer UNAVAILABLE. */
  subgraphTimeoutMs?: number;
  /** The graphql-ws endpoint of the subgraph that owns `Subscription` (default: the matching URL with ws://). */
  subscriptionsUrl?: string;
}

export interface ResolvedGatewayOptions {
  /** Marks options that went through resolveGatewayOptions (and its checks). */
  resolved: true;
  subgraphUrls: Record<SubgraphName, string>;
  production: boolean;
  supergraphSdl?: string;
  introspectAndCompose: boolean;
  auth: TokenConfig;
  devLogin: boolean;
  demoUsersFile: string;
  maxDepth: number;
  maxCost: number;
  costListSize: number;
  maxAliases: number;
  bodyLimit: string | number;
  rateLimitPerMinute: number;
  persistedQueries: 'apq' | 'allowlist';
  allowlist: PersistedQueryAllowlist | null;
  subgraphTimeoutMs: number;
  subscriptionsUrl: string;
}

export const GATEWAY_DEFAULTS = {
  maxDepth: 10,
  maxCost: 10_000,
  costListSize: 10,
  maxAliases: 30,
  bodyLimit: '1mb',
  rateLimitPerMinute: 600,
  subgraphTimeoutMs: 5000,
} as const;

const DEV_AUTH: TokenConfig = { secret: DEVELOPMENT_JWT_SECRET, issuer: 'sanpuku', audience: 'sanpuku-api' };

/** Fills in the defaults and refuses unsafe combinations with the variable to fix (ConfigError, at boot). */
export function resolveGatewayOptions(input: GatewayOptions | ResolvedGatewayOptions): ResolvedGatewayOptions {
  if (isResolved(input)) return input;
  const o = input;
  const problems: { variable: string; reason: string }[] = [];
  if (o.production && o.devLogin) {
    problems.push({ variable: 'DEV_LOGIN', reason: 'the development login is never available in production (NODE_ENV=production); unset DEV_LOGIN / 本番環境では開発用ログインは使えません' });
  }
  if (o.production && (!o.auth || o.auth.secret === DEVELOPMENT_JWT_SECRET)) {
    problems.push({ variable: 'AUTH_JWT_SECRET', reason: 'required in production (the development key is refused)' });
  }
  const persistedQueries = o.persistedQueries ?? 'apq';
  let allowlist: PersistedQueryAllowlist | null = null;
  if (persistedQueries === 'allowlist') {
    if (!o.persistedQueriesFile) {
      problems.push({ variable: 'PERSISTED_QUERIES_FILE', reason: 'required when PERSISTED_QUERIES=allowlist' });
    } else {
      try {
        allowlist = loadAllowlist(o.persistedQueriesFile);
      } catch (err) {
        problems.push({ variable: 'PERSISTED_QUERIES_FILE', reason: (err as Error).message });
      }
    }
  }
  if (problems.length) throw new ConfigError('gateway', problems);
  return {
    resolved: true,
    subgraphUrls: o.subgraphUrls,
    production: o.production,
    supergraphSdl: o.supergraphSdl,
    introspectAndCompose: o.introspectAndCompose ?? false,
    auth: o.auth ?? DEV_AUTH,
    devLogin: o.devLogin ?? false,
    demoUsersFile: o.demoUsersFile ?? join(repoRoot(), 'data/demo/users.json'),
    maxDepth: o.maxDepth ?? GATEWAY_DEFAULTS.maxDepth,
    maxCost: o.maxCost ?? GATEWAY_DEFAULTS.maxCost,
    costListSize: o.costListSize ?? GATEWAY_DEFAULTS.costListSize,
    maxAliases: o.maxAliases ?? GATEWAY_DEFAULTS.maxAliases,
    bodyLimit: o.bodyLimit ?? GATEWAY_DEFAULTS.bodyLimit,
    rateLimitPerMinute: o.rateLimitPerMinute ?? GATEWAY_DEFAULTS.rateLimitPerMinute,
    persistedQueries,
    allowlist,
    subgraphTimeoutMs: o.subgraphTimeoutMs ?? GATEWAY_DEFAULTS.subgraphTimeoutMs,
    // Live updates are relayed to one matching instance: a change made on another instance does
    // not reach its subscribers until change notices have one path (issue 14).
    subscriptionsUrl: o.subscriptionsUrl ?? o.subgraphUrls.matching.split(',')[0].trim().replace(/^http/, 'ws'),
  };
}

function isResolved(o: GatewayOptions | ResolvedGatewayOptions): o is ResolvedGatewayOptions {
  return (o as Partial<ResolvedGatewayOptions>).resolved === true;
}

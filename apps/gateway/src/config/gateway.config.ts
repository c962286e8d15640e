import { z } from 'zod';
import { loadEnv } from '@sanpuku/platform';
import { GATEWAY_DEFAULTS, GatewayOptions } from '../gateway.options';

const bool = z.enum(['true', 'false']).transform((v) => v === 'true');

/** The gateway's own environment variables (besides PORT, HOST, the subgraph URLs and AUTH_*). */
export const GatewayEnv = {
  /** Development login (POST /dev/login, GET /dev/users); refused in production. */
  DEV_LOGIN: bool.optional(),
  GATEWAY_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(GATEWAY_DEFAULTS.maxDepth),
  GATEWAY_MAX_COST: z.coerce.number().int().min(1).default(GATEWAY_DEFAULTS.maxCost),
  GATEWAY_COST_LIST_SIZE: z.coerce.number().int().min(1).max(10_000).default(GATEWAY_DEFAULTS.costListSize),
  GATEWAY_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(GATEWAY_DEFAULTS.maxAliases),
  GATEWAY_BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'a size such as 100kb or 1mb')
    .default(GATEWAY_DEFAULTS.bodyLimit),
  /** 0 turns rate limiting off. */
  GATEWAY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(GATEWAY_DEFAULTS.rateLimitPerMinute),
  PERSISTED_QUERIES: z.enum(['apq', 'allowlist']).default('apq'),
  PERSISTED_QUERIES_FILE: z.string().min(1).optional(),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(GATEWAY_DEFAULTS.subgraphTimeoutMs),
  SUBSCRIPTIONS_URL: z
    .string()
    .url()
    .regex(/^wss?:\/\//, 'a ws:// or wss:// URL')
    .optional(),
};

export type GatewaySettings = Omit<GatewayOptions, 'subgraphUrls' | 'production' | 'auth' | 'supergraphSdl' | 'introspectAndCompose'>;

/**
 * Reads the gateway's variables (ConfigError naming each bad one). `defaults.devLogin` is what an
 * unset DEV_LOGIN means: false for the gateway process, true for `npm start`. Combinations
 * (DEV_LOGIN in production, an allow-list without its file) are refused by resolveGatewayOptions.
 */
export function loadGatewaySettings(env: Record<string, string | undefined> = process.env, defaults: { devLogin: boolean } = { devLogin: false }): GatewaySettings {
  const e = loadEnv('gateway', GatewayEnv, env);
  return {
    devLogin: e.DEV_LOGIN ?? defaults.devLogin,
    maxDepth: e.GATEWAY_MAX_DEPTH,
    maxCost: e.GATEWAY_MAX_COST,
    costListSize: e.GATEWAY_COST_LIST_SIZE,
    maxAliases: e.GATEWAY_MAX_ALIASES,
    bodyLimit: e.GATEWAY_BODY_LIMIT.toLowerCase(),
    rateLimitPerMinute: e.GATEWAY_RATE_LIMIT_PER_MINUTE,
    persistedQueries: e.PERSISTED_QUERIES,
    persistedQueriesFile: e.PERSISTED_QUERIES_FILE,
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
    subscriptionsUrl: e.SUBSCRIPTIONS_URL,
  };
}

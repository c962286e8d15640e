import { join } from 'node:path';
import { z } from 'zod';
import { apiLimitsFromEnv, authConfigFrom, CommonEnv, ConfigError, loadEnv } from '../config/env';
import { setLogLevel } from '../logging/logger';
import { repoRoot } from './repo-root';
import { ServiceRuntime } from './runtime';

/** Distributed mode: one service per process, Kafka between them, DATABASE_URL required. */
export function runtimeFromEnv(service: string, env: Record<string, string | undefined> = process.env): ServiceRuntime & { port: number; host: string } {
  const e = loadEnv(service, { ...CommonEnv, PORT: z.coerce.number().int().min(1).max(65535), HOST: z.string().default('127.0.0.1') }, env);
  setLogLevel(e.LOG_LEVEL);
  const problems: { variable: string; reason: string }[] = [];
  if (!e.DATABASE_URL) problems.push({ variable: 'DATABASE_URL', reason: 'required when a service runs on its own (use `npm start` for the embedded database)' });
  if (e.MESSAGING === 'kafka' && !e.KAFKA_BROKERS) problems.push({ variable: 'KAFKA_BROKERS', reason: 'required when MESSAGING=kafka' });
  if (e.MESSAGING === 'in-process') problems.push({ variable: 'MESSAGING', reason: 'in-process messaging exists only in single-process mode (`npm start`)' });
  if (problems.length) throw new ConfigError(service, problems);
  return {
    databaseUrl: e.DATABASE_URL!,
    messaging: { mode: 'kafka', brokers: e.KAFKA_BROKERS!, topicPrefix: e.KAFKA_TOPIC_PREFIX },
    outboxPollMs: e.OUTBOX_POLL_MS,
    consumerMaxAttempts: e.CONSUMER_MAX_ATTEMPTS,
    nodeEnv: e.NODE_ENV,
    schemaFile: e.NODE_ENV === 'production' ? null : join(repoRoot(), 'apps', service, 'schema.gql'),
    auth: authConfigFrom(e, service, env),
    api: apiLimitsFromEnv(service, env),
    port: e.PORT,
    host: e.HOST,
  };
}

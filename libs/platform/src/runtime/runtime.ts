import type { TokenConfig } from '../auth/tokens';
import type { ApiLimits } from '../config/env';
import type { ConsumerStatus } from '../messaging/kafka';
import type { InProcessBus } from '../messaging/in-process-bus';

export type MessagingRuntime =
  | { mode: 'kafka'; brokers: string[]; topicPrefix: string }
  | { mode: 'in-process'; bus: InProcessBus };

/** How a service is run: the same code serves both run modes, only this differs. */
export interface ServiceRuntime {
  databaseUrl: string;
  messaging: MessagingRuntime;
  outboxPollMs: number;
  consumerMaxAttempts: number;
  consumerBackoffMs?: number;
  nodeEnv: 'development' | 'test' | 'production';
  /** Where to write the generated subgraph SDL (development only); null = keep in memory. */
  schemaFile: string | null;
  /** How access tokens are verified (the same key and claims in every service). */
  auth: TokenConfig;
  /**
   * Whether this process publishes the outbox. Off for batch jobs (CLI imports): their events
   * wait in the outbox for the running service's relay instead of going nowhere.
   */
  runRelay?: boolean;
  /** Body and query limits, the gateway's own (apiLimitsFromEnv); defaults: 1 MB and DEFAULT_QUERY_LIMITS. */
  api?: ApiLimits;
  /** The service's name in log lines (set by bootstrap). */
  serviceName?: string;
  /** The Kafka consumer's live status (set by bootstrap in Kafka mode), read by /health/ready. */
  consumerStatus?: ConsumerStatus;
}

export const DEFAULT_BODY_LIMIT = '1mb';

export interface ServiceDefinition {
  name: 'catalogue' | 'region' | 'matching';
  /** PostgreSQL schema the service owns. */
  schema: string;
   
  entities: Function[];
   
  migrations: Function[];
  /** Set when the service consumes events (its group in @sanpuku/contracts Subscriptions). */
  consumerGroup?: string;
}

export const SERVICE_RUNTIME = Symbol('SERVICE_RUNTIME');
export const SERVICE_DEFINITION = Symbol('SERVICE_DEFINITION');
export const EVENT_PUBLISHER = Symbol('EVENT_PUBLISHER');

import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { LoggerService } from '@nestjs/common';
import pino, { Logger } from 'pino';

/**
 * Correlation travels with the async context: an HTTP request id becomes the `correlationid`
 * of every event it causes, and an incoming event's id becomes the `causationid` of what its
 * handler produces. Every log line carries both.
 */
export interface CorrelationContext {
  correlationId: string;
  causationId: string | null;
}

const storage = new AsyncLocalStorage<CorrelationContext>();

export function currentCorrelation(): CorrelationContext | undefined {
  return storage.getStore();
}

export function runWithCorrelation<T>(ctx: Partial<CorrelationContext>, fn: () => T): T {
  return storage.run({ correlationId: ctx.correlationId ?? randomUUID(), causationId: ctx.causationId ?? null }, fn);
}

let root: Logger = pino({
  level: process.env.LOG_LEVEL ?? 'info',
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin() {
    const c = storage.getStore();
    return c ? { correlationId: c.correlationId, causationId: c.causationId ?? undefined } : {};
  },
});

export function setLogLevel(level: string): void {
  root.level = level;
}

export function replaceRootLogger(logger: Logger): void {
  root = logger;
}

export function getLogger(component: string): Logger {
  return root.child({ component });
}

/** Nest's logger interface on top of pino, so framework lines are JSON too. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly service: string) {}
  private l(context?: unknown): Logger {
    return root.child({ service: this.service, component: typeof context === 'string' ? context : 'nest' });
  }
  log(message: unknown, context?: string): void {
    this.l(context).info(String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.l(context).error({ trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.l(context).warn(String(message));
  }
  debug(message: unknown, context?: string): void {
    this.l(context).debug(String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.l(context).trace(String(message));
  }
}

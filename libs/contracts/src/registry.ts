import { z, ZodTypeAny } from 'zod';
import { Envelope, EnvelopeSchema } from './envelope';

export interface EventDefinition<S extends ZodTypeAny = ZodTypeAny> {
  /** `<context>.<aggregate>.<past-verb>` */
  type: string;
  dataversion: string;
  topic: string;
  schema: S;
  /** Canonical example; the contract test parses it so a breaking edit fails. */
  example: z.input<S>;
}

export function defineEvent<S extends ZodTypeAny>(def: EventDefinition<S>): EventDefinition<S> {
  return def;
}

/** Why a message could not be turned into a known, valid event. */
export class EventParseError extends Error {
  constructor(
    readonly reason: string,
    readonly issues: string[] = [],
  ) {
    super(issues.length ? `${reason}: ${issues.join('; ')}` : reason);
    this.name = 'EventParseError';
  }
}

function describeIssues(err: z.ZodError, prefix: string): string[] {
  return err.issues.map((i) => `${[prefix, ...i.path].filter((p) => p !== '').join('.')}: ${i.message}`);
}

export class EventRegistry {
  private readonly defs = new Map<string, EventDefinition>();

  constructor(defs: readonly EventDefinition[]) {
    for (const d of defs) {
      const key = EventRegistry.key(d.type, d.dataversion);
      if (this.defs.has(key)) throw new Error(`event ${key} declared twice`);
      this.defs.set(key, d);
    }
  }

  static key(type: string, dataversion: string): string {
    return `${type}@${dataversion}`;
  }

  all(): EventDefinition[] {
    return [...this.defs.values()];
  }

  get(type: string, dataversion: string): EventDefinition | undefined {
    return this.defs.get(EventRegistry.key(type, dataversion));
  }

  /** Validates `data` for a type before it is written to an outbox. Throws EventParseError. */
  validateData<T>(type: string, dataversion: string, data: T): T {
    const def = this.get(type, dataversion);
    if (!def) throw new EventParseError(`unknown event type ${type} v${dataversion}`);
    const r = def.schema.safeParse(data);
    if (!r.success) throw new EventParseError(`invalid data for ${type} v${dataversion}`, describeIssues(r.error, 'data'));
    return r.data as T;
  }

  /** Parses a raw Kafka value (bytes or string) into a validated envelope. Throws EventParseError. */
  parse(raw: Buffer | string | null | undefined, expectedTopic?: string): Envelope {
    if (raw === null || raw === undefined || raw.length === 0) throw new EventParseError('empty message value');
    let json: unknown;
    try {
      json = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
    } catch (e) {
      throw new EventParseError(`value is not JSON (${(e as Error).message})`);
    }
    const env = EnvelopeSchema.safeParse(json);
    if (!env.success) throw new EventParseError('invalid envelope', describeIssues(env.error, ''));
    const def = this.get(env.data.type, env.data.dataversion);
    if (!def) throw new EventParseError(`unknown event type ${env.data.type} v${env.data.dataversion}`);
    if (expectedTopic !== undefined && !expectedTopic.endsWith(def.topic)) {
      throw new EventParseError(`event type ${def.type} does not belong on topic ${expectedTopic}`);
    }
    const data = def.schema.safeParse(env.data.data);
    if (!data.success) throw new EventParseError(`invalid data for ${def.type} v${def.dataversion}`, describeIssues(data.error, 'data'));
    return { ...env.data, data: data.data };
  }
}

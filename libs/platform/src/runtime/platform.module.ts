import { BeforeApplicationShutdown, DynamicModule, Inject, Injectable, Module, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HealthController } from '../health/health.controller';
import { getLogger } from '../logging/logger';
import { EventFanout } from '../messaging/event-fanout';
import { EventInbox } from '../messaging/event-inbox';
import { KafkaPublisher } from '../messaging/kafka';
import { OutboxWriter } from '../messaging/outbox';
import { OutboxRelay } from '../messaging/outbox-relay';
import { EventPublisher } from '../messaging/transport';
import { createServiceDataSource, initialiseServiceDataSource } from '../persistence/data-source';
import { EVENT_PUBLISHER, SERVICE_DEFINITION, SERVICE_RUNTIME, ServiceDefinition, ServiceRuntime } from './runtime';
import { UnitOfWork } from './unit-of-work';

@Injectable()
class PlatformLifecycle implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly log = getLogger('platform');
  private fanoutStopped: Promise<void> | null = null;
  constructor(
    private readonly ds: DataSource,
    private readonly relay: OutboxRelay,
    private readonly fanout: EventFanout,
    @Inject(EVENT_PUBLISHER) private readonly publisher: EventPublisher,
    @Inject(SERVICE_DEFINITION) private readonly def: ServiceDefinition,
    @Inject(SERVICE_RUNTIME) private readonly runtime: ServiceRuntime,
  ) {}

  onApplicationBootstrap(): void {
    if (this.runtime.runRelay === false) return;
    // Batch jobs hold no live subscribers: only a running service listens to the fan-out.
    this.fanout.start();
    this.relay.start();
    this.log.info({ service: this.def.name }, 'outbox relay started');
  }

  /** The fan-out leaves its group while the HTTP server and the service's consumer close. */
  beforeApplicationShutdown(): void {
    this.fanoutStopped = this.fanout.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.fanoutStopped ?? this.fanout.stop(), this.relay.stop()]);
    if (this.publisher instanceof KafkaPublisher) await this.publisher.close();
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}

/**
 * What every service gets from the platform: its DataSource (migrated at boot), the outbox
 * writer and relay, the inbox for consumers, the per-instance event fan-out, the unit of work,
 * and /health.
 */
@Module({})
export class PlatformModule {
  static forService(def: ServiceDefinition, runtime: ServiceRuntime): DynamicModule {
    return {
      module: PlatformModule,
      global: true,
      controllers: [HealthController],
      providers: [
        { provide: SERVICE_RUNTIME, useValue: runtime },
        { provide: SERVICE_DEFINITION, useValue: def },
        {
          provide: DataSource,
          useFactory: async () => {
            const ds = createServiceDataSource({ url: runtime.databaseUrl, schema: def.schema, entities: def.entities, migrations: def.migrations });
            await initialiseServiceDataSource(ds);
            return ds;
          },
        },
        {
          provide: EVENT_PUBLISHER,
          useFactory: async (): Promise<EventPublisher> => {
            const m = runtime.messaging;
            if (m.mode === 'in-process') return m.bus;
            // Connected lazily by the relay: a service starts and takes writes while the broker is down.
            return new KafkaPublisher({ brokers: m.brokers, clientId: `sanpuku-${def.name}`, topicPrefix: m.topicPrefix });
          },
        },
        { provide: OutboxWriter, useFactory: () => new OutboxWriter(def.schema, `/sanpuku/${def.name}`) },
        {
          provide: OutboxRelay,
          inject: [DataSource, EVENT_PUBLISHER],
          useFactory: (ds: DataSource, publisher: EventPublisher) =>
            new OutboxRelay(ds, {
              schema: def.schema,
              publisher,
              pollMs: runtime.outboxPollMs,
              topicPrefix: runtime.messaging.mode === 'kafka' ? runtime.messaging.topicPrefix : '',
            }),
        },
        {
          provide: EventInbox,
          inject: [DataSource, EVENT_PUBLISHER],
          useFactory: (ds: DataSource, publisher: EventPublisher) =>
            new EventInbox(ds, {
              schema: def.schema,
              group: def.consumerGroup ?? def.name,
              publisher,
              topicPrefix: runtime.messaging.mode === 'kafka' ? runtime.messaging.topicPrefix : '',
              maxAttempts: runtime.consumerMaxAttempts,
              backoffMs: runtime.consumerBackoffMs,
            }),
        },
        { provide: EventFanout, useFactory: () => new EventFanout(def.name, runtime.messaging) },
        { provide: UnitOfWork, inject: [DataSource, OutboxRelay, EventFanout], useFactory: (ds: DataSource, r: OutboxRelay, f: EventFanout) => new UnitOfWork(ds, r, f) },
        PlatformLifecycle,
      ],
      exports: [DataSource, OutboxWriter, OutboxRelay, EventInbox, EventFanout, UnitOfWork, SERVICE_RUNTIME, SERVICE_DEFINITION, EVENT_PUBLISHER],
    };
  }
}

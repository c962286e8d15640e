import { CustomTransportStrategy, KafkaContext, Server } from '@nestjs/microservices';
import { InProcessBus } from './in-process-bus';

/**
 * Nest transport strategy for single-process mode: the same @EventPattern handlers as in Kafka
 * mode, fed by the in-process bus, with the same KafkaContext shape.
 */
export class InProcessServer extends Server implements CustomTransportStrategy {
  private unsubscribes: (() => void)[] = [];

  constructor(
    private readonly bus: InProcessBus,
    private readonly group: string,
  ) {
    super();
  }

  listen(callback: () => void): void {
    for (const [pattern, handler] of this.messageHandlers) {
      this.unsubscribes.push(
        this.bus.subscribe(pattern, this.group, async (m) => {
          const ctx = new KafkaContext([
            { key: m.key, value: m.value, offset: m.offset, headers: m.headers, timestamp: String(Date.now()), attributes: 0, size: 0 } as never,
            m.partition,
            m.topic,
            undefined as never,
            async () => undefined,
            undefined as never,
          ]);
          await handler(undefined, ctx);
        }),
      );
    }
    callback();
  }

  close(): void {
    this.unsubscribes.forEach((u) => u());
    this.unsubscribes = [];
  }

  on(): never {
    throw new Error('not supported by the in-process transport');
  }

  unwrap<T>(): T {
    return this.bus as T;
  }
}

import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, KafkaContext } from '@nestjs/microservices';
import { Topics } from '@sanpuku/contracts';
import { EventInbox, incomingFromContext } from '@sanpuku/platform';
import { ReadModelHandlers } from './read-model.handlers';

/** Kafka (or in-process) entry points: mapping only; EventInbox does parse/dedupe/retry/DLQ. */
@Controller()
export class ReadModelsController {
  constructor(
    private readonly inbox: EventInbox,
    private readonly readModels: ReadModelHandlers,
  ) {}

  @EventPattern(Topics.catalogueOffering)
  async onOfferingEvent(@Ctx() ctx: KafkaContext): Promise<void> {
    const { message, heartbeat } = incomingFromContext(ctx);
    await this.inbox.process(message, this.readModels.handlers, heartbeat);
  }

  @EventPattern(Topics.regionClassification)
  async onClassificationEvent(@Ctx() ctx: KafkaContext): Promise<void> {
    const { message, heartbeat } = incomingFromContext(ctx);
    await this.inbox.process(message, this.readModels.handlers, heartbeat);
  }
}

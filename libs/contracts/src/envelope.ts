import { z } from 'zod';

/**
 * The event envelope: CloudEvents 1.0 attribute names, JSON value.
 * `subject` is the aggregate id and is also the Kafka key; headers repeat `ce_type`, `ce_id`
 * and `traceparent`. `data` is validated per (type, dataversion) by the registry.
 */
export const EnvelopeSchema = z.object({
  id: z.string().uuid(),
  type: z.string().regex(/^[a-z]+\.[a-z-]+\.[a-z-]+$/, 'type must be <context>.<aggregate>.<past-verb>'),
  specversion: z.literal('1.0'),
  source: z.string().min(1),
  subject: z.string().min(1),
  time: z.string().datetime({ offset: true }),
  dataversion: z.string().regex(/^[1-9][0-9]*$/),
  correlationid: z.string().min(1),
  causationid: z.string().min(1).nullable(),
  data: z.unknown(),
});

export type Envelope<T = unknown> = Omit<z.infer<typeof EnvelopeSchema>, 'data'> & { data: T };

export const KafkaHeaders = {
  type: 'ce_type',
  id: 'ce_id',
  traceparent: 'traceparent',
} as const;

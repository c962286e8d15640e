/**
 * Creates every topic declared in @sanpuku/contracts (events and DLQs) on the broker(s) in
 * KAFKA_BROKERS. Idempotent; used by `npm run start:kafka` and docker-compose's init job.
 */
import { z } from 'zod';
import { CommonEnv, ensureTopics, loadEnv } from '@sanpuku/platform';

async function main(): Promise<void> {
  const env = loadEnv('create-topics', { KAFKA_BROKERS: CommonEnv.KAFKA_BROKERS.pipe(z.array(z.string())), KAFKA_TOPIC_PREFIX: CommonEnv.KAFKA_TOPIC_PREFIX });
  const created = await ensureTopics({ brokers: env.KAFKA_BROKERS, clientId: 'sanpuku-create-topics', topicPrefix: env.KAFKA_TOPIC_PREFIX });
  process.stdout.write(created.length ? `created topics:\n  ${created.join('\n  ')}\n` : 'all declared topics exist\n');
}

main().catch((err: Error) => {
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
});

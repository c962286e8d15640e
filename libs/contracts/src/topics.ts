/**
 * Every Kafka topic and consumer group of Sanpuku, declared in one place.
 *
 * Topic names follow `<context>.<aggregate>.events.v<major>`; one topic per aggregate keeps
 * one aggregate's events in order (the Kafka key is the aggregate id). A breaking change gets
 * a new major topic. `infra/kafka` creates exactly these topics (auto-create is off), plus a
 * dead-letter topic `<topic>.<group>.dlq` for every (topic, consumer group) pair below.
 */
export const Topics = {
  catalogueOffering: 'catalogue.offering.events.v1',
  catalogueTaxonomy: 'catalogue.taxonomy.events.v1',
  regionClassification: 'region.classification.events.v1',
  regionClassificationRun: 'region.classification-run.events.v1',
  regionDataset: 'region.dataset.events.v1',
  matchingReferral: 'matching.referral.events.v1',
} as const;

export type TopicName = (typeof Topics)[keyof typeof Topics];

/** Consumer groups: one per consuming service. */
export const ConsumerGroups = {
  matching: 'matching',
} as const;

export type ConsumerGroup = (typeof ConsumerGroups)[keyof typeof ConsumerGroups];

/** Which group reads which topics. The DLQ topics follow from this table. */
export const Subscriptions: Readonly<Record<ConsumerGroup, readonly TopicName[]>> = {
  matching: [Topics.catalogueOffering, Topics.regionClassification],
};

export const TOPIC_NAME_PATTERN = /^[a-z]+\.[a-z-]+\.events\.v[1-9][0-9]*$/;

export function dlqTopic(topic: string, group: string): string {
  return `${topic}.${group}.dlq`;
}

export interface TopicSpec {
  name: string;
  partitions: number;
  kind: 'events' | 'dlq';
}

/** All topics the broker must have, with their partition counts. */
export function declaredTopics(prefix = ''): TopicSpec[] {
  const events: TopicSpec[] = Object.values(Topics).map((name) => ({
    name: prefix + name,
    partitions: 3,
    kind: 'events',
  }));
  const dlqs: TopicSpec[] = Object.entries(Subscriptions).flatMap(([group, topics]) =>
    topics.map((t) => ({ name: prefix + dlqTopic(t, group), partitions: 1, kind: 'dlq' as const })),
  );
  return [...events, ...dlqs];
}

import { ConsumerGroups } from '@sanpuku/contracts';
import { ServiceDefinition } from '@sanpuku/platform';
import { CreateReadModels1764300001000 } from './migrations/1764300001000-CreateReadModels';

export const matchingService: ServiceDefinition = {
  name: 'matching',
  schema: 'matching',
  entities: [],
  migrations: [CreateReadModels1764300001000],
  consumerGroup: ConsumerGroups.matching,
};

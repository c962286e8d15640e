import { ServiceDefinition } from '@sanpuku/platform';
import { CreateRegionModel1764300002000 } from './migrations/1764300002000-CreateRegionModel';

export const regionService: ServiceDefinition = {
  name: 'region',
  schema: 'region',
  entities: [],
  migrations: [CreateRegionModel1764300002000],
};

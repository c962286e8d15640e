import { ServiceDefinition } from '@sanpuku/platform';
import { CreateTaxonomy1764300000000 } from './migrations/1764300000000-CreateTaxonomy';
import { TaxonomyCategoryEntity, TaxonomyFamilyEntity } from './taxonomy/taxonomy.entity';

export const catalogueService: ServiceDefinition = {
  name: 'catalogue',
  schema: 'catalogue',
  entities: [TaxonomyFamilyEntity, TaxonomyCategoryEntity],
  migrations: [CreateTaxonomy1764300000000],
};

import { ServiceDefinition } from '@sanpuku/platform';
import { CreateTaxonomy1764300000000 } from './migrations/1764300000000-CreateTaxonomy';
import { CreateOrganizationsAndOfferings1764300004000 } from './migrations/1764300004000-CreateOrganizationsAndOfferings';
import { AlignTaxonomyEnglishLabels1764300006000 } from './migrations/1764300006000-AlignTaxonomyEnglishLabels';
import { HsdsInterop1764300010000 } from './migrations/1764300010000-HsdsInterop';
import { TaxonomyCategoryEntity, TaxonomyFamilyEntity } from './taxonomy/taxonomy.entity';

export const catalogueService: ServiceDefinition = {
  name: 'catalogue',
  schema: 'catalogue',
  entities: [TaxonomyFamilyEntity, TaxonomyCategoryEntity],
  migrations: [CreateTaxonomy1764300000000, CreateOrganizationsAndOfferings1764300004000, AlignTaxonomyEnglishLabels1764300006000, HsdsInterop1764300010000],
};

import { z } from 'zod';
import { Topics } from '../topics';
import { defineEvent } from '../registry';
import { CategoryCode } from './common';

/**
 * The service taxonomy changed: a category was added, renamed (its words), retired
 * (deactivated) or restored, or an admin's HSDS import added or relabelled terms. Codes only;
 * every catalogue instance drops its in-memory copy of the taxonomy and reads it afresh.
 */
export const TaxonomyChangedV1 = defineEvent({
  type: 'catalogue.taxonomy.changed',
  dataversion: '1',
  topic: Topics.catalogueTaxonomy,
  schema: z.object({
    change: z.enum(['added', 'renamed', 'deactivated', 'reactivated', 'imported']),
    /** The category (or family, for an import) codes concerned. */
    codes: z.array(CategoryCode),
  }),
  example: { change: 'renamed', codes: ['meal_delivery'] },
});

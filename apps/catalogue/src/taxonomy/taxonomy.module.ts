import { Module } from '@nestjs/common';
import { TaxonomyReads } from './taxonomy-reads';
import { TaxonomyResolver } from './taxonomy.resolver';
import { TaxonomyService } from './taxonomy.service';

/**
 * The shared taxonomy as data and its admin edits; other features check category codes through
 * TaxonomyService and read the category words (kept in memory, dropped by taxonomy events on every
 * instance) through TaxonomyReads.
 */
@Module({ providers: [TaxonomyReads, TaxonomyService, TaxonomyResolver], exports: [TaxonomyService, TaxonomyReads] })
export class TaxonomyModule {}

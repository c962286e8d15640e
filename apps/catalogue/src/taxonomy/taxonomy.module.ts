import { Module } from '@nestjs/common';
import { TaxonomyResolver } from './taxonomy.resolver';
import { TaxonomyService } from './taxonomy.service';

/** The shared taxonomy as data and its admin edits; other features check category codes through TaxonomyService. */
@Module({ providers: [TaxonomyService, TaxonomyResolver], exports: [TaxonomyService] })
export class TaxonomyModule {}

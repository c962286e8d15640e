import { Module } from '@nestjs/common';
import { OfferingStoreModule } from '../offerings/offering-store.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { ListingHistoryRepository } from './listing-history.repository';
import { ListingResolver } from './listing.resolver';
import { ListingService } from './listing.service';

/**
 * The review workflow and its history. ListingHistoryRepository is exported because creating an
 * offering and importing HSDS record their first workflow step in the same transaction.
 */
@Module({
  imports: [OfferingStoreModule, TaxonomyModule],
  providers: [ListingHistoryRepository, ListingService, ListingResolver],
  exports: [ListingService, ListingHistoryRepository],
})
export class ListingModule {}

import { Module } from '@nestjs/common';
import { ListingModule } from '../listing/listing.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { OfferingStoreModule } from './offering-store.module';
import { OfferingsResolver } from './offerings.resolver';
import { OfferingsService } from './offerings.service';

/** An operator's offerings: drafts, updates, capacity and confirmation (the review steps are ListingModule's). */
@Module({
  imports: [OfferingStoreModule, OrganizationsModule, TaxonomyModule, ListingModule],
  providers: [OfferingsService, OfferingsResolver],
  exports: [OfferingsService],
})
export class OfferingsModule {}

import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CatalogueAdminReads, OrganizationAdminFieldsResolver, TaxonomyCategoryAdminFieldsResolver } from './admin/catalogue-admin';
import { InputLimitsInterceptor } from './common/input-limits.interceptor';
import { HsdsResolver } from './hsds/hsds.resolver';
import { HsdsService } from './hsds/hsds.service';
import { ListingHistoryRepository } from './listing/listing-history.repository';
import { ListingResolver } from './listing/listing.resolver';
import { ListingService } from './listing/listing.service';
import { OfferingViews } from './offerings/offering-views';
import { OfferingEventWriter } from './offerings/offering.events';
import { OfferingRepository } from './offerings/offering.repository';
import { OfferingsResolver } from './offerings/offerings.resolver';
import { OfferingsService } from './offerings/offerings.service';
import { OrganizationsResolver } from './organizations/organizations.resolver';
import { OrganizationsService } from './organizations/organizations.service';
import { SearchResolver } from './search/search.resolver';
import { SearchService } from './search/search.service';
import { TaxonomyReads } from './taxonomy/taxonomy-reads';
import { TaxonomyResolver } from './taxonomy/taxonomy.resolver';
import { TaxonomyService } from './taxonomy/taxonomy.service';

/** The catalogue's features: taxonomy, organizations, offerings, listing review, search, HSDS exchange. */
@Module({
  providers: [
    { provide: APP_INTERCEPTOR, useClass: InputLimitsInterceptor },
    TaxonomyReads,
    TaxonomyService,
    TaxonomyResolver,
    OfferingRepository,
    OfferingEventWriter,
    OfferingViews,
    ListingHistoryRepository,
    OrganizationsService,
    OrganizationsResolver,
    OfferingsService,
    OfferingsResolver,
    ListingService,
    ListingResolver,
    SearchService,
    SearchResolver,
    HsdsService,
    HsdsResolver,
    CatalogueAdminReads,
    OrganizationAdminFieldsResolver,
    TaxonomyCategoryAdminFieldsResolver,
  ],
  exports: [TaxonomyService, OrganizationsService, OfferingsService, ListingService, SearchService, HsdsService],
})
export class CatalogueFeaturesModule {}

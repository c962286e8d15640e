import { Module } from '@nestjs/common';
import { ListingModule } from '../listing/listing.module';
import { OfferingStoreModule } from '../offerings/offering-store.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { HsdsResolver } from './hsds.resolver';
import { HsdsService } from './hsds.service';

/** HSDS 3.0 export and import: organizations and offerings in and out, categories mapped through the taxonomy. */
@Module({ imports: [TaxonomyModule, OrganizationsModule, OfferingStoreModule, ListingModule], providers: [HsdsService, HsdsResolver] })
export class HsdsModule {}

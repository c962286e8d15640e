import { Module } from '@nestjs/common';
import { OfferingStoreModule } from '../offerings/offering-store.module';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

/** Operator organizations; a change of name reaches their stored offerings (OfferingStoreModule). */
@Module({ imports: [OfferingStoreModule], providers: [OrganizationsService, OrganizationsResolver], exports: [OrganizationsService] })
export class OrganizationsModule {}

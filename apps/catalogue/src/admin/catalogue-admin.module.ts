import { Module } from '@nestjs/common';
import { CatalogueAdminReads } from './catalogue-admin-reads';
import { OrganizationAdminFieldsResolver, TaxonomyCategoryAdminFieldsResolver } from './catalogue-admin.resolver';

/** The admin's counts on organizations and taxonomy categories (read only, straight from the tables). */
@Module({ providers: [CatalogueAdminReads, OrganizationAdminFieldsResolver, TaxonomyCategoryAdminFieldsResolver] })
export class CatalogueAdminModule {}

import { Module } from '@nestjs/common';
import { OfferingStoreModule } from '../offerings/offering-store.module';
import { TaxonomyModule } from '../taxonomy/taxonomy.module';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

/** Search over published offerings (read only). */
@Module({ imports: [OfferingStoreModule, TaxonomyModule], providers: [SearchService, SearchResolver] })
export class SearchModule {}

import { Query, Resolver } from '@nestjs/graphql';
import { TaxonomyFamily } from './taxonomy.model';
import { TaxonomyService } from './taxonomy.service';

@Resolver(() => TaxonomyFamily)
export class TaxonomyResolver {
  constructor(private readonly service: TaxonomyService) {}

  @Query(() => [TaxonomyFamily], { description: 'The shared service taxonomy / サービス分類' })
  taxonomy(): Promise<TaxonomyFamily[]> {
    return this.service.families();
  }
}

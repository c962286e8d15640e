import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { TaxonomyFamily } from './taxonomy.model';
import { AddTaxonomyCategoryInput, RenameTaxonomyCategoryInput } from './taxonomy.input';
import { TaxonomyService } from './taxonomy.service';

@Resolver(() => TaxonomyFamily)
export class TaxonomyResolver {
  constructor(private readonly service: TaxonomyService) {}

  @Query(() => [TaxonomyFamily], { description: 'The shared service taxonomy (active categories unless includeInactive) / サービス分類' })
  taxonomy(@Args('includeInactive', { type: () => Boolean, defaultValue: false }) includeInactive: boolean): Promise<TaxonomyFamily[]> {
    return this.service.families(includeInactive);
  }

  @Mutation(() => [TaxonomyFamily], { description: 'Add a category (admin) / 分類の追加' })
  addTaxonomyCategory(@CurrentActor() actor: Actor | null, @Args('input') input: AddTaxonomyCategoryInput): Promise<TaxonomyFamily[]> {
    return this.service.addCategory(actor, input);
  }

  @Mutation(() => [TaxonomyFamily], { description: 'Rename a category (admin) / 分類名の変更' })
  renameTaxonomyCategory(@CurrentActor() actor: Actor | null, @Args('input') input: RenameTaxonomyCategoryInput): Promise<TaxonomyFamily[]> {
    return this.service.renameCategory(actor, input);
  }

  @Mutation(() => [TaxonomyFamily], { description: 'Deactivate a category: no new use; existing listings keep it (admin) / 分類の停止' })
  deactivateTaxonomyCategory(@CurrentActor() actor: Actor | null, @Args('code') code: string): Promise<TaxonomyFamily[]> {
    return this.service.setActive(actor, code, false);
  }

  @Mutation(() => [TaxonomyFamily], { description: 'Reactivate a category (admin) / 分類の再開' })
  reactivateTaxonomyCategory(@CurrentActor() actor: Actor | null, @Args('code') code: string): Promise<TaxonomyFamily[]> {
    return this.service.setActive(actor, code, true);
  }
}

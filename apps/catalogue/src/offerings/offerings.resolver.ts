import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { OfferingViews } from './offering-views';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { ListingStatus, OfferingCapacityStatus, OfferingCategoryLabel, OfferingView } from './offering.model';
import { OfferingInput } from './offering.input';
import { OfferingsService } from './offerings.service';

@Resolver(() => OfferingView)
export class OfferingsResolver {
  constructor(
    private readonly service: OfferingsService,
    private readonly views: OfferingViews,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @ResolveField(() => [OfferingCategoryLabel], {
    description: "The categories with the taxonomy's current Japanese and English names, in the order of `categories` / サービス分類の表示名",
  })
  async categoryLabels(@Parent() offering: OfferingView, @Context() ctx: object): Promise<OfferingCategoryLabel[]> {
    const words = await this.taxonomy.categoryWordsFor(ctx);
    return offering.categories.map((code) => {
      const w = words.get(code);
      return { code, labelJa: w?.ja ?? code, labelEn: w?.en ?? code };
    });
  }

  @Query(() => OfferingView, { description: 'An offering: published ones for everyone; others for their operator, reviewers and admins / 掲載' })
  async offering(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<OfferingView> {
    return this.views.of(await this.service.get(actor, id));
  }

  @Query(() => [OfferingView], { description: "The calling operator's offerings (operator) / 自社の掲載" })
  async myOfferings(
    @CurrentActor() actor: Actor | null,
    @Args('status', { type: () => ListingStatus, nullable: true }) status?: ListingStatus | null,
  ): Promise<OfferingView[]> {
    return (await this.service.mine(actor, status ?? null)).map((r) => this.views.of(r));
  }

  @Query(() => [OfferingView], { description: "Submitted offerings serving the caller's municipality, oldest first (municipal staff) / 審査待ち一覧" })
  async reviewQueue(@CurrentActor() actor: Actor | null): Promise<OfferingView[]> {
    return (await this.service.reviewQueue(actor)).map((r) => this.views.of(r));
  }

  @Mutation(() => OfferingView, { description: 'Create an offering as a draft of the operator\'s organization (operator) / 掲載の下書きを作成' })
  async createOffering(@CurrentActor() actor: Actor | null, @Args('input') input: OfferingInput): Promise<OfferingView> {
    return this.views.of(await this.service.create(actor, input));
  }

  @Mutation(() => OfferingView, {
    description:
      'Replace an offering (its operator). A returned or withdrawn listing becomes a draft; a published one stays published, or goes back to review when a disclosed item changed / 掲載内容の更新',
  })
  async updateOffering(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OfferingInput,
  ): Promise<OfferingView> {
    return this.views.of(await this.service.update(actor, id, input));
  }

  @Mutation(() => OfferingView, { description: 'Confirm the capacity status now (its operator; any state) / 受入状況の更新' })
  async updateOfferingCapacity(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('status', { type: () => OfferingCapacityStatus }) status: OfferingCapacityStatus,
  ): Promise<OfferingView> {
    return this.views.of(await this.service.confirmCapacity(actor, id, status));
  }

  @Mutation(() => OfferingView, { description: 'Confirm the details are still correct (its operator) / 掲載内容の確認' })
  async confirmOfferingDetails(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<OfferingView> {
    return this.views.of(await this.service.confirmDetails(actor, id));
  }
}

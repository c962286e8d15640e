import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { label } from '@sanpuku/kernel';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { OfferingViews } from '../offerings/offering-views';
import { ListingStatus, OfferingView } from '../offerings/offering.model';
import { ListingAction, ListingActorRole, ListingHistoryEntryView } from './listing.model';
import { ReturnReasonInput } from './listing.input';
import { ListingService } from './listing.service';

@Resolver(() => OfferingView)
export class ListingResolver {
  constructor(
    private readonly listing: ListingService,
    private readonly views: OfferingViews,
  ) {}

  @Mutation(() => OfferingView, { description: 'Submit for review; refused with every missing disclosure item (its operator) / 審査に提出' })
  async submitOffering(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<OfferingView> {
    return this.views.of(await this.listing.submit(actor, id));
  }

  @Mutation(() => OfferingView, { description: 'Publish a submitted listing (municipal staff of a municipality it serves) / 掲載承認' })
  async publishOffering(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<OfferingView> {
    return this.views.of(await this.listing.publish(actor, id));
  }

  @Mutation(() => OfferingView, { description: 'Return a submitted listing with reasons (municipal staff of a municipality it serves) / 差し戻し' })
  async returnOffering(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('reasons', { type: () => [ReturnReasonInput] }) reasons: ReturnReasonInput[],
  ): Promise<OfferingView> {
    return this.views.of(
      await this.listing.return(
        actor,
        id,
        reasons.map((r) => ({ path: r.path ?? null, messageJa: r.messageJa, messageEn: r.messageEn ?? null })),
      ),
    );
  }

  @Mutation(() => OfferingView, { description: 'Withdraw a published listing (its operator) / 掲載終了' })
  async withdrawOffering(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: () => ID }) id: string,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ): Promise<OfferingView> {
    return this.views.of(await this.listing.withdraw(actor, id, note ?? null));
  }

  @ResolveField(() => [ListingHistoryEntryView], { description: 'Every step, oldest first (its operator, reviewers of a served municipality, admins) / 履歴' })
  async history(@CurrentActor() actor: Actor | null, @Parent() offering: OfferingView): Promise<ListingHistoryEntryView[]> {
    const entries = await this.listing.historyOf(actor, offering.id);
    return entries.map((e) => ({
      ...e,
      role: e.role as ListingActorRole,
      roleLabelJa: label('ListingActorRole', e.role).ja,
      roleLabelEn: label('ListingActorRole', e.role).en,
      action: e.action as ListingAction,
      actionLabelJa: label('ListingAction', e.action).ja,
      actionLabelEn: label('ListingAction', e.action).en,
      from: e.from as ListingStatus | null,
      fromLabelJa: e.from ? label('ListingStatus', e.from).ja : null,
      fromLabelEn: e.from ? label('ListingStatus', e.from).en : null,
      to: e.to as ListingStatus,
      toLabelJa: label('ListingStatus', e.to).ja,
      toLabelEn: label('ListingStatus', e.to).en,
    }));
  }
}

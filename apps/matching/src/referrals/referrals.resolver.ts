import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { ReferralStatusEnum } from '../common/enums';
import { LIST_LIMIT } from '../common/limits';
import { operationTypeOf, selectedFieldNames } from '../common/selection';
import { HelpRequest } from '../requests/help-request.model';
import { DisclosedDetailsView, Referral, ReferralUpdate } from './referral.model';
import { CreateReferralInput } from './referral.input';
import { ReferralCommands } from './referral-commands.service';
import { ReferralDisclosure } from './referral-disclosure.service';
import { ReferralLiveUpdates } from './referral-live-updates.service';
import { ReferralViews } from './referral-views.service';

const id = () => ID;
const reason = { name: 'reasonCode', nullable: true, type: () => String, description: 'lower_snake_case code, e.g. no_capacity; never free text' } as const;

/** Mapping only: who may do what is decided in the referral services, RequestAccess and the domain's state machine. */
@Resolver(() => Referral)
export class ReferralsResolver {
  constructor(
    private readonly commands: ReferralCommands,
    private readonly views: ReferralViews,
    private readonly disclosure: ReferralDisclosure,
    private readonly live: ReferralLiveUpdates,
  ) {}

  @Query(() => Referral, { description: 'One referral as the caller’s side may see it (NOT_FOUND otherwise)' })
  referral(@CurrentActor() actor: Actor | null, @Args('id', { type: id }) referralId: string): Promise<Referral> {
    return this.views.get(actor, referralId);
  }

  @Query(() => [Referral], { description: 'Operator: referrals to their organization (pseudonymous until accepted) / 受付一覧' })
  referralInbox(
    @CurrentActor() actor: Actor | null,
    @Args('status', { nullable: true, type: () => ReferralStatusEnum, description: 'Only referrals in this status' }) status?: string | null,
    @Args('limit', { nullable: true, type: () => Int, description: `1–${LIST_LIMIT.max} (default ${LIST_LIMIT.default}); outside that range: BAD_USER_INPUT` }) limit?: number | null,
  ): Promise<Referral[]> {
    return this.views.inbox(actor, { status, limit });
  }

  @ResolveField(() => DisclosedDetailsView, {
    nullable: true,
    description: 'Operator: the consented details, only after accepting and while consent stands; every view is recorded in the senior’s access log',
  })
  details(@CurrentActor() actor: Actor | null, @Parent() r: Referral, @Info() info: GraphQLResolveInfo): Promise<DisclosedDetailsView | null> {
    return this.disclosure.details(actor, r, { fields: selectedFieldNames(info), operationType: operationTypeOf(info) });
  }

  @Subscription(() => ReferralUpdate, {
    description:
      'Operator: referrals sent to their organization as they arrive (action send), then their status changes, as the operator may see them (pseudonymous until accepted). Admin: every sent referral. Over graphql-ws / 受付の更新',
    resolve: (update: ReferralUpdate) => update,
  })
  referralInboxUpdates(@CurrentActor() actor: Actor | null): AsyncIterableIterator<ReferralUpdate> {
    return this.live.inboxUpdates(actor);
  }

  @Subscription(() => ReferralUpdate, {
    description: 'Requester side: status changes of the referrals of a request the caller may see (NOT_FOUND otherwise). Over graphql-ws / 紹介状況の更新',
    resolve: (update: ReferralUpdate) => update,
  })
  referralStatusChanged(@CurrentActor() actor: Actor | null, @Args('requestId', { type: id }) requestId: string): Promise<AsyncIterableIterator<ReferralUpdate>> {
    return this.live.requestUpdates(actor, requestId);
  }

  @Mutation(() => Referral, { description: 'Refer the request to an offering on its shortlist (needs a covering consent to send) / 紹介' })
  createReferral(@CurrentActor() actor: Actor | null, @Args('input') input: CreateReferralInput): Promise<Referral> {
    return this.commands.create(actor, input);
  }

  @Mutation(() => Referral)
  sendReferral(
    @CurrentActor() actor: Actor | null,
    @Args('id', { type: id }) referralId: string,
    @Args('consentId', { nullable: true, type: id }) consentId?: string | null,
  ): Promise<Referral> {
    return this.commands.act(actor, referralId, 'send', { consentId });
  }

  @Mutation(() => Referral)
  cancelReferral(@CurrentActor() actor: Actor | null, @Args('id', { type: id }) referralId: string, @Args(reason) reasonCode?: string | null): Promise<Referral> {
    return this.commands.act(actor, referralId, 'cancel', { reasonCode });
  }

  @Mutation(() => Referral)
  holdReferral(@CurrentActor() actor: Actor | null, @Args('id', { type: id }) referralId: string, @Args(reason) reasonCode?: string | null): Promise<Referral> {
    return this.commands.act(actor, referralId, 'hold', { reasonCode });
  }

  @Mutation(() => Referral)
  resumeReferral(@CurrentActor() actor: Actor | null, @Args('id', { type: id }) referralId: string): Promise<Referral> {
    return this.commands.act(actor, referralId, 'resume');
  }

  @Mutation(() => Referral, { description: 'Operator accepts: the consented details are disclosed and recorded' })
  acceptReferral(@CurrentActor() actor: Actor | null, @Args('id', { type: id }) referralId: string): Promise<Referral> {
    return this.commands.act(actor, referralId, 'accept');
  }

  @Mutation(() => Referral)
  rejectReferral(@CurrentActor() actor: Actor | null, @Args('id', { type: id }) referralId: string, @Args(reason) reasonCode?: string | null): Promise<Referral> {
    return this.commands.act(actor, referralId, 'reject', { reasonCode });
  }

  @Mutation(() => Referral)
  startReferral(@CurrentActor() actor: Actor | null, @Args('id', { type: id }) referralId: string): Promise<Referral> {
    return this.commands.act(actor, referralId, 'start');
  }

  @Mutation(() => Referral)
  completeReferral(@CurrentActor() actor: Actor | null, @Args('id', { type: id }) referralId: string): Promise<Referral> {
    return this.commands.act(actor, referralId, 'complete');
  }

  @Mutation(() => Referral)
  failReferral(@CurrentActor() actor: Actor | null, @Args('id', { type: id }) referralId: string, @Args(reason) reasonCode?: string | null): Promise<Referral> {
    return this.commands.act(actor, referralId, 'fail', { reasonCode });
  }
}

@Resolver(() => HelpRequest)
export class HelpRequestReferralFieldsResolver {
  constructor(private readonly views: ReferralViews) {}

  @ResolveField(() => [Referral], { description: 'The request’s referrals with their status timelines' })
  referrals(@CurrentActor() actor: Actor | null, @Parent() r: HelpRequest): Promise<Referral[]> {
    return this.views.listForRequest(actor, r.id);
  }
}

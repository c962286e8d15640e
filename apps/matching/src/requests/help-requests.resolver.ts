import { Args, ID, Info, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { HelpRequestStatusEnum } from '../common/enums';
import { LIST_LIMIT, NEXT_CANDIDATES_LIMIT } from '../common/limits';
import { operationTypeOf, selectedFieldNames } from '../common/selection';
import { AreaSegmentView } from '../read-models/area-segment.model';
import { Shortlist, ShortlistEntry } from '../shortlists/shortlist.model';
import { HelpRequest, NextStep, RequestNotice, SeniorDetails } from './help-request.model';
import { FileHelpRequestInput } from './help-request.input';
import { HelpRequestsService } from './help-requests.service';

/** Mapping only: every rule (validation, who may see what) lives in HelpRequestsService. */
@Resolver(() => HelpRequest)
export class HelpRequestsResolver {
  constructor(private readonly service: HelpRequestsService) {}

  @Mutation(() => HelpRequest, { description: 'File a request for help; returns it with its first shortlist / 相談依頼の登録' })
  fileHelpRequest(@CurrentActor() actor: Actor | null, @Args('input') input: FileHelpRequestInput): Promise<HelpRequest> {
    return this.service.file(actor, input);
  }

  @Query(() => [HelpRequest], { description: 'Requests the caller may see (own / office / municipality / all for admin)' })
  helpRequests(
    @CurrentActor() actor: Actor | null,
    @Args('status', { nullable: true, type: () => HelpRequestStatusEnum, description: 'Only requests in this status' }) status?: string | null,
    @Args('limit', { nullable: true, type: () => Int, description: `1–${LIST_LIMIT.max} (default ${LIST_LIMIT.default}); outside that range: BAD_USER_INPUT` }) limit?: number | null,
  ): Promise<HelpRequest[]> {
    return this.service.list(actor, { status, limit });
  }

  @Query(() => HelpRequest, { description: 'One request (NOT_FOUND when the caller may not see it)' })
  helpRequest(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }) id: string): Promise<HelpRequest> {
    return this.service.get(actor, id);
  }

  @Mutation(() => Shortlist, { description: 'A new shortlist round for a request (e.g. after new offerings were published)' })
  refreshShortlist(@CurrentActor() actor: Actor | null, @Args('requestId', { type: () => ID }) requestId: string): Promise<Shortlist> {
    return this.service.refreshShortlist(actor, requestId);
  }

  @ResolveField(() => SeniorDetails, { description: 'The senior’s personal details; every view is recorded in personalDataAccessLog' })
  senior(@CurrentActor() actor: Actor | null, @Parent() r: HelpRequest, @Info() info: GraphQLResolveInfo): Promise<SeniorDetails> {
    return this.service.senior(actor, r.id, { fields: selectedFieldNames(info), operationType: operationTypeOf(info) });
  }

  @ResolveField(() => Shortlist, { nullable: true, description: 'The latest shortlist, with every candidate’s explanation' })
  shortlist(@CurrentActor() actor: Actor | null, @Parent() r: HelpRequest): Promise<Shortlist | null> {
    return this.service.shortlist(actor, r);
  }

  @ResolveField(() => [ShortlistEntry], { description: 'Shortlist entries not referred yet, in shortlist order' })
  nextCandidates(
    @CurrentActor() actor: Actor | null,
    @Parent() r: HelpRequest,
    @Args('limit', { type: () => Int, defaultValue: NEXT_CANDIDATES_LIMIT.default, description: `1–${NEXT_CANDIDATES_LIMIT.max}; outside that range: BAD_USER_INPUT` }) limit: number,
  ): Promise<ShortlistEntry[]> {
    return this.service.nextCandidates(actor, r.id, limit);
  }

  @ResolveField(() => NextStep, {
    nullable: true,
    description: 'When the latest shortlist is empty or a need is uncovered: whom to contact, and that the request is matched again when a new offering is published (null otherwise)',
  })
  nextStep(@CurrentActor() actor: Actor | null, @Parent() r: HelpRequest): Promise<NextStep | null> {
    return this.service.nextStep(actor, r.id);
  }

  @ResolveField(() => [RequestNotice])
  notices(@CurrentActor() actor: Actor | null, @Parent() r: HelpRequest): Promise<RequestNotice[]> {
    return this.service.notices(actor, r.id);
  }

  @ResolveField(() => AreaSegmentView, { nullable: true, description: 'Market viability of the municipality (from region)' })
  marketSegment(@CurrentActor() actor: Actor | null, @Parent() r: HelpRequest): Promise<AreaSegmentView | null> {
    return this.service.marketSegment(actor, r.id);
  }
}

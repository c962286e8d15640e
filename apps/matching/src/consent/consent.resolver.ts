import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { PersonalDataAccess } from '../privacy/access-log.model';
import { HelpRequest } from '../requests/help-request.model';
import { Consent, ConsentTextView, ProvisionRecord } from './consent.model';
import { RecordConsentInput } from './consent.input';
import { ConsentService } from './consent.service';

@Resolver(() => Consent)
export class ConsentResolver {
  constructor(private readonly service: ConsentService) {}

  @Mutation(() => Consent, { description: 'Record the senior’s consent to provide named data items to named operators or categories / 同意の記録' })
  recordConsent(@CurrentActor() actor: Actor | null, @Args('input') input: RecordConsentInput): Promise<Consent> {
    return this.service.record(actor, input);
  }

  @Query(() => ConsentTextView, {
    description:
      'The consent text to show before a person agrees (the current version, or the one named); anyone. purpose: acquisition (collecting care level and health notes) | third_party_provision (alias provision: sharing with operators) / 同意文',
  })
  consentText(@Args('purpose') purpose: string, @Args('version', { nullable: true, type: () => String }) version?: string | null): ConsentTextView {
    return this.service.consentText(purpose, version ?? null);
  }

  @Mutation(() => Consent, { description: 'Withdraw a consent: nothing more is disclosed under it; referrals still waiting are cancelled / 同意の撤回' })
  withdrawConsent(
    @CurrentActor() actor: Actor | null,
    @Args('consentId', { type: () => ID }) consentId: string,
    @Args('reason', { nullable: true, type: () => String }) reason?: string | null,
  ): Promise<Consent> {
    return this.service.withdraw(actor, { consentId, reason });
  }
}

@Resolver(() => HelpRequest)
export class HelpRequestConsentFieldsResolver {
  constructor(private readonly service: ConsentService) {}

  @ResolveField(() => [Consent], { description: 'Consents recorded for the request’s senior' })
  consents(@CurrentActor() actor: Actor | null, @Parent() r: HelpRequest): Promise<Consent[]> {
    return this.service.listForRequest(actor, r.id);
  }

  @ResolveField(() => [ProvisionRecord], { description: 'Every provision of the senior’s data to an operator (提供記録)' })
  provisionRecords(@CurrentActor() actor: Actor | null, @Parent() r: HelpRequest): Promise<ProvisionRecord[]> {
    return this.service.provisionsForRequest(actor, r.id);
  }

  @ResolveField(() => [PersonalDataAccess], { description: 'Every view of the senior’s personal details: who, through what, which items, when (閲覧記録)' })
  personalDataAccessLog(@CurrentActor() actor: Actor | null, @Parent() r: HelpRequest): Promise<PersonalDataAccess[]> {
    return this.service.accessLogForRequest(actor, r.id);
  }
}

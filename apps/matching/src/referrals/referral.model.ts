import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReferralStatusEnum } from '../common/enums';
import type { DisclosureItem } from '@sanpuku/matching-domain';
import { ProvenanceConfirmation } from '../consent/provenance.model';
import type { RequestRow } from '../requests/help-request.repository';

@ObjectType({ description: 'What an operator sees before accepting: no name, address, exact care level or notes / 匿名化された概要' })
export class PseudonymousSummaryView {
  @Field() municipalityCode!: string;
  @Field(() => [String], { description: 'Requested categories this operator’s offering serves' }) categories!: string[];
  @Field() careLevelBand!: string;
  @Field() careLevelBandJa!: string;
  @Field() careLevelBandEn!: string;
  @Field(() => [Int]) preferredDays!: number[];
  @Field() preferredDaysJa!: string;
  @Field() preferredDaysEn!: string;
}

@ObjectType({ description: 'Details disclosed to the operator after acceptance, only the consented items / 開示情報' })
export class DisclosedDetailsView {
  @Field(() => [String]) items!: string[];
  @Field(() => String, { nullable: true }) fullName!: string | null;
  @Field(() => String, { nullable: true }) fullNameKana!: string | null;
  @Field(() => String, { nullable: true }) addressText!: string | null;
  @Field(() => String, { nullable: true }) contactPhone!: string | null;
  @Field(() => String, { nullable: true }) ageBand!: string | null;
  @Field(() => String, { nullable: true, description: 'The Japanese words (same as …LabelJa; kept for existing clients)' }) ageBandLabel!: string | null;
  @Field(() => String, { nullable: true }) ageBandLabelJa!: string | null;
  @Field(() => String, { nullable: true }) ageBandLabelEn!: string | null;
  @Field(() => String, { nullable: true }) careLevel!: string | null;
  @Field(() => String, { nullable: true, description: 'The Japanese words (same as …LabelJa; kept for existing clients)' }) careLevelLabel!: string | null;
  @Field(() => String, { nullable: true }) careLevelLabelJa!: string | null;
  @Field(() => String, { nullable: true }) careLevelLabelEn!: string | null;
  @Field(() => String, { nullable: true }) livingSituation!: string | null;
  @Field(() => String, { nullable: true, description: 'The Japanese words (same as …LabelJa; kept for existing clients)' }) livingSituationLabel!: string | null;
  @Field(() => String, { nullable: true }) livingSituationLabelJa!: string | null;
  @Field(() => String, { nullable: true }) livingSituationLabelEn!: string | null;
  @Field(() => String, { nullable: true }) healthNotes!: string | null;
  @Field(() => String, { nullable: true }) needsNote!: string | null;
}

@ObjectType({ description: 'One status change: who, when, from, to, why / 経過' })
export class ReferralHistoryEntryView {
  @Field(() => Int) version!: number;
  @Field({ description: 'labels: ReferralAction' }) action!: string;
  @Field() actionLabelJa!: string;
  @Field() actionLabelEn!: string;
  @Field({ description: 'requester | operator | system' }) actorKind!: string;
  @Field() actorKindLabelJa!: string;
  @Field() actorKindLabelEn!: string;
  @Field(() => String, { nullable: true, description: 'Withheld from the operator for requester-side entries' }) actorUserId!: string | null;
  @Field() actorRole!: string;
  @Field() at!: Date;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) fromLabelJa!: string | null;
  @Field(() => String, { nullable: true }) fromLabelEn!: string | null;
  @Field() to!: string;
  @Field() toLabelJa!: string;
  @Field() toLabelEn!: string;
  @Field(() => String, { nullable: true, description: 'Reason code (labels: ReferralReasonCode)' }) reasonCode!: string | null;
  @Field(() => String, { nullable: true }) reasonCodeLabelJa!: string | null;
  @Field(() => String, { nullable: true }) reasonCodeLabelEn!: string | null;
}

/**
 * Set (never serialised: a symbol key) on a Referral built for the receiving operator while it may
 * see the disclosed details; the `details` field reads it, loads the data and logs the view.
 */
export const DETAILS_ACCESS: unique symbol = Symbol('referral.detailsAccess');
export interface DetailsAccess {
  readonly referralId: string;
  readonly request: RequestRow;
  readonly disclosedItems: readonly DisclosureItem[];
}

@ObjectType({ description: 'A referral of a request to one operator’s offering / 紹介' })
export class Referral {
  @Field(() => ID) id!: string;
  @Field(() => ReferralStatusEnum) status!: string;
  @Field() statusLabelJa!: string;
  @Field() statusLabelEn!: string;
  @Field() statusSince!: Date;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'Why it entered its status (labels: ReferralReasonCode)' }) reasonCode!: string | null;
  @Field(() => String, { nullable: true }) reasonCodeLabelJa!: string | null;
  @Field(() => String, { nullable: true }) reasonCodeLabelEn!: string | null;
  @Field(() => ID) offeringId!: string;
  @Field(() => ID) organizationId!: string;
  @Field() offeringTitle!: string;
  @Field() organizationName!: string;
  @Field(() => Date, { nullable: true, description: 'While requested: when it expires without an answer' }) responseDueAt!: Date | null;
  @Field(() => [String], { description: 'Actions the viewer may take now (labels: ReferralAction)' }) allowedActions!: string[];
  @Field(() => [String], { description: 'The actions in words, same order (for buttons)' }) allowedActionsLabelJa!: string[];
  @Field(() => [String]) allowedActionsLabelEn!: string[];
  @Field({ description: 'requester | operator: the side the viewer is on (labels: ReferralActorKind)' }) viewerSide!: string;
  @Field(() => ID, { nullable: true, description: 'Requester side only' }) requestId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Requester side only' }) consentId!: string | null;
  @Field(() => [String], { description: 'Items to be disclosed on acceptance (labels: ConsentDataItem)' }) disclosedItems!: string[];
  @Field(() => [String], { description: 'The disclosed items’ words, in the same order' }) disclosedItemsLabelJa!: string[];
  @Field(() => [String]) disclosedItemsLabelEn!: string[];
  @Field(() => PseudonymousSummaryView) summary!: PseudonymousSummaryView;
  // `details` (DisclosedDetailsView) is a resolved field: see ReferralsResolver.details.
  [DETAILS_ACCESS]?: DetailsAccess;
  @Field(() => String, { nullable: true, description: 'Why details are not shown' }) detailsWithheldJa!: string | null;
  @Field(() => String, { nullable: true }) detailsWithheldEn!: string | null;
  @Field(() => [ReferralHistoryEntryView]) history!: ReferralHistoryEntryView[];
  @Field(() => ProvenanceConfirmation, {
    nullable: true,
    description: 'Once accepted: the recipient’s confirmation of provenance (APPI Art. 30) — provided by whom, under which consent, obtained by whom and when',
  })
  provenance!: ProvenanceConfirmation | null;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'A committed change of a referral, delivered live over graphql-ws / 紹介の更新' })
export class ReferralUpdate {
  @Field(() => ID) referralId!: string;
  @Field({ description: 'send (for an operator: a new referral has arrived) | accept | reject | start | complete | fail | hold | resume | cancel | expire | create (requester side only)' })
  action!: string;
  @Field() actionLabelJa!: string;
  @Field() actionLabelEn!: string;
  @Field(() => String, { nullable: true }) from!: string | null;
  @Field(() => String, { nullable: true }) fromLabelJa!: string | null;
  @Field(() => String, { nullable: true }) fromLabelEn!: string | null;
  @Field() to!: string;
  @Field() toLabelJa!: string;
  @Field() toLabelEn!: string;
  @Field(() => Int, { description: 'The referral’s version after this change' }) version!: number;
  @Field(() => String, { nullable: true, description: 'Reason code (labels: ReferralReasonCode)' }) reasonCode!: string | null;
  @Field(() => String, { nullable: true }) reasonCodeLabelJa!: string | null;
  @Field(() => String, { nullable: true }) reasonCodeLabelEn!: string | null;
  @Field() at!: Date;
  @Field(() => Referral, {
    description: 'The referral as the subscriber’s side may see it when the update is delivered (its version may already be newer than this change’s)',
  })
  referral!: Referral;
}

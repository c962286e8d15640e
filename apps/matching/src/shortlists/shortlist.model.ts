import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One hard-filter outcome, with its reason in Japanese and English' })
export class FilterOutcomeView {
  @Field({ description: 'Which condition (labels: MatchingFilter)' }) filter!: string;
  @Field() filterLabelJa!: string;
  @Field() filterLabelEn!: string;
  @Field({ description: 'The outcome (labels: FilterReasonCode); ja/en say it in a sentence' }) code!: string;
  @Field() passed!: boolean;
  @Field({ description: 'hard (excludes when failed) | informational' }) effect!: string;
  @Field() needsConfirmation!: boolean;
  @Field() ja!: string;
  @Field() en!: string;
}

@ObjectType({ description: 'One named part of a score: points = 100 × weight share × value' })
export class ScorePartView {
  @Field({ description: 'labels: ScorePart' }) part!: string;
  @Field() partLabelJa!: string;
  @Field() partLabelEn!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Float) value!: number;
  @Field(() => Float) points!: number;
  @Field(() => Float) maxPoints!: number;
  @Field() ja!: string;
  @Field() en!: string;
}

@ObjectType({ description: 'A candidate on a shortlist with everything that explains its position / 候補と根拠' })
export class ShortlistEntry {
  @Field(() => Int) position!: number;
  @Field(() => ID) offeringId!: string;
  @Field(() => ID) organizationId!: string;
  @Field() title!: string;
  @Field() organizationName!: string;
  @Field(() => [String], { description: 'Taxonomy category codes (their words: the catalogue’s taxonomy)' }) categories!: string[];
  @Field() coverage!: string;
  @Field() coverageLabelJa!: string;
  @Field() coverageLabelEn!: string;
  @Field(() => Int) priceYen!: number;
  @Field() priceUnit!: string;
  @Field() priceUnitLabelJa!: string;
  @Field() priceUnitLabelEn!: string;
  @Field() capacity!: string;
  @Field() capacityLabelJa!: string;
  @Field() capacityLabelEn!: string;
  @Field(() => Float, { description: '0–100, the sum of the score parts' }) score!: number;
  @Field({ description: 'The score band (b1 = the highest)' }) bandId!: string;
  @Field({ description: 'The band in words, e.g. 第1得点帯' }) bandLabelJa!: string;
  @Field() bandLabelEn!: string;
  @Field({ description: 'Rotation rule that placed it here (labels: PlacementRule)' }) placementRule!: string;
  @Field() placementRuleLabelJa!: string;
  @Field() placementRuleLabelEn!: string;
  @Field() placementJa!: string;
  @Field() placementEn!: string;
  @Field(() => [FilterOutcomeView]) criteriaMet!: FilterOutcomeView[];
  @Field(() => [FilterOutcomeView], { description: 'Informational outcomes that did not pass (never exclude)' }) notes!: FilterOutcomeView[];
  @Field(() => [ScorePartView]) scoreParts!: ScorePartView[];
}

@ObjectType({ description: 'An offering that failed a hard filter, with the reasons' })
export class ExcludedCandidate {
  @Field(() => ID) offeringId!: string;
  @Field(() => ID) organizationId!: string;
  @Field({ description: 'The offering’s title as listed' }) title!: string;
  @Field({ description: 'The operator’s name' }) organizationName!: string;
  @Field(() => [FilterOutcomeView]) failed!: FilterOutcomeView[];
}

@ObjectType({ description: 'Every eligible offering for a request, ordered by transparent criteria with fair rotation; no paid ranking / 候補一覧' })
export class Shortlist {
  @Field(() => ID) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => Int) round!: number;
  @Field() generatedAt!: Date;
  @Field({ description: 'Municipality × needs: requests in one scope share the rotation' }) rotationScope!: string;
  @Field(() => Int, { description: 'Revision of the scope’s exposure state this shortlist produced' }) scopeRevision!: number;
  @Field({ description: 'labels: DistanceModel' }) distanceModel!: string;
  @Field() distanceModelLabelJa!: string;
  @Field() distanceModelLabelEn!: string;
  @Field(() => Float) bandWidth!: number;
  @Field(() => Int) topPositions!: number;
  @Field(() => [ShortlistEntry]) entries!: ShortlistEntry[];
  @Field(() => [ExcludedCandidate]) excluded!: ExcludedCandidate[];
  @Field(() => [String], { description: 'Requested categories no listed offering covers (recorded as unmet demand)' }) uncoveredNeeds!: string[];
  @Field({ description: 'The platform lists offerings neutrally and does not guarantee service quality' }) disclaimerJa!: string;
  @Field() disclaimerEn!: string;
}

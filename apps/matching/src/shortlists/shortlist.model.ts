import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One hard-filter outcome, with its reason in Japanese and English' })
export class FilterOutcomeView {
  @Field() filter!: string;
  @Field() code!: string;
  @Field() passed!: boolean;
  @Field({ description: 'hard (excludes when failed) | informational' }) effect!: string;
  @Field() needsConfirmation!: boolean;
  @Field() ja!: string;
  @Field() en!: string;
}

@ObjectType({ description: 'One named part of a score: points = 100 × weight share × value' })
export class ScorePartView {
  @Field() part!: string;
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
  @Field(() => [String]) categories!: string[];
  @Field() coverage!: string;
  @Field(() => Int) priceYen!: number;
  @Field() priceUnit!: string;
  @Field() capacity!: string;
  @Field(() => Float, { description: '0–100, the sum of the score parts' }) score!: number;
  @Field() bandId!: string;
  @Field({ description: 'Rotation rule that placed it here' }) placementRule!: string;
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
  @Field() distanceModel!: string;
  @Field(() => Float) bandWidth!: number;
  @Field(() => Int) topPositions!: number;
  @Field(() => [ShortlistEntry]) entries!: ShortlistEntry[];
  @Field(() => [ExcludedCandidate]) excluded!: ExcludedCandidate[];
  @Field(() => [String], { description: 'Requested categories no listed offering covers (recorded as unmet demand)' }) uncoveredNeeds!: string[];
  @Field({ description: 'The platform lists offerings neutrally and does not guarantee service quality' }) disclaimerJa!: string;
  @Field() disclaimerEn!: string;
}

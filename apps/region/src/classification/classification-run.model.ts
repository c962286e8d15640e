import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A dataset version a classification run read / 分類に使ったデータ' })
export class RunDataset {
  @Field(() => ID) datasetVersionId!: string;
  @Field({ description: 'municipalities, town_blocks, resources or boundaries (label kind DatasetKind)' }) kind!: string;
  @Field() kindLabelJa!: string;
  @Field() kindLabelEn!: string;
  @Field({ description: 'The imported file name' }) sourceName!: string;
  @Field(() => Int) rowCount!: number;
  @Field() importedAt!: Date;
}

@ObjectType({ description: 'Municipalities per segment in one run / 区分別の市区町村数' })
export class RunSegmentCounts {
  @Field(() => Int) A!: number;
  @Field(() => Int) B!: number;
  @Field(() => Int) C!: number;
}

@ObjectType({ description: 'A past classification run: its policy, the datasets it read and its result per segment / 分類の実行履歴' })
export class ClassificationRunRecord {
  @Field(() => ID) runId!: string;
  @Field() policyRef!: string;
  @Field({ description: 'The policy in words' }) policyLabelJa!: string;
  @Field() policyLabelEn!: string;
  @Field({ description: 'Label kind ClassificationLevel' }) level!: string;
  @Field() levelLabelJa!: string;
  @Field() levelLabelEn!: string;
  @Field() distanceModelLabelJa!: string;
  @Field() distanceModelLabelEn!: string;
  @Field() startedAt!: Date;
  @Field() finishedAt!: Date;
  @Field({ description: 'The most recent run: the one the API answers from' }) latest!: boolean;
  @Field(() => RunSegmentCounts) segmentCounts!: RunSegmentCounts;
  @Field(() => [RunDataset], { description: 'The dataset versions it read, by kind' }) datasets!: RunDataset[];
}

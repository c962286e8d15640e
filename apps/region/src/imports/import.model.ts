import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType({ description: 'A file to import: its name and its bytes in base64 (so Shift_JIS arrives intact)' })
export class FileInput {
  @Field() fileName!: string;
  @Field() contentBase64!: string;
}

@InputType()
export class ResourceFileInput extends FileInput {
  @Field(() => String, { nullable: true, description: 'Category for rows without one (e.g. convenience)' }) defaultCategory?: string | null;
  @Field(() => String, { nullable: true, description: 'Re-importing the same source replaces its previous rows' }) sourceName?: string | null;
}

@ObjectType({ description: 'A problem in an input file: file, line, column, reason / 取り込みエラー' })
export class ImportIssueView {
  @Field() file!: string;
  @Field(() => Int) line!: number;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field({ description: 'Label kind ImportIssueCode' }) code!: string;
  @Field() codeLabelJa!: string;
  @Field() codeLabelEn!: string;
  @Field() messageEn!: string;
  @Field() messageJa!: string;
  @Field(() => String, { nullable: true }) value?: string | null;
}

@ObjectType()
export class DatasetVersionView {
  @Field(() => ID) datasetVersionId!: string;
  @Field({ description: 'municipalities, town_blocks or resources (label kind DatasetKind)' }) kind!: string;
  @Field() kindLabelJa!: string;
  @Field() kindLabelEn!: string;
  @Field() sourceName!: string;
  @Field({ description: 'Label kind DatasetFormat' }) format!: string;
  @Field() formatLabelJa!: string;
  @Field() formatLabelEn!: string;
  @Field(() => Int) rowCount!: number;
  @Field(() => [String]) scope!: string[];
}

@ObjectType({ description: 'All or nothing: either the dataset was imported, or nothing was and errors say why' })
export class ImportResult {
  @Field() ok!: boolean;
  @Field(() => DatasetVersionView, { nullable: true }) dataset!: DatasetVersionView | null;
  @Field(() => [ImportIssueView]) errors!: ImportIssueView[];
}

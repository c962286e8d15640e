import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

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

@ObjectType({ description: 'Something the import changed or filled in on purpose (a retired code replaced by its current one…) / 取り込み時の読み替え' })
export class ImportNoteView {
  @Field() file!: string;
  @Field(() => Int) line!: number;
  @Field(() => String, { nullable: true }) column!: string | null;
  @Field({ description: 'Label kind ImportNoteCode: code_changed, retired_unit_left_out, prefecture_name_from_code' }) code!: string;
  @Field() codeLabelJa!: string;
  @Field() codeLabelEn!: string;
  @Field() messageJa!: string;
  @Field() messageEn!: string;
  @Field(() => String, { nullable: true, description: 'The municipality code as it was in the file' }) fromCode!: string | null;
  @Field(() => String, { nullable: true, description: 'The current code it was imported under' }) toCode!: string | null;
}

@ObjectType()
export class ImportReasonCount {
  @Field({ description: 'Label kind ImportIssueCode' }) code!: string;
  @Field() codeLabelJa!: string;
  @Field() codeLabelEn!: string;
  @Field(() => Int, { description: 'Skipped rows whose (first) problem this is' }) rows!: number;
}

@ObjectType()
export class ImportFileCount {
  @Field() file!: string;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int) imported!: number;
  @Field(() => Int) skipped!: number;
}

@ObjectType({ description: 'What an import read, imported and skipped, and why / 取り込み結果の報告' })
export class ImportReportView {
  @Field() lenient!: boolean;
  @Field(() => Int, { description: 'Data rows read over all files (headers not counted)' }) rowsRead!: number;
  @Field(() => Int) imported!: number;
  @Field(() => Int, { description: 'Rows left out (a row with several problems counts once)' }) skipped!: number;
  @Field(() => [ImportReasonCount]) skippedByReason!: ImportReasonCount[];
  @Field(() => [ImportIssueView], { description: 'Every problem of every skipped row: file, line, column, reason' }) skippedRows!: ImportIssueView[];
  @Field(() => [ImportNoteView], { description: 'Code changes applied and values filled in, line by line' }) notes!: ImportNoteView[];
  @Field(() => [ImportFileCount]) files!: ImportFileCount[];
  @Field({
    description:
      'The skipped rows and notes as a CSV file (UTF-8 with BOM; file,line,column,kind,code,value,new_value,reason_ja,reason_en) for download / 報告のCSV',
  })
  csv!: string;
}

@ObjectType({ description: 'Either the dataset was imported (all of it, or in lenient mode every valid row, see report), or nothing was and errors say why' })
export class ImportResult {
  @Field() ok!: boolean;
  @Field(() => DatasetVersionView, { nullable: true }) dataset!: DatasetVersionView | null;
  @Field(() => [ImportIssueView]) errors!: ImportIssueView[];
  @Field(() => ImportReportView, { nullable: true, description: 'Counts, skipped rows and code changes; null when the import was refused' }) report!: ImportReportView | null;
}

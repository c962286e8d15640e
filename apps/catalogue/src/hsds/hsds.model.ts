import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ListingStatus } from '../offerings/offering.model';

@ObjectType({ description: 'A problem in an imported document, with its JSON Pointer / 取り込みエラー' })
export class HsdsImportError {
  @Field({ description: 'JSON Pointer into the document, e.g. /services/0/cost_options/0/amount' }) path!: string;
  @Field() code!: string;
  @Field() messageJa!: string;
  @Field() messageEn!: string;
}

@ObjectType({ description: 'All or nothing: either the whole document was imported, or nothing was and errors say why / 取り込み結果' })
export class HsdsImportResult {
  @Field() ok!: boolean;
  @Field(() => Int) organizations!: number;
  @Field(() => Int) offerings!: number;
  @Field(() => [ID]) offeringIds!: string[];
  @Field(() => ListingStatus, { nullable: true, description: 'The state imported offerings arrived in' }) status!: ListingStatus | null;
  @Field(() => String, { nullable: true }) statusLabelJa!: string | null;
  @Field(() => String, { nullable: true }) statusLabelEn!: string | null;
  @Field(() => Int, {
    description: 'HSDS objects kept as written, not as listings (another publisher\'s services, locations, taxonomies…); written back on export of unpublished data',
  })
  kept!: number;
  @Field(() => [HsdsImportError]) errors!: HsdsImportError[];
  @Field(() => [HsdsImportError], {
    description: 'What was imported differently from how it was written (kept as written, a term with no mapping, a price in another currency), also when ok / 注意事項',
  })
  warnings!: HsdsImportError[];
}

@ObjectType({ description: 'One file of the HSDS tabular package / 表形式パッケージの1ファイル' })
export class HsdsCsvFile {
  @Field() fileName!: string;
  @Field({ description: 'RFC 4180 CSV text (CRLF), header line first' }) content!: string;
}

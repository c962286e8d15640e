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
  @Field(() => [HsdsImportError]) errors!: HsdsImportError[];
}

import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'One file of the HSDS tabular package (e.g. services.csv) / 表形式パッケージの1ファイル' })
export class HsdsCsvFileInput {
  @Field({ description: 'The table file name, e.g. services.csv (at most 100 characters)' }) fileName!: string;
  @Field({ description: 'RFC 4180 CSV text, header line first (all files together within the 1 MB request body)' }) content!: string;
}

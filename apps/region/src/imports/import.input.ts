import { Field, InputType } from '@nestjs/graphql';

@InputType({ description: 'One file of an import: its name and its bytes in base64 (so Shift_JIS arrives intact)' })
export class FilePartInput {
  @Field() fileName!: string;
  @Field() contentBase64!: string;
}

@InputType({ description: 'A file to import: its name and its bytes in base64 (so Shift_JIS arrives intact)' })
export class FileInput extends FilePartInput {
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      'false (default): all or nothing. true: import every valid row in one transaction and list every skipped row in `report` (municipalities and town blocks) / 正しい行だけを取り込み、除外した行を報告する',
  })
  lenient?: boolean | null;
}

@InputType({ description: 'Several town-block files (e.g. the 47 prefecture files) imported as ONE dataset version / 複数ファイルを一つのデータとして取り込む' })
export class TownBlockFilesInput {
  @Field(() => [FilePartInput], { description: '1 to 100 files; together bounded by the request body limit' }) files!: FilePartInput[];
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'As FileInput.lenient' }) lenient?: boolean | null;
}

@InputType()
export class ResourceFileInput extends FileInput {
  @Field(() => String, { nullable: true, description: 'Category for rows without one (e.g. convenience)' }) defaultCategory?: string | null;
  @Field(() => String, { nullable: true, description: 'Re-importing the same source replaces its previous rows' }) sourceName?: string | null;
}

import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A town block (大字・町丁目) with its representative point, from the imported 位置参照情報 / 町丁目' })
export class TownBlock {
  @Field({
    description:
      'The block as stored: the 12-digit 大字町丁目コード when imported from the MLIT file, else its name path (e.g. 番町一丁目, or 大字/字 joined by /). Unique within the municipality',
  })
  code!: string;

  @Field({ description: 'The name as imported, e.g. 番町一丁目' })
  name!: string;

  @Field({ description: '5-digit JIS code of the municipality (the ward, in designated cities)' })
  municipalityCode!: string;

  @Field(() => String, { nullable: true, description: 'The municipality (the ward, in designated cities) in words, e.g. 高松市' })
  municipalityName!: string | null;

  @Field(() => Float, { description: 'Representative point, degrees (JGD2011 ≈ WGS84)' })
  lat!: number;

  @Field(() => Float)
  lng!: number;
}

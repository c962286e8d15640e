import { Args, Query, Resolver } from '@nestjs/graphql';
import { notFound } from '@sanpuku/platform';
import { ArgProblems } from '../common/region-args';
import { Area, DensityTierCode, SegmentCode } from './area.model';
import { AreasService } from './areas.service';

@Resolver(() => Area)
export class AreasResolver {
  constructor(private readonly service: AreasService) {}

  @Query(() => [Area], {
    description:
      'Municipalities with their market-viability classification; a prefecture with no imported municipalities is NOT_FOUND. Anyone / 市区町村と市場性区分',
  })
  async areas(
    @Args('prefectureCode', { nullable: true, description: '2-digit prefecture code, e.g. 37 (香川県)' }) prefectureCode?: string,
    @Args('tier', { type: () => DensityTierCode, nullable: true }) tier?: DensityTierCode,
    @Args('segment', { type: () => SegmentCode, nullable: true }) segment?: SegmentCode,
  ): Promise<Area[]> {
    const args = new ArgProblems();
    const pref = prefectureCode == null ? undefined : args.prefectureCode(prefectureCode, '/prefectureCode');
    args.throwIfAny();
    const areas = await this.service.list({ prefectureCode: pref ?? undefined, tier, segment });
    // One query for the common case: only an empty answer needs telling "none match" from "no such prefecture".
    if (pref && !areas.length && !(await this.service.hasPrefecture(pref))) throw notFound('prefecture (no municipalities imported)', '都道府県（市区町村が取り込まれていません）');
    return areas;
  }

  @Query(() => Area, {
    nullable: true,
    description:
      'One municipality by its 5-digit JIS code (or 6-digit local-government code), with the explanation of its segment; an unknown code is NOT_FOUND (never null). Anyone',
  })
  async area(@Args('code') code: string): Promise<Area> {
    const args = new ArgProblems();
    const jis = args.municipalityCode(code, '/code');
    args.throwIfAny();
    const area = await this.service.one(jis!);
    if (!area) throw notFound('municipality', '市区町村');
    return area;
  }
}

import { Args, Query, Resolver } from '@nestjs/graphql';
import { Area, DensityTierCode, SegmentCode } from './area.model';
import { AreasService } from './areas.service';

@Resolver(() => Area)
export class AreasResolver {
  constructor(private readonly service: AreasService) {}

  @Query(() => [Area], { description: 'Municipalities with their market-viability classification / 市区町村と市場性区分' })
  areas(
    @Args('prefectureCode', { nullable: true, description: '2-digit prefecture code, e.g. 37 (香川県)' }) prefectureCode?: string,
    @Args('tier', { type: () => DensityTierCode, nullable: true }) tier?: DensityTierCode,
    @Args('segment', { type: () => SegmentCode, nullable: true }) segment?: SegmentCode,
  ): Promise<Area[]> {
    return this.service.list({ prefectureCode, tier, segment });
  }

  @Query(() => Area, { nullable: true, description: 'One municipality by its 5-digit JIS code, with the explanation of its segment' })
  area(@Args('code') code: string): Promise<Area | null> {
    return this.service.one(code);
  }
}

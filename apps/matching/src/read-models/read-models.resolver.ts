import { Args, Query, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { AreaSegmentView, toAreaSegmentView } from './area-segment.model';

@Resolver(() => AreaSegmentView)
export class ReadModelsResolver {
  constructor(private readonly ds: DataSource) {}

  @Query(() => AreaSegmentView, { nullable: true, description: "Matching's copy of a municipality's segment (eventually consistent with region)" })
  async matchingAreaSegment(@Args('municipalityCode') code: string): Promise<AreaSegmentView | null> {
    const [r] = await this.ds.query(`SELECT * FROM area_segment_read_model WHERE municipality_code = $1`, [code]);
    return r ? toAreaSegmentView(r) : null;
  }
}

import { Args, Query, Resolver } from '@nestjs/graphql';
import { AreaSegmentView, toAreaSegmentView } from './area-segment.model';
import { AreaSegmentRepository } from './area-segment.repository';

@Resolver(() => AreaSegmentView)
export class ReadModelsResolver {
  constructor(private readonly segments: AreaSegmentRepository) {}

  @Query(() => AreaSegmentView, { nullable: true, description: "Matching's copy of a municipality's segment (eventually consistent with region)" })
  async matchingAreaSegment(@Args('municipalityCode') code: string): Promise<AreaSegmentView | null> {
    const r = await this.segments.of(code);
    return r ? toAreaSegmentView(r) : null;
  }
}

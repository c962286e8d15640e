import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AreaClassification } from './area.model';
import { AreasService, ExplanationLoaders } from './areas.service';

/** One set of loaders per GraphQL request (the context object lives exactly as long as the request). */
const loadersOfRequest = new WeakMap<object, ExplanationLoaders>();

/**
 * The uncovered blocks' GeoJSON (the bulk of a stored explanation), read only by a query that
 * selects it and batched: 17 areas asking for it cost one query. The explanation's light parts
 * (notes, recommended model, uncovered count) are plain properties of the kept areas (AreasService).
 */
@Resolver(() => AreaClassification)
export class AreaClassificationResolver {
  constructor(private readonly service: AreasService) {}

  private loaders(ctx: object): ExplanationLoaders {
    let l = loadersOfRequest.get(ctx);
    if (!l) loadersOfRequest.set(ctx, (l = this.service.explanationLoaders()));
    return l;
  }

  @ResolveField(() => String)
  async uncoveredBlocksGeoJson(@Parent() c: AreaClassification, @Context() ctx: object): Promise<string> {
    return this.loaders(ctx).uncoveredGeoJson.load(c.explanationKey);
  }
}

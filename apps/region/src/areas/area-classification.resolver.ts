import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AreaClassification, RecommendedModel } from './area.model';
import { AreasService, ExplanationLoaders, ExplanationParts } from './areas.service';

/** One set of loaders per GraphQL request (the context object lives exactly as long as the request). */
const loadersOfRequest = new WeakMap<object, ExplanationLoaders>();

/**
 * The parts of a classification that come from its stored explanation, read only when asked for
 * and batched: 17 areas asking for their notes cost one query, and the uncovered blocks' GeoJSON
 * (the bulk of an explanation) is read only by a query that selects it.
 */
@Resolver(() => AreaClassification)
export class AreaClassificationResolver {
  constructor(private readonly service: AreasService) {}

  private loaders(ctx: object): ExplanationLoaders {
    let l = loadersOfRequest.get(ctx);
    if (!l) loadersOfRequest.set(ctx, (l = this.service.explanationLoaders()));
    return l;
  }

  private async parts(c: AreaClassification, ctx: object): Promise<ExplanationParts | null> {
    return this.loaders(ctx).parts.load(c.explanationKey);
  }

  @ResolveField(() => [String])
  async estimationNotesJa(@Parent() c: AreaClassification, @Context() ctx: object): Promise<string[]> {
    return [...((await this.parts(c, ctx))?.notesJa ?? [])];
  }

  @ResolveField(() => [String])
  async estimationNotesEn(@Parent() c: AreaClassification, @Context() ctx: object): Promise<string[]> {
    return [...((await this.parts(c, ctx))?.notesEn ?? [])];
  }

  @ResolveField(() => [String])
  async estimationNotes(@Parent() c: AreaClassification, @Context() ctx: object): Promise<string[]> {
    return [...((await this.parts(c, ctx))?.notesEn ?? [])];
  }

  @ResolveField(() => RecommendedModel)
  async recommendedModel(@Parent() c: AreaClassification, @Context() ctx: object): Promise<RecommendedModel> {
    const m = (await this.parts(c, ctx))!.recommendedModel;
    return { titleJa: m.title.ja, titleEn: m.title.en, measuresJa: [...m.examples.ja], measuresEn: [...m.examples.en] };
  }

  @ResolveField(() => Int)
  async uncoveredBlockCount(@Parent() c: AreaClassification, @Context() ctx: object): Promise<number> {
    return (await this.parts(c, ctx))?.uncoveredBlockCount ?? 0;
  }

  @ResolveField(() => String)
  async uncoveredBlocksGeoJson(@Parent() c: AreaClassification, @Context() ctx: object): Promise<string> {
    return this.loaders(ctx).uncoveredGeoJson.load(c.explanationKey);
  }
}

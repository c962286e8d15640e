import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { OfferingViews } from '../offerings/offering-views';
import { label } from '@sanpuku/kernel';
import { OfferingSearchMatchField, OfferingSearchOrder, OfferingSearchResult } from './search.model';
import { OfferingSearchInput } from './search.input';
import { SearchService } from './search.service';

@Resolver()
export class SearchResolver {
  constructor(
    private readonly search: SearchService,
    private readonly views: OfferingViews,
  ) {}

  @Query(() => OfferingSearchResult, {
    description:
      'Search published offerings (anyone, no token needed): category, point (with its municipality), municipality, coverage, care level, price ceiling, day, capacity, free text / 掲載の検索',
  })
  async searchOfferings(
    @Args('filter', { type: () => OfferingSearchInput, nullable: true }) filter?: OfferingSearchInput | null,
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset = 0,
  ): Promise<OfferingSearchResult> {
    const r = await this.search.search(filter ?? {}, { first, offset });
    return {
      total: r.total,
      first,
      offset,
      order: r.order as OfferingSearchOrder,
      orderLabelJa: label('OfferingSearchOrder', r.order).ja,
      orderLabelEn: label('OfferingSearchOrder', r.order).en,
      municipalityAreasIncluded: r.municipalityAreasIncluded,
      items: r.items.map((i) => ({
        offering: this.views.of(i.record),
        distanceM: i.distanceM,
        relevance: i.relevance,
        matchedIn: i.matchedIn as OfferingSearchMatchField[],
        matchedInLabelJa: i.matchedIn.map((f) => label('OfferingSearchMatchField', f).ja),
        matchedInLabelEn: i.matchedIn.map((f) => label('OfferingSearchMatchField', f).en),
      })),
    };
  }
}

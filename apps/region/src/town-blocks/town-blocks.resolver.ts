import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { notFound } from '@sanpuku/platform';
import { TOWN_BLOCK_PAGE_MAX, TOWN_BLOCK_QUERY_MAX_LENGTH } from '@sanpuku/region-domain';
import { ArgProblems } from '../common/region-args';
import { TownBlock } from './town-block.model';
import { TownBlocksService } from './town-blocks.service';

@Resolver(() => TownBlock)
export class TownBlocksResolver {
  constructor(private readonly service: TownBlocksService) {}

  @Query(() => [TownBlock], {
    description:
      'Town blocks (町丁目) of a municipality whose name contains the query, for choosing a place without codes; ' +
      '番町1丁目・番町１丁目・番町一丁目 find the same block (width, kana and kanji/arabic numerals are normalised). ' +
      'Empty query: the first blocks in code order. A designated city searches its wards. Anyone may call it / 町丁目の検索',
  })
  async townBlocks(
    @Args('municipalityCode', { description: '5-digit JIS code (or the 6-digit local-government code)' }) municipalityCode: string,
    @Args('query', { type: () => String, nullable: true, description: `Part of the name, at most ${TOWN_BLOCK_QUERY_MAX_LENGTH} characters` }) query?: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: `How many, 1–${TOWN_BLOCK_PAGE_MAX} (default 20)` }) first?: number | null,
  ): Promise<TownBlock[]> {
    const size = first ?? 20;
    const args = new ArgProblems();
    const code = args.municipalityCode(municipalityCode, '/municipalityCode');
    args.maxLength(query, '/query', TOWN_BLOCK_QUERY_MAX_LENGTH).pageSize(size, '/first', TOWN_BLOCK_PAGE_MAX).throwIfAny();
    if ((await this.service.municipalityName(code!)) === undefined) throw notFound('municipality', '市区町村');
    return this.service.search(code!, query ?? '', size);
  }
}

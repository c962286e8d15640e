import { label } from '@sanpuku/kernel';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { ListingStatus } from '../offerings/offering.model';
import { HsdsCsvFile, HsdsImportResult } from './hsds.model';
import { HsdsCsvFileInput } from './hsds.input';
import { HsdsImportOutcome, HsdsService } from './hsds.service';

@Resolver()
export class HsdsResolver {
  constructor(private readonly hsds: HsdsService) {}

  @Query(() => String, {
    description:
      'The catalogue as an HSDS 3.0 document (JSON text): published listings for everyone; includeUnpublished for an admin (all) or an operator (its own) / HSDS出力',
  })
  exportHsds(
    @CurrentActor() actor: Actor | null,
    @Args('includeUnpublished', { type: () => Boolean, defaultValue: false }) includeUnpublished: boolean,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string | null,
  ): Promise<string> {
    return this.hsds.export(actor, { includeUnpublished, organizationId: organizationId ?? null });
  }

  @Mutation(() => HsdsImportResult, {
    description:
      'Import an HSDS 3.0 document (JSON text), all or nothing. Offerings arrive as drafts; an admin may keep them published (operator: own organization; admin: any) / HSDS取り込み',
  })
  async importHsds(
    @CurrentActor() actor: Actor | null,
    @Args('document') document: string,
    @Args('keepPublished', { type: () => Boolean, defaultValue: false }) keepPublished: boolean,
  ): Promise<HsdsImportResult> {
    return withWords(await this.hsds.import(actor, document, keepPublished));
  }

  @Query(() => [HsdsCsvFile], {
    description:
      'The catalogue as the HSDS 3.0 tabular package (one CSV file per table), with the same visibility as exportHsds / HSDS表形式（CSV）出力',
  })
  exportHsdsCsv(
    @CurrentActor() actor: Actor | null,
    @Args('includeUnpublished', { type: () => Boolean, defaultValue: false }) includeUnpublished: boolean,
    @Args('organizationId', { type: () => ID, nullable: true }) organizationId?: string | null,
  ): Promise<HsdsCsvFile[]> {
    return this.hsds.exportCsv(actor, { includeUnpublished, organizationId: organizationId ?? null });
  }

  @Mutation(() => HsdsImportResult, {
    description:
      'Import the HSDS 3.0 tabular package (CSV files, any subset of its tables), all or nothing, with the same rules as importHsds; problems point at /files/<i>/rows/<r>/<column> (r = 0 is the line after the header) / HSDS表形式（CSV）取り込み',
  })
  async importHsdsCsv(
    @CurrentActor() actor: Actor | null,
    @Args('files', { type: () => [HsdsCsvFileInput] }) files: HsdsCsvFileInput[],
    @Args('keepPublished', { type: () => Boolean, defaultValue: false }) keepPublished: boolean,
  ): Promise<HsdsImportResult> {
    return withWords(await this.hsds.importCsv(actor, files, keepPublished));
  }
}

function withWords(r: HsdsImportOutcome): HsdsImportResult {
  const words = r.status ? label('ListingStatus', r.status) : null;
  return { ...r, status: r.status as ListingStatus | null, statusLabelJa: words?.ja ?? null, statusLabelEn: words?.en ?? null };
}

import { label } from '@sanpuku/kernel';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { ListingStatus } from '../offerings/offering.model';
import { HsdsImportResult } from './hsds.model';
import { HsdsService } from './hsds.service';

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
    const r = await this.hsds.import(actor, document, keepPublished);
    const words = r.status ? label('ListingStatus', r.status) : null;
    return { ...r, status: r.status as ListingStatus | null, statusLabelJa: words?.ja ?? null, statusLabelEn: words?.en ?? null };
  }
}

import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@sanpuku/platform';
import { NeutralityReport, UnmetDemandReport } from './demand.model';
import { NeutralityReportService } from './neutrality-report.service';
import { UnmetDemandService } from './unmet-demand.service';

@Resolver()
export class DemandResolver {
  constructor(
    private readonly neutrality: NeutralityReportService,
    private readonly unmet: UnmetDemandService,
  ) {}

  @Query(() => NeutralityReport, { description: 'Each operator’s top exposure vs its share of eligibility, per municipality and period [from, to)' })
  neutralityReport(
    @CurrentActor() actor: Actor | null,
    @Args('municipalityCode') municipalityCode: string,
    @Args('from') from: Date,
    @Args('to') to: Date,
  ): Promise<NeutralityReport> {
    return this.neutrality.report(actor, { municipalityCode, from, to });
  }

  @Query(() => UnmetDemandReport, { description: 'Unmet demand by municipality × category × month (YYYY-MM, Japan time); small cells suppressed' })
  unmetDemand(
    @CurrentActor() actor: Actor | null,
    @Args('municipalityCode', { nullable: true, type: () => String }) municipalityCode?: string | null,
    @Args('category', { nullable: true, type: () => String }) category?: string | null,
    @Args('fromMonth', { nullable: true, type: () => String }) fromMonth?: string | null,
    @Args('toMonth', { nullable: true, type: () => String }) toMonth?: string | null,
  ): Promise<UnmetDemandReport> {
    return this.unmet.report(actor, { municipalityCode, category, fromMonth, toMonth });
  }
}

import { Module } from '@nestjs/common';
import { DemandResolver } from './demand.resolver';
import { NeutralityReportService } from './neutrality-report.service';
import { UnmetDemandService } from './unmet-demand.service';

@Module({ providers: [UnmetDemandService, NeutralityReportService, DemandResolver], exports: [UnmetDemandService] })
export class DemandModule {}

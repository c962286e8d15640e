import { Module } from '@nestjs/common';
import { DemandResolver } from './demand.resolver';
import { NeutralityReportService } from './neutrality-report.service';
import { KnownMunicipalities } from '../read-models/known-municipalities';
import { UnmetDemandService } from './unmet-demand.service';

@Module({ providers: [UnmetDemandService, NeutralityReportService, DemandResolver, KnownMunicipalities], exports: [UnmetDemandService] })
export class DemandModule {}

import { Module } from '@nestjs/common';
import { AccessLogRepository } from './access-log.repository';
import { RetentionService } from './retention.service';

/** The access log of personal details and the retention purge of the APPI records. */
@Module({ providers: [AccessLogRepository, RetentionService], exports: [AccessLogRepository, RetentionService] })
export class PrivacyModule {}

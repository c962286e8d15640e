import { Module } from '@nestjs/common';
import { RetentionService } from './retention.service';

/** The access log of personal details and the retention purge of the APPI records. */
@Module({ providers: [RetentionService], exports: [RetentionService] })
export class PrivacyModule {}

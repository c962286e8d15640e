import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { getLogger, PeriodicJob } from '@sanpuku/platform';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';

export interface RetentionPurge {
  readonly id: string;
  readonly runAt: Date;
  readonly cutoff: Date;
  readonly byUserId: string;
  readonly byRole: string;
  readonly provisionRecordsDeleted: number;
  readonly provenanceConfirmationsDeleted: number;
  readonly accessLogEntriesDeleted: number;
}

/** Who runs a purge, as `retention_purge` records it. */
export interface PurgeActor {
  readonly userId: string;
  /** A platform role (admin) or 'system'. */
  readonly role: string;
}

const SYSTEM: PurgeActor = { userId: 'retention-purge', role: 'system' };

/**
 * Retention of the APPI records (provision record, provenance confirmations, access log): kept 3
 * years, then deleted. The only way rows leave those append-only tables is the database function
 * `purge_past_retention`, which deletes rows older than 3 years by the database clock (nothing
 * younger, whatever the caller asks) and records the purge itself (when, cutoff, by whom, how many
 * rows of each table) in the append-only `retention_purge`. A timer runs it every
 * `retentionPurgeMs`; concurrent runs (several instances) are serialised in the database.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = getLogger('retention');
  /** Started at bootstrap (the settings are not there yet when fields initialise). */
  private job: PeriodicJob | null = null;

  constructor(
    private readonly ds: DataSource,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  async purgeExpired(by: PurgeActor = SYSTEM): Promise<RetentionPurge> {
    const [r]: {
      id: string;
      run_at: Date;
      cutoff: Date;
      by_user_id: string;
      by_role: string;
      provision_records_deleted: number;
      provenance_confirmations_deleted: number;
      access_log_entries_deleted: number;
    }[] = await this.ds.query(`SELECT * FROM purge_past_retention($1, $2)`, [by.userId, by.role]);
    const purge: RetentionPurge = {
      id: String(r.id),
      runAt: r.run_at,
      cutoff: r.cutoff,
      byUserId: r.by_user_id,
      byRole: r.by_role,
      provisionRecordsDeleted: r.provision_records_deleted,
      provenanceConfirmationsDeleted: r.provenance_confirmations_deleted,
      accessLogEntriesDeleted: r.access_log_entries_deleted,
    };
    this.log.info(
      { purgeId: purge.id, provisionRecords: purge.provisionRecordsDeleted, provenance: purge.provenanceConfirmationsDeleted, accessLog: purge.accessLogEntriesDeleted },
      'records past retention purged',
    );
    return purge;
  }

  onApplicationBootstrap(): void {
    this.job = new PeriodicJob(this.settings.retentionPurgeMs, () => this.purgeExpired(), (err) => this.log.error({ err: err.message }, 'retention purge failed'));
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }
}

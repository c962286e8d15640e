import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { getLogger, PeriodicJob } from '@sanpuku/platform';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { ReferralRepository } from './referral.repository';
import { ReferralCommands } from './referral-commands.service';

export interface SweepResult {
  readonly checked: number;
  readonly expired: readonly string[];
}

/**
 * Expires referrals an operator did not answer within `respondWithinHours` and offers the
 * requester the next candidates. `sweep(now)` is the whole job (tests call it with a chosen
 * `now`); a timer runs it every `expirySweepMs` in the service. Each referral is expired in its
 * own transaction under `FOR UPDATE SKIP LOCKED`, so several instances can sweep at once.
 */
@Injectable()
export class ReferralExpiryService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = getLogger('referral-expiry');
  /** Started at bootstrap (the settings are not there yet when fields initialise). */
  private job: PeriodicJob | null = null;

  constructor(
    private readonly repo: ReferralRepository,
    private readonly referrals: ReferralCommands,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  async sweep(now: Date = new Date(), batchSize = 200): Promise<SweepResult> {
    const cutoff = new Date(now.getTime() - this.settings.respondWithinHours * 3_600_000);
    const ids = await this.repo.awaitingSince(cutoff, batchSize);
    const expired: string[] = [];
    for (const id of ids) {
      if (await this.referrals.expireOne(id, now)) expired.push(id);
    }
    if (expired.length) this.log.info({ expired: expired.length }, 'referrals expired without an operator response');
    return { checked: ids.length, expired };
  }

  onApplicationBootstrap(): void {
    this.job = new PeriodicJob(this.settings.expirySweepMs, () => this.sweep(), (err) => this.log.error({ err: err.message }, 'referral expiry sweep failed'));
    this.job.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job?.stop();
  }
}

import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { evaluateHardFilters } from '@sanpuku/matching-domain';
import { getLogger } from '@sanpuku/platform';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { mapStoredSnapshot } from '../shortlists/offering-snapshot.mapper';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { HelpRequestRepository } from './help-request.repository';
import { RequestNoticeRepository } from './request-notice.repository';

/** At most this many requests are re-matched per offering event (oldest first); the rest wait for the next event or a manual refresh. */
export const REMATCH_BATCH = 200;

/**
 * Unmet requests are matched again when a new offering arrives. When the catalogue publishes (or
 * updates) an offering, inside the same inbox transaction as the read-model write:
 *
 * 1. candidates: requests that are `unmet`, or `open` with a need the latest shortlist left
 *    uncovered, that ask for one of the offering's categories and — for a municipality-list
 *    area — live in one of its municipalities;
 * 2. only those for which the offering passes every hard filter (area, care level, age,
 *    coverage, capacity…) get a new shortlist round (a refused offering would only spend a
 *    rotation round);
 * 3. each gets a `rematched` notice naming the candidates new on its shortlist: that is how the
 *    family is told (HelpRequest.notices; the web client shows it).
 */
@Injectable()
export class RematchService {
  private readonly log = getLogger('rematch');

  constructor(
    private readonly repo: HelpRequestRepository,
    private readonly shortlists: ShortlistsService,
    private readonly notices: RequestNoticeRepository,
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  /** Returns the ids of the requests that got a new shortlist. */
  async onOfferingListed(m: EntityManager, offeringId: string, snapshot: unknown, now = new Date()): Promise<string[]> {
    const mapped = mapStoredSnapshot(offeringId, snapshot);
    if (!mapped.ok) return [];
    const o = mapped.offering;
    const area = o.serviceArea.kind === 'municipalities' ? [...o.serviceArea.codes] : null;
    const rows = await this.candidates(m, [...o.categories], area);
    const rematched: string[] = [];
    for (const id of rows) {
      const r = await this.repo.byId(id, m, true);
      if (!r) continue;
      const facts = await this.repo.facts(m, r);
      if (!evaluateHardFilters(facts, o, { languageIsHardFilter: this.settings.languageIsHardFilter }).passed) continue;
      const known = new Set(await this.shortlists.latestOfferingIds(m, id));
      const g = await this.shortlists.generate(m, id, facts, now);
      await this.repo.setStatusAfterShortlist(m, id, g.hasCandidates);
      const fresh = (await this.shortlists.latestOfferingIds(m, id)).filter((x) => !known.has(x));
      await this.notices.append(m, { requestId: id, kind: 'rematched', offeringIds: fresh, at: now });
      rematched.push(id);
    }
    if (rematched.length) this.log.info({ offeringId, requests: rematched.length }, 'unmet requests matched again with a newly listed offering');
    return rematched;
  }

  /**
   * Step 1, at most REMATCH_BATCH, oldest first: `unmet` requests, and `open` ones whose latest
   * shortlist left one of the categories uncovered (asked of the shortlists feature, page by page).
   */
  private async candidates(m: EntityManager, categories: string[], municipalities: string[] | null): Promise<string[]> {
    const out: string[] = [];
    let after: { createdAt: Date; id: string } | null = null;
    while (out.length < REMATCH_BATCH) {
      const page = await this.repo.rematchCandidates(m, { categories, municipalities, after, limit: REMATCH_BATCH });
      if (page.length === 0) break;
      const uncovered = await this.shortlists.leavingUncovered(m, page.filter((r) => r.status === 'open').map((r) => r.id), categories);
      for (const r of page) if (out.length < REMATCH_BATCH && (r.status === 'unmet' || uncovered.has(r.id))) out.push(r.id);
      const last = page[page.length - 1];
      after = { createdAt: last.created_at, id: last.id };
      if (page.length < REMATCH_BATCH) break;
    }
    return out;
  }
}

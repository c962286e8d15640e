import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { evaluateHardFilters } from '@sanpuku/matching-domain';
import { getLogger } from '@sanpuku/platform';
import { MATCHING_SETTINGS, MatchingSettings } from '../config/matching.settings';
import { mapStoredSnapshot } from '../shortlists/offering-snapshot.mapper';
import { ShortlistsService } from '../shortlists/shortlists.service';
import { HelpRequestRepository } from './help-request.repository';

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
    @Inject(MATCHING_SETTINGS) private readonly settings: MatchingSettings,
  ) {}

  /** Returns the ids of the requests that got a new shortlist. */
  async onOfferingListed(m: EntityManager, offeringId: string, snapshot: unknown, now = new Date()): Promise<string[]> {
    const mapped = mapStoredSnapshot(offeringId, snapshot);
    if (!mapped.ok) return [];
    const o = mapped.offering;
    const area = o.serviceArea.kind === 'municipalities' ? [...o.serviceArea.codes] : null;
    const rows: { id: string }[] = await m.query(
      `SELECT r.id FROM help_request r
        WHERE r.needs && $1::text[] AND ($2::text[] IS NULL OR r.municipality_code = ANY($2::text[]))
          AND r.personal_data_erased_at IS NULL
          AND (r.status = 'unmet'
               OR (r.status = 'open' AND EXISTS (
                     SELECT 1 FROM shortlist s WHERE s.request_id = r.id AND s.uncovered_needs && $1::text[]
                        AND s.round = (SELECT max(s2.round) FROM shortlist s2 WHERE s2.request_id = r.id))))
        ORDER BY r.created_at, r.id LIMIT $3`,
      [[...o.categories], area, REMATCH_BATCH],
    );
    const rematched: string[] = [];
    for (const { id } of rows) {
      const r = await this.repo.byId(id, m, true);
      if (!r) continue;
      const facts = await this.repo.facts(m, r);
      if (!evaluateHardFilters(facts, o, { languageIsHardFilter: this.settings.languageIsHardFilter }).passed) continue;
      const before: { offering_id: string }[] = await m.query(
        `SELECT e.offering_id FROM shortlist_entry e
          WHERE e.shortlist_id = (SELECT id FROM shortlist WHERE request_id = $1 ORDER BY round DESC LIMIT 1)`,
        [id],
      );
      const known = new Set(before.map((b) => b.offering_id));
      const g = await this.shortlists.generate(m, id, facts, now);
      const after: { offering_id: string }[] = await m.query(`SELECT offering_id FROM shortlist_entry WHERE shortlist_id = $1 ORDER BY position`, [g.shortlistId]);
      const fresh = after.map((a) => a.offering_id).filter((x) => !known.has(x));
      await m.query(`INSERT INTO request_notice (request_id, kind, offering_ids, created_at) VALUES ($1, 'rematched', $2::uuid[], $3)`, [id, fresh, now]);
      rematched.push(id);
    }
    if (rematched.length) this.log.info({ offeringId, requests: rematched.length }, 'unmet requests matched again with a newly listed offering');
    return rematched;
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 9 (a family can file in plain terms):
 * - `consent.method`: on_screen (agreed to a consent text on screen; the server's time), written
 *   (書面) or oral (口頭). Null for consents recorded before it was kept.
 * - `consent.text_version`: the version of the consent text agreed to; required on screen.
 * - `request_notice.kind` gains `rematched`: a newly published offering was matched against an
 *   unmet request and the request got a new shortlist.
 */
export class ConsentActAndRematch1764300007000 implements MigrationInterface {
  name = 'ConsentActAndRematch1764300007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE consent
        ADD COLUMN method text CHECK (method IN ('on_screen', 'written', 'oral')),
        ADD COLUMN text_version text CHECK (length(text_version) BETWEEN 1 AND 40),
        ADD CONSTRAINT consent_on_screen_has_text_version CHECK (method IS DISTINCT FROM 'on_screen' OR text_version IS NOT NULL)`);
    await q.query(`ALTER TABLE request_notice DROP CONSTRAINT request_notice_kind_check`);
    await q.query(`
      ALTER TABLE request_notice ADD CONSTRAINT request_notice_kind_check
        CHECK (kind IN ('referral_expired', 'referral_rejected', 'referral_failed', 'recorded_as_unmet', 'rematched'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM request_notice WHERE kind = 'rematched'`);
    await q.query(`ALTER TABLE request_notice DROP CONSTRAINT request_notice_kind_check`);
    await q.query(`
      ALTER TABLE request_notice ADD CONSTRAINT request_notice_kind_check
        CHECK (kind IN ('referral_expired', 'referral_rejected', 'referral_failed', 'recorded_as_unmet'))`);
    await q.query(`ALTER TABLE consent DROP CONSTRAINT consent_on_screen_has_text_version, DROP COLUMN text_version, DROP COLUMN method`);
  }
}

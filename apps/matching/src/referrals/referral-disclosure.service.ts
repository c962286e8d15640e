import { Injectable } from '@nestjs/common';
import type { LivingSituation } from '@sanpuku/matching-domain';
import { Actor, requireRole } from '@sanpuku/platform';
import { itemsShown, REFERRAL_DETAILS_FIELD_ITEMS } from '../privacy/access-log.policy';
import { AccessLogRepository } from '../privacy/access-log.repository';
import { HelpRequestRepository } from '../requests/help-request.repository';
import { DETAILS_ACCESS, DisclosedDetailsView, Referral } from './referral.model';
import { buildDisclosedDetails } from './referral-disclosure.policy';

/** The consented details of an accepted referral, for its operator; every view is access-logged first. */
@Injectable()
export class ReferralDisclosure {
  constructor(
    private readonly requestRepo: HelpRequestRepository,
    private readonly accessLog: AccessLogRepository,
  ) {}

  /**
   * The consented details of a referral built for its operator (null for anyone else, before
   * acceptance or after a withdrawal). A view that shows any item is first written to the access
   * log (who, which referral, which items — from the fields selected — and when): no log, no data.
   */
  async details(actor: Actor | null, referral: Referral, view: { fields: Iterable<string>; operationType: 'query' | 'mutation' | 'subscription' }): Promise<DisclosedDetailsView | null> {
    const access = referral[DETAILS_ACCESS];
    if (!access) return null;
    const a = requireRole(actor);
    const p = await this.requestRepo.personal(access.request.id);
    // Erased: nothing is left to show (and nothing is logged).
    if (!p || p.erased_at || !p.full_name || !p.address_text || !p.care_level) return null;
    const items = itemsShown(view.fields, REFERRAL_DETAILS_FIELD_ITEMS, access.disclosedItems);
    if (items.length) {
      await this.accessLog.append({
        seniorId: access.request.senior_id,
        requestId: access.request.id,
        referralId: access.referralId,
        via: 'referral_details',
        items,
        viewer: a,
        operationType: view.operationType,
      });
    }
    const disclosed = buildDisclosedDetails(
      {
        fullName: p.full_name,
        fullNameKana: p.full_name_kana,
        addressText: p.address_text,
        contactPhone: p.contact_phone,
        ageBand: access.request.age_band,
        careLevel: p.care_level,
        livingSituation: access.request.living_situation as LivingSituation,
        healthNotes: p.health_notes,
        needsNote: p.needs_note,
      },
      access.disclosedItems,
    );
    return { ...disclosed, items: [...disclosed.items] };
  }
}

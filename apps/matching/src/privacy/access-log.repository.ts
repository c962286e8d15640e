import { en, ja } from '../common/labels';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '@sanpuku/platform';
import type { DisclosureItem } from '@sanpuku/matching-domain';
import type { PersonalDataAccess } from './access-log.model';

export interface NewAccess {
  seniorId: string;
  requestId: string;
  referralId: string | null;
  via: 'referral_details' | 'request_senior';
  items: readonly DisclosureItem[];
  viewer: Actor;
  operationType: 'query' | 'mutation' | 'subscription';
  at?: Date;
}

/**
 * The access log of the seniors' personal details (append-only in the database; rows leave only
 * through the retention purge). Ids, roles and item names only: never the data itself.
 */
@Injectable()
export class AccessLogRepository {
  constructor(private readonly ds: DataSource) {}

  async append(a: NewAccess, m: EntityManager | DataSource = this.ds): Promise<void> {
    await m.query(
      `INSERT INTO personal_data_access (senior_id, request_id, referral_id, via, items, viewer_user_id, viewer_role, viewer_organization_id, operation_type, accessed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        a.seniorId,
        a.requestId,
        a.referralId,
        a.via,
        a.items,
        a.viewer.sub,
        a.viewer.role,
        a.viewer.role === 'operator' ? (a.viewer.organizationId ?? null) : null,
        a.operationType,
        a.at ?? new Date(),
      ],
    );
  }

  async ofSenior(seniorId: string): Promise<PersonalDataAccess[]> {
    const rows: {
      id: string;
      accessed_at: Date;
      viewer_user_id: string;
      viewer_role: string;
      viewer_organization_id: string | null;
      via: string;
      referral_id: string | null;
      items: string[];
      operation_type: string;
    }[] = await this.ds.query(`SELECT * FROM personal_data_access WHERE senior_id = $1 ORDER BY accessed_at, id`, [seniorId]);
    return rows.map((r) => ({
      id: String(r.id),
      accessedAt: r.accessed_at,
      viewerUserId: r.viewer_user_id,
      viewerRole: r.viewer_role,
      viewerOrganizationId: r.viewer_organization_id,
      via: r.via,
      viaLabelJa: ja('AccessVia', r.via),
      viaLabelEn: en('AccessVia', r.via),
      referralId: r.referral_id,
      items: r.items,
      itemsLabelJa: r.items.map((i) => ja('ConsentDataItem', i)),
      itemsLabelEn: r.items.map((i) => en('ConsentDataItem', i)),
      operationType: r.operation_type,
    }));
  }
}

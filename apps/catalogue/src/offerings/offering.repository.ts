import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { notFound } from '@sanpuku/platform';
import { OFFERING_COLUMN_TYPES, OFFERING_COLUMNS, OFFERING_SELECT, OfferingRecord, offeringFromRow, offeringRowValues } from './offering.row';

const INSERT = `INSERT INTO offering (${OFFERING_COLUMNS.join(', ')}) VALUES (${OFFERING_COLUMNS.map((c, i) => `$${i + 1}::${OFFERING_COLUMN_TYPES[c]}`).join(', ')})`;
const UPDATE = `UPDATE offering SET ${OFFERING_COLUMNS.slice(1)
  .map((c, i) => `${c} = $${i + 2}::${OFFERING_COLUMN_TYPES[c]}`)
  .join(', ')} WHERE id = $1::uuid`;

/** Reads and writes offerings (one row each; the derived search columns are rewritten on every save). */
@Injectable()
export class OfferingRepository {
  constructor(private readonly ds: DataSource) {}

  async find(id: string, m: EntityManager | DataSource = this.ds): Promise<OfferingRecord | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const rows = await m.query(`SELECT ${OFFERING_SELECT} FROM offering o JOIN organization org ON org.id = o.organization_id WHERE o.id = $1`, [id]);
    return rows[0] ? offeringFromRow(rows[0]) : null;
  }

  /** The offering, locked until the transaction ends (one writer at a time per offering). */
  async lock(m: EntityManager, id: string): Promise<OfferingRecord> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound('Offering', '掲載');
    const rows = await m.query(
      `SELECT ${OFFERING_SELECT} FROM offering o JOIN organization org ON org.id = o.organization_id WHERE o.id = $1 FOR UPDATE OF o`,
      [id],
    );
    if (!rows[0]) throw notFound('Offering', '掲載');
    return offeringFromRow(rows[0]);
  }

  async byIds(ids: string[], m: EntityManager | DataSource = this.ds): Promise<OfferingRecord[]> {
    if (ids.length === 0) return [];
    const rows = await m.query(`SELECT ${OFFERING_SELECT} FROM offering o JOIN organization org ON org.id = o.organization_id WHERE o.id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((r: Record<string, any>) => [r.id, offeringFromRow(r)]));
    return ids.map((id) => byId.get(id)).filter((r): r is OfferingRecord => r !== undefined);
  }

  async list(where: string, params: unknown[], m: EntityManager | DataSource = this.ds): Promise<OfferingRecord[]> {
    const rows = await m.query(`SELECT ${OFFERING_SELECT} FROM offering o JOIN organization org ON org.id = o.organization_id WHERE ${where} ORDER BY o.id`, params);
    return rows.map(offeringFromRow);
  }

  async insert(m: EntityManager, r: OfferingRecord): Promise<void> {
    await m.query(INSERT, offeringRowValues(r));
  }

  async update(m: EntityManager, r: OfferingRecord): Promise<void> {
    await m.query(UPDATE, offeringRowValues(r));
  }
}

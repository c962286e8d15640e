import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AreaSegmentRow } from './area-segment.model';

/** Reads of `area_segment_read_model` (region's segments as matching keeps them; written by the read-model handlers). */
@Injectable()
export class AreaSegmentRepository {
  constructor(private readonly ds: DataSource) {}

  async of(municipalityCode: string): Promise<AreaSegmentRow | null> {
    const [r]: AreaSegmentRow[] = await this.ds.query(`SELECT * FROM area_segment_read_model WHERE municipality_code = $1`, [municipalityCode]);
    return r ?? null;
  }
}

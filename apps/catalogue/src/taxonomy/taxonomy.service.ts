import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TaxonomyFamilyEntity } from './taxonomy.entity';
import { Beneficiary, TaxonomyFamily } from './taxonomy.model';

@Injectable()
export class TaxonomyService {
  constructor(private readonly ds: DataSource) {}

  async families(): Promise<TaxonomyFamily[]> {
    const rows = await this.ds.getRepository(TaxonomyFamilyEntity).find({
      relations: { categories: true },
      order: { sortOrder: 'ASC', categories: { sortOrder: 'ASC' } },
    });
    return rows.map((f) => ({
      code: f.code,
      labelJa: f.labelJa,
      labelEn: f.labelEn,
      categories: f.categories.filter((c) => c.active).map((c) => ({ ...c, benefits: c.benefits as Beneficiary })),
    }));
  }

  async activeCodes(): Promise<Set<string>> {
    const rows: { code: string }[] = await this.ds.query(`SELECT code FROM taxonomy_category WHERE active`);
    return new Set(rows.map((r) => r.code));
  }
}

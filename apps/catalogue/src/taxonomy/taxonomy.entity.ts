import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryColumn } from 'typeorm';

@Entity({ name: 'taxonomy_family' })
export class TaxonomyFamilyEntity {
  @PrimaryColumn() code!: string;
  @Column({ name: 'label_ja' }) labelJa!: string;
  @Column({ name: 'label_en' }) labelEn!: string;
  @Column({ name: 'sort_order' }) sortOrder!: number;
  @OneToMany(() => TaxonomyCategoryEntity, (c) => c.family) categories!: TaxonomyCategoryEntity[];
}

@Entity({ name: 'taxonomy_category' })
export class TaxonomyCategoryEntity {
  @PrimaryColumn() code!: string;
  @Column({ name: 'family_code' }) familyCode!: string;
  @ManyToOne(() => TaxonomyFamilyEntity, (f) => f.categories)
  @JoinColumn({ name: 'family_code' })
  family!: TaxonomyFamilyEntity;
  @Column({ name: 'label_ja' }) labelJa!: string;
  @Column({ name: 'label_en' }) labelEn!: string;
  @Column({ name: 'examples_ja' }) examplesJa!: string;
  @Column() benefits!: 'senior_and_family' | 'mainly_family';
  @Column({ name: 'sort_order' }) sortOrder!: number;
  @Column() active!: boolean;
}

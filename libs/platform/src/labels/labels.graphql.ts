/**
 * `labels(kinds)`: the Japanese and English words for every code the API returns, from the shared
 * kernel. Every subgraph serves the same field from the same source (`@shareable`), so a client
 * can ask for labels whichever services are up.
 */
import { Args, Directive, Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Module } from '@nestjs/common';
import { labelKinds } from '@sanpuku/kernel';

@ObjectType({ description: 'The words for one code / コードの表示名' })
@Directive('@shareable')
export class Label {
  @Field({ description: 'The code as the API returns it, e.g. support_1' })
  code!: string;
  @Field({ description: '日本語の表示名' })
  labelJa!: string;
  @Field({ description: 'English label' })
  labelEn!: string;
  @Field(() => String, { nullable: true, description: '一文の説明' })
  descriptionJa?: string | null;
  @Field(() => String, { nullable: true })
  descriptionEn?: string | null;
}

@ObjectType({ description: 'The labels of one kind of code, e.g. CareLevel / コード種別ごとの表示名' })
@Directive('@shareable')
export class LabelSet {
  @Field({ description: 'PascalCase kind, the GraphQL enum name where there is one' })
  kind!: string;
  @Field()
  descriptionJa!: string;
  @Field()
  descriptionEn!: string;
  @Field(() => [Label])
  labels!: Label[];
}

/** The kernel's labels are code: their GraphQL shape is built once, and a request only picks kinds from it. */
const ALL_LABEL_SETS: readonly LabelSet[] = labelKinds().map((k) => ({
  kind: k.kind,
  descriptionJa: k.descriptionJa,
  descriptionEn: k.descriptionEn,
  labels: k.labels.map((l) => ({ code: l.code, labelJa: l.ja, labelEn: l.en, descriptionJa: l.descriptionJa ?? null, descriptionEn: l.descriptionEn ?? null })),
}));
const LABEL_SET_BY_KIND = new Map(ALL_LABEL_SETS.map((s) => [s.kind, s]));

/** The label sets of the named kinds (in the kernel's order; unknown kinds are left out), or of every kind. */
export function labelSets(kinds?: readonly string[] | null): readonly LabelSet[] {
  if (!kinds || !kinds.length) return ALL_LABEL_SETS;
  if (kinds.length === 1) {
    const one = LABEL_SET_BY_KIND.get(kinds[0]);
    return one ? [one] : [];
  }
  const wanted = new Set(kinds);
  return ALL_LABEL_SETS.filter((s) => wanted.has(s.kind));
}

@Resolver()
export class LabelsResolver {
  @Query(() => [LabelSet], {
    description: 'Japanese and English labels for the codes the API returns (all kinds, or those named); anyone / コードの表示名',
  })
  @Directive('@shareable')
  labels(@Args('kinds', { type: () => [String], nullable: true }) kinds?: string[] | null): readonly LabelSet[] {
    return labelSets(kinds);
  }
}

/** Import into a service's GraphQL module to serve `labels`. */
@Module({ providers: [LabelsResolver] })
export class LabelsModule {}

/**
 * Every code the composed API returns has Japanese and English words (issue: "a client must never
 * show general_city, support_1, meal_delivery, per_hour … to a person"):
 * - every enum of the supergraph is covered, value by value, by a label kind of the shared kernel;
 * - every object field that carries a code as a String (status, careLevel, priceUnit …) has its
 *   `<field>LabelJa` and `<field>LabelEn` siblings.
 */
import { readFileSync } from 'node:fs';
import { EnumTypeDefinitionNode, Kind, ObjectTypeDefinitionNode, parse, TypeNode } from 'graphql';
import { ALL_LABEL_KINDS } from '@sanpuku/kernel';
import { SUPERGRAPH_FILE } from './compose';

/** The enums and object types of the supergraph (federation's join/link machinery left out). */
function apiTypes() {
  const doc = parse(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const own = (name: string) => !/^(join__|link__)/.test(name);
  return {
    enums: doc.definitions.filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && own(d.name.value)),
    objects: doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && own(d.name.value)),
  };
}

/** String fields that hold a code by their name. */
const CODE_FIELDS = /^(status|careLevel|ageBand|livingSituation|priceUnit|coverage|capacity|tier|segment|reasonCode|givenBy|method|relationship|purpose)$/;

describe('every code the API returns has its words', () => {
  const { enums, objects } = apiTypes();

  it.each(enums.map((e) => [e.name.value, e]))('labels.enum-%s-is-labelled-value-by-value', (name, e) => {
    const kind = ALL_LABEL_KINDS.find((k) => k.graphqlEnums?.includes(name as string));
    expect(kind ? kind.kind : `no label kind lists the enum ${name}`).not.toMatch(/^no label kind/);
    for (const v of (e as EnumTypeDefinitionNode).values ?? []) {
      const l = kind!.labels.find((x) => x.code === v.name.value);
      expect(l ? [l.ja.length > 0, l.en.length > 0] : `${name}.${v.name.value} has no label`).toEqual([true, true]);
    }
  });

  it('labels.code-fields-carry-their-words', () => {
    const missing: string[] = [];
    const enumNames = new Set(enums.map((e) => e.name.value));
    const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
    for (const t of objects) {
      const names = new Set((t.fields ?? []).map((f) => f.name.value));
      for (const f of t.fields ?? []) {
        if (!CODE_FIELDS.test(f.name.value)) continue;
        const type = named(f.type);
        if (type !== 'String' && !enumNames.has(type)) continue; // an object (e.g. Offering.capacity) is not a code
        for (const suffix of ['LabelJa', 'LabelEn']) if (!names.has(`${f.name.value}${suffix}`)) missing.push(`${t.name.value}.${f.name.value}${suffix}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('labels.every-kind-has-both-languages-and-no-duplicate-codes', () => {
    for (const k of ALL_LABEL_KINDS) {
      expect(k.labels.length).toBeGreaterThan(0);
      expect(new Set(k.labels.map((l) => l.code)).size).toBe(k.labels.length);
      for (const l of k.labels) {
        // Japanese words, or the same acronym in both languages (CSV, GeoJSON).
        expect(/[\u3040-\u30ff\u4e00-\u9fff]/.test(l.ja) || l.ja === l.en ? 'ok' : `${k.kind}.${l.code}: ${l.ja}`).toBe('ok');
        expect(l.en.trim().length).toBeGreaterThan(0);
      }
    }
    expect(new Set(ALL_LABEL_KINDS.map((k) => k.kind)).size).toBe(ALL_LABEL_KINDS.length);
  });
});

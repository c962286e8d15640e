import { seededRandom } from '@sanpuku/kernel';
import { StringIdTable } from './string-id.table';

describe('StringIdTable (the resource-id table) behaves like a Map', () => {
  it('fromKeys maps each distinct id to its first position and flags only the later repeats', () => {
    const keys = ['a', 'b', 'a', 'c', 'b', 'a', '', ''];
    const { table, duplicate } = StringIdTable.fromKeys([...keys]);
    expect(Array.from(duplicate)).toEqual([0, 0, 1, 0, 1, 1, 0, 1]);
    expect(table.get('a')).toBe(0);
    expect(table.get('b')).toBe(1);
    expect(table.get('c')).toBe(3);
    expect(table.get('')).toBe(6);
    expect(table.get('d')).toBeUndefined();
    expect(table.size).toBe(4);
  });

  it('setEntryValue re-maps a first position, and refuses a repeated one', () => {
    const { table } = StringIdTable.fromKeys(['x', 'y', 'x']);
    table.setEntryValue(1, -1);
    expect(table.get('y')).toBe(-1);
    expect(() => table.setEntryValue(2, 5)).toThrow(RangeError);
    expect(() => table.setEntryValue(0, Number.NaN)).toThrow(RangeError);
    expect(table.get('x')).toBe(0);
  });

  it('a deleted id is gone, and set brings it back with its new value', () => {
    const { table } = StringIdTable.fromKeys(['osm-1', 'osm-2']);
    expect(table.delete('osm-1')).toBe(true);
    expect(table.delete('osm-1')).toBe(false);
    expect(table.has('osm-1')).toBe(false);
    expect(table.size).toBe(1);
    table.set('osm-1', 9);
    expect(table.get('osm-1')).toBe(9);
    expect(table.size).toBe(2);
  });

  it('agrees with a Map over seeded random operations, through many growths, with repeats in the initial list', () => {
    const rnd = seededRandom(77);
    const id = (): string => `shop-${Math.floor(rnd() * 3000)}`; // small id space: many repeats and hash-bucket neighbours
    const initial = Array.from({ length: 500 }, id);
    const { table, duplicate } = StringIdTable.fromKeys([...initial]);
    const reference = new Map<string, number>();
    initial.forEach((k, i) => {
      expect(duplicate[i] === 1).toBe(reference.has(k));
      if (!reference.has(k)) reference.set(k, i);
    });
    for (let step = 0; step < 6000; step++) {
      const k = id();
      const op = rnd();
      if (op < 0.5) {
        const v = Math.floor(rnd() * 1e6) - 5;
        table.set(k, v);
        reference.set(k, v);
      } else if (op < 0.7) {
        expect(table.delete(k)).toBe(reference.delete(k));
      } else {
        expect(table.get(k)).toBe(reference.get(k));
      }
    }
    expect(table.size).toBe(reference.size);
    for (const [k, v] of reference) expect(table.get(k)).toBe(v);
  });

  it('tells apart ids that differ in one character anywhere, and non-ASCII ids', () => {
    const keys = ['13101-0001', '13101-0002', '23101-0001', '千代田区-1', '千代田区-2', 'osm:123', 'osm:132'];
    const { table, duplicate } = StringIdTable.fromKeys([...keys]);
    expect(Array.from(duplicate)).toEqual(keys.map(() => 0));
    keys.forEach((k, i) => expect(table.get(k)).toBe(i));
  });
});

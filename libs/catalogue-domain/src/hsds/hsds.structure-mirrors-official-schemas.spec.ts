import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { HSDS_STRUCTURE } from '../index';
import { HSDS_SCHEMA_DIR } from './json-schema-validator';

type JsonProp = { type?: string; format?: string; enum?: string[]; $ref?: string; items?: { $ref?: string } };

/** JSON-schema-like description of a zod type: type, format, enum. */
function describeZod(t: z.ZodTypeAny): { type: string; format?: string; enum?: string[] } {
  if (t instanceof z.ZodOptional) return describeZod(t.unwrap());
  if (t instanceof z.ZodString) {
    const kinds = t._def.checks.map((c) => c.kind);
    const format = kinds.includes('uuid') ? 'uuid' : kinds.includes('email') ? 'email' : kinds.includes('url') ? 'uri' : kinds.includes('datetime') ? 'date-time' : undefined;
    return { type: 'string', ...(format ? { format } : {}) };
  }
  if (t instanceof z.ZodEnum) return { type: 'string', enum: [...t.options] };
  if (t instanceof z.ZodNumber) return { type: 'number' };
  if (t instanceof z.ZodArray) return { type: 'array' };
  if (t instanceof z.ZodObject) return { type: 'object' };
  throw new Error(`unexpected zod type ${t.constructor.name}`);
}

describe('the zod mirrors of the HSDS schemas', () => {
  it.each(Object.keys(HSDS_STRUCTURE))('%s matches ./schema/%s.json (required, types, formats, enums)', (name) => {
    const official = JSON.parse(readFileSync(join(HSDS_SCHEMA_DIR, `${name}.json`), 'utf8')) as {
      required: string[];
      properties: Record<string, JsonProp>;
    };
    const mirror = HSDS_STRUCTURE[name as keyof typeof HSDS_STRUCTURE];
    const shape = mirror.shape as Record<string, z.ZodTypeAny>;
    const required = Object.entries(shape)
      .filter(([, t]) => !(t instanceof z.ZodOptional))
      .map(([k]) => k);
    expect(required.sort()).toEqual([...official.required].sort());
    for (const [key, t] of Object.entries(shape)) {
      const prop = official.properties[key];
      expect({ key, exists: prop !== undefined }).toEqual({ key, exists: true });
      const officialType = prop.$ref ? 'object' : prop.type;
      const expected = { type: officialType, ...(prop.format ? { format: prop.format } : {}), ...(prop.enum ? { enum: prop.enum } : {}) };
      expect({ key, ...describeZod(t) }).toEqual({ key, ...expected });
    }
  });
});

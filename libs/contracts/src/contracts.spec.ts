import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AllEvents, declaredTopics, dlqTopic, EventParseError, registry, Subscriptions, TOPIC_NAME_PATTERN, Topics } from './index';

/**
 * Contract test: one committed canonical envelope per event type and version
 * (libs/contracts/fixtures/<type>.v<version>.json). A schema edit that would break existing
 * consumers or stored events (renamed/removed field, narrowed type, new required field) makes
 * its fixture fail to parse. Add a new fixture with a new version instead of editing one.
 */
const dir = join(__dirname, '..', 'fixtures');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('event contracts', () => {
  it('has exactly one fixture per declared event type and version', () => {
    const declared = AllEvents.map((d) => `${d.type}.v${d.dataversion}.json`).sort();
    expect(fixtures.sort()).toEqual(declared);
  });

  it.each(fixtures)('parses the canonical fixture %s', (file) => {
    const raw = readFileSync(join(dir, file), 'utf8');
    const env = registry.parse(raw);
    expect(`${env.type}.v${env.dataversion}.json`).toBe(file);
  });

  it.each(AllEvents.map((d) => [d.type, d] as const))('the in-code example of %s is valid', (_t, d) => {
    expect(() => registry.validateData(d.type, d.dataversion, d.example)).not.toThrow();
  });

  it('rejects an unknown type, a wrong topic, and invalid data with the field path', () => {
    const ok = JSON.parse(readFileSync(join(dir, 'region.classification.segment-changed.v1.json'), 'utf8'));
    expect(() => registry.parse(JSON.stringify({ ...ok, type: 'region.classification.vanished' }))).toThrow(/unknown event type/);
    expect(() => registry.parse(JSON.stringify(ok), Topics.catalogueOffering)).toThrow(/does not belong on topic/);
    try {
      registry.parse(JSON.stringify({ ...ok, data: { ...ok.data, municipalityCode: '1310' } }));
      throw new Error('should have failed');
    } catch (e) {
      expect(e).toBeInstanceOf(EventParseError);
      expect((e as EventParseError).issues).toEqual(['data.municipalityCode: must be a 5-digit JIS municipality code']);
    }
  });

  it('names every topic <context>.<aggregate>.events.v<major> and every event type after its topic', () => {
    for (const t of Object.values(Topics)) expect(t).toMatch(TOPIC_NAME_PATTERN);
    for (const d of AllEvents) {
      const [context, aggregate] = d.type.split('.');
      expect(d.topic.startsWith(`${context}.${aggregate}.events.v`)).toBe(true);
    }
  });

  it('declares a DLQ for every (topic, consumer group) subscription', () => {
    const names = declaredTopics().map((t) => t.name);
    for (const [group, topics] of Object.entries(Subscriptions)) {
      for (const t of topics) expect(names).toContain(dlqTopic(t, group));
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it('carries no personal data fields in any event schema', () => {
    // Business listing fields (an operator's organization name) are public, not personal data.
    const publicBusinessFields = new Set(['organizationName']);
    const forbidden = /name|address|phone|email|birth|care.?note|health|memo/i;
    const keysOf = (v: unknown, path = ''): string[] =>
      v && typeof v === 'object' ? Object.entries(v as Record<string, unknown>).flatMap(([k, x]) => [path + k, ...keysOf(x, `${path}${k}.`)]) : [];
    for (const d of AllEvents) expect(keysOf(d.example).filter((k) => forbidden.test(k) && !publicBusinessFields.has(k))).toEqual([]);
  });
});

import { CommonEnv, ConfigError, loadEnv } from './env';
import { runtimeFromEnv } from '../runtime/runtime-from-env';

describe('environment validation at boot', () => {
  it('names every bad variable and the reason', () => {
    try {
      loadEnv('region', CommonEnv, { DATABASE_URL: 'mysql://x', KAFKA_BROKERS: 'localhost', OUTBOX_POLL_MS: '5' });
      throw new Error('should have failed');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const vars = (e as ConfigError).problems.map((p) => p.variable).sort();
      expect(vars).toEqual(['DATABASE_URL', 'KAFKA_BROKERS', 'OUTBOX_POLL_MS']);
      expect((e as Error).message).toContain('KAFKA_BROKERS: each broker must be host:port');
    }
  });

  it('applies defaults and treats empty strings as unset', () => {
    const env = loadEnv('region', CommonEnv, { LOG_LEVEL: '', KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9094' });
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '127.0.0.1:9094']);
    expect(env.MESSAGING).toBe('kafka');
  });

  it('a service on its own requires DATABASE_URL and KAFKA_BROKERS', () => {
    expect(() => runtimeFromEnv('matching', { PORT: '4003' })).toThrow(/DATABASE_URL: required[\s\S]*KAFKA_BROKERS: required/);
    expect(() => runtimeFromEnv('matching', { DATABASE_URL: 'postgres://127.0.0.1/x', KAFKA_BROKERS: '127.0.0.1:9092' })).toThrow(/PORT/);
    const prod = { DATABASE_URL: 'postgres://127.0.0.1/x', KAFKA_BROKERS: '127.0.0.1:9092', PORT: '4003', NODE_ENV: 'production' };
    expect(() => runtimeFromEnv('matching', prod)).toThrow(/AUTH_JWT_SECRET: required in production/);
    expect(() => runtimeFromEnv('matching', { ...prod, AUTH_JWT_SECRET: 'short' })).toThrow(/AUTH_JWT_SECRET: must be at least 32 characters/);
    const rt = runtimeFromEnv('matching', { ...prod, AUTH_JWT_SECRET: 'x'.repeat(40) });
    expect(rt.messaging).toEqual({ mode: 'kafka', brokers: ['127.0.0.1:9092'], topicPrefix: '' });
    expect(rt.schemaFile).toBeNull();
  });
});

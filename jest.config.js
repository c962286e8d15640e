// Test tiers by suffix: *.spec.ts (pure, fast), *.int-spec.ts (real PostgreSQL and real Kafka),
// *.e2e-spec.ts (journeys through the gateway). The global setup starts the Kafka broker and a
// PostgreSQL for the test run only when an integration/e2e project is selected.
const preset = require('./jest.preset');

module.exports = {
  projects: [
    { ...preset, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,tools}/**/*.spec.ts'] },
    {
      ...preset,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs}/**/*.int-spec.ts', '<rootDir>/{apps,libs,e2e}/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/tools/jest/global-setup.ts',
      globalTeardown: '<rootDir>/tools/jest/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tools/jest/integration-setup.ts'],
    },
  ],
};

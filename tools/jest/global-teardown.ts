export default async function globalTeardown(): Promise<void> {
  const steps = globalThis.__SANPUKU_TEST_TEARDOWN__ ?? [];
  for (const step of steps.reverse()) {
    try {
      await step();
    } catch (err) {
      process.stderr.write(`[test] teardown step failed: ${(err as Error).message}\n`);
    }
  }
}

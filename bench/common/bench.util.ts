/** What every benchmark prints and needs: the machine, command-line numbers, a seeded PRNG, percentiles. */
import { cpus, loadavg, platform, release, totalmem } from 'node:os';

/** Prints the machine the numbers were taken on (a shared 2-core machine makes them vary). */
export function printMachine(): void {
  const cpu = cpus();
  console.log('== machine');
  console.log(`cpu        ${cpu[0]?.model ?? 'unknown'} × ${cpu.length} logical cores`);
  console.log(`memory     ${(totalmem() / 2 ** 30).toFixed(1)} GiB total`);
  console.log(`node       ${process.version} on ${platform()} ${release()}`);
  console.log(`load       ${loadavg().map((l) => l.toFixed(2)).join(' ')} (1/5/15-min average at start)`);
}

/** `--name value` from the command line, as a number. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** `--name value` from the command line, as a string. */
export function stringArg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Deterministic inputs on every run: the kernel's one seeded generator (mulberry32). */
export { seededRandom as mulberry32 } from '@sanpuku/kernel';

/** The median of the samples (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The p-quantile (0–1) of the samples (nearest rank). */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

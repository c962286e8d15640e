import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lib must stay pure: this reads its sources and fails on anything impure. */
describe('matching-domain sources are pure', () => {
  const dir = __dirname;
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
  // region-domain is pure too: it holds the one geodesy every service uses.
  // @sanpuku/kernel: the shared kernel (pure TS, no dependencies; lint-enforced) holds the words of the codes.
  const ALLOWED_PACKAGES = ['@turf/turf', '@sanpuku/region-domain', '@sanpuku/kernel'];

  it('has sources to check', () => expect(files.length).toBeGreaterThan(10));

  it.each(files)('%s imports only relative modules, @turf/turf and the pure region-domain', (file) => {
    const src = readFileSync(join(dir, file), 'utf8');
    const specifiers = [
      ...src.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'|^\s*import\s+'([^']+)'|\brequire\(\s*'([^']+)'\s*\)|\bimport\(\s*'([^']+)'\s*\)/gm),
    ].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
    for (const s of specifiers) {
      if (!s.startsWith('./')) expect(ALLOWED_PACKAGES).toContain(s);
    }
  });

  it.each(files)('%s reads no clock, no randomness, no environment, no console', (file) => {
    const code = readFileSync(join(dir, file), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/Date\.now\s*\(/);
    expect(code).not.toMatch(/new Date\(\s*\)/);
    expect(code).not.toMatch(/Math\.random\s*\(/);
    expect(code).not.toMatch(/\bprocess\./);
    expect(code).not.toMatch(/\bconsole\./);
    expect(code).not.toMatch(/performance\.now/);
  });
});

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { Actor, ActorClaims, Roles } from '@sanpuku/platform';

/** One fictional demo user (data/demo/users.json). Every name starts with 【デモ】. */
const DemoUser = z.object({
  userId: z.string().regex(/^demo-[a-z0-9-]+$/, 'must look like demo-…'),
  name: z.string().startsWith('【デモ】', 'demo names start with 【デモ】 so nobody mistakes them for real people'),
  role: z.enum(Roles),
  municipalityCode: z.string().regex(/^\d{5}$/).optional(),
  officeId: z.string().min(1).optional(),
  organizationId: z.string().uuid().optional(),
  descriptionJa: z.string().min(1),
  descriptionEn: z.string().min(1),
});
export type DemoUser = z.infer<typeof DemoUser>;

const DemoUsersFile = z.object({ note: z.string().optional(), users: z.array(DemoUser).min(1) });

/** Reads and checks the demo users; each must make a valid token actor for its role. */
export function loadDemoUsers(file: string): DemoUser[] {
  const parsed = DemoUsersFile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const seen = new Set<string>();
  for (const u of parsed.data.users) {
    if (seen.has(u.userId)) throw new Error(`${file}: duplicate userId ${u.userId}`);
    seen.add(u.userId);
    const actor = ActorClaims.safeParse(actorOf(u));
    if (!actor.success) throw new Error(`${file}: ${u.userId}: ${actor.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data.users;
}

/** The token claims of a demo user: only what a token carries (no descriptions). */
export function actorOf(u: DemoUser): Actor {
  return {
    sub: u.userId,
    name: u.name,
    role: u.role,
    ...(u.municipalityCode ? { municipalityCode: u.municipalityCode } : {}),
    ...(u.officeId ? { officeId: u.officeId } : {}),
    ...(u.organizationId ? { organizationId: u.organizationId } : {}),
  };
}

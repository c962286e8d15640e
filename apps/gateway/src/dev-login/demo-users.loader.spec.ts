import { join } from 'node:path';
import { repoRoot } from '@sanpuku/platform';
import { actorOf, loadDemoUsers } from './demo-users.loader';

const users = loadDemoUsers(join(repoRoot(), 'data/demo/users.json'));
const byRole = (role: string) => users.filter((u) => u.role === role).map(actorOf);

describe('demo users (data/demo/users.json)', () => {
  it('are clearly fictional', () => {
    expect(users.every((u) => u.name.startsWith('【デモ】'))).toBe(true);
  });

  it('cover every role with one or two users, bound to 香川県', () => {
    expect(byRole('municipal_staff').map((a) => a.municipalityCode).sort()).toEqual(['37201', '37386']);
    expect(byRole('care_manager').map((a) => a.officeId)).toEqual(['demo-office-takamatsu']);
    expect(byRole('operator').map((a) => [a.organizationId, a.name])).toEqual([
      ['11111111-1111-4111-8111-111111111101', expect.stringContaining('【デモ】ひだまり配食株式会社')],
      ['11111111-1111-4111-8111-111111111102', expect.stringContaining('【デモ】みまもりネット合同会社')],
    ]);
    expect(byRole('family')).toHaveLength(2);
    expect(byRole('admin')).toHaveLength(1);
    expect(users.find((u) => u.userId === 'demo-family-1')?.role).toBe('family');
  });

  it('make token actors with only the claims a token carries', () => {
    expect(actorOf(users.find((u) => u.userId === 'demo-municipal-takamatsu')!)).toEqual({ sub: 'demo-municipal-takamatsu', name: '【デモ】高松市 長寿福祉課 担当者', role: 'municipal_staff', municipalityCode: '37201' });
  });
});

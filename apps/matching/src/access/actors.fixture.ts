import type { Actor } from '@sanpuku/platform';

/** Actors as the verified token gives them (test fixtures). */
export const ORG_A = '11111111-1111-4111-8111-111111111111';
export const ORG_B = '22222222-2222-4222-8222-222222222222';

export const familyX: Actor = { sub: 'family-x', name: '家族X', role: 'family' };
export const familyY: Actor = { sub: 'family-y', name: '家族Y', role: 'family' };
export const careManagerOffice1: Actor = { sub: 'cm-1', name: 'ケアマネ1', role: 'care_manager', officeId: 'office-1' };
export const careManagerOffice2: Actor = { sub: 'cm-2', name: 'ケアマネ2', role: 'care_manager', officeId: 'office-2' };
export const staffChiyoda: Actor = { sub: 'staff-13101', name: '千代田区職員', role: 'municipal_staff', municipalityCode: '13101' };
export const staffChuo: Actor = { sub: 'staff-13102', name: '中央区職員', role: 'municipal_staff', municipalityCode: '13102' };
export const operatorA: Actor = { sub: 'op-a', name: '事業者A', role: 'operator', organizationId: ORG_A };
export const operatorB: Actor = { sub: 'op-b', name: '事業者B', role: 'operator', organizationId: ORG_B };
export const admin: Actor = { sub: 'admin-1', name: '管理者', role: 'admin' };

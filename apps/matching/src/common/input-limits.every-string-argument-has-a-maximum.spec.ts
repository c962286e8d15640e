import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { limitKeysNotInSchema, stringArgumentsWithoutMaximum } from '@sanpuku/platform';
import { validateFileHelpRequest } from '../requests/help-request.validation';
import { validateWithdrawConsent } from '../consent/consent.validation';
import { MATCHING_INPUT_LIMITS, MATCHING_TEXT_LIMITS } from './input-limits';

const sdl = readFileSync(join(__dirname, '../../schema.gql'), 'utf8');

describe('matching input limits', () => {
  it('name only string arguments schema.gql has', () => {
    expect(limitKeysNotInSchema(sdl, MATCHING_INPUT_LIMITS)).toEqual([]);
  });

  it('leave undeclared only ids, codes and phone numbers, which their format bounds', () => {
    // A free-text argument added later fails here until it gets its number in input-limits.ts.
    const bounded: Record<string, string[]> = {
      acceptReferral: ['/id'],
      cancelReferral: ['/id', '/reasonCode'],
      completeReferral: ['/id'],
      consentText: ['/purpose', '/version'],
      createReferral: ['/input/consentId', '/input/disclosedItems/*', '/input/offeringId', '/input/requestId'],
      eraseSeniorPersonalData: ['/input/requestId'],
      failReferral: ['/id', '/reasonCode'],
      fileHelpRequest: ['/input/acquisitionConsent/givenBy', '/input/acquisitionConsent/method', '/input/ageBand', '/input/livingSituation', '/input/location/townBlockCode', '/input/municipalityCode', '/input/needs/*', '/input/preferences/coverage', '/input/preferences/language', '/input/senior/careLevel', '/input/senior/contactPhone'],
      helpRequest: ['/id'],
      holdReferral: ['/id', '/reasonCode'],
      labels: ['/kinds/*'],
      matchingAreaSegment: ['/municipalityCode'],
      neutralityReport: ['/municipalityCode'],
      recordConsent: ['/input/dataItems/*', '/input/given/givenBy', '/input/given/method', '/input/recipientCategories/*', '/input/recipientOrganizationIds/*', '/input/requestId'],
      referral: ['/id'],
      referralStatusChanged: ['/requestId'],
      refreshShortlist: ['/requestId'],
      rejectReferral: ['/id', '/reasonCode'],
      resumeReferral: ['/id'],
      sendReferral: ['/consentId', '/id'],
      startReferral: ['/id'],
      unmetDemand: ['/category', '/fromMonth', '/municipalityCode', '/toMonth'],
      withdrawConsent: ['/consentId'],
    };
    const expected = Object.entries(bounded).flatMap(([op, pointers]) => pointers.map((p) => `${op}:${p}`));
    expect(stringArgumentsWithoutMaximum(sdl, MATCHING_INPUT_LIMITS).sort()).toEqual(expected.sort());
  });

  it('are the numbers the validators refuse one character past, as too_long at the field', () => {
    const over = (n: number) => 'あ'.repeat(n + 1);
    const r = validateFileHelpRequest(
      { senior: { fullName: over(MATCHING_TEXT_LIMITS.personName), addressText: over(MATCHING_TEXT_LIMITS.addressText), healthNotes: over(MATCHING_TEXT_LIMITS.healthNotes) }, needsNote: over(MATCHING_TEXT_LIMITS.needsNote) },
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(r.ok).toBe(false);
    const tooLong = r.ok ? [] : r.issues.filter((i) => i.code === 'too_long').map((i) => i.path);
    expect(tooLong).toEqual(expect.arrayContaining(['/input/senior/fullName', '/input/senior/addressText', '/input/senior/healthNotes', '/input/needsNote']));
    const w = validateWithdrawConsent({ consentId: '6f1c2b9e-3a4d-4e5f-8a7b-1c2d3e4f5a6b', reason: over(MATCHING_TEXT_LIMITS.withdrawalReason) });
    expect(w.ok ? [] : w.issues.map((i) => `${i.path} ${i.code}`)).toEqual(['/reason too_long']);
  });
});

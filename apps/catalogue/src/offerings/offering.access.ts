/**
 * Who may see what (pure). Published listings are public. A listing in any other state is
 * visible to its operator, to administrators, and — once submitted — to the municipal staff of
 * a municipality it serves (its reviewers). The history (who did what, reviewers' reasons) is
 * never public: operator, administrators and reviewers of a served municipality only.
 */
import type { Actor } from '@sanpuku/platform';

export interface VisibilitySubject {
  status: string;
  organizationId: string;
  servedMunicipalityCodes: readonly string[];
}

export function isReviewerOf(actor: Actor | null, s: Pick<VisibilitySubject, 'servedMunicipalityCodes'>): boolean {
  return actor?.role === 'municipal_staff' && !!actor.municipalityCode && s.servedMunicipalityCodes.includes(actor.municipalityCode);
}

export function isOwner(actor: Actor | null, s: Pick<VisibilitySubject, 'organizationId'>): boolean {
  return actor?.role === 'operator' && actor.organizationId === s.organizationId;
}

export function canViewOffering(actor: Actor | null, s: VisibilitySubject): boolean {
  if (s.status === 'published') return true;
  if (actor?.role === 'admin' || isOwner(actor, s)) return true;
  return s.status !== 'draft' && isReviewerOf(actor, s);
}

export function canViewHistory(actor: Actor | null, s: VisibilitySubject): boolean {
  return actor?.role === 'admin' || isOwner(actor, s) || isReviewerOf(actor, s);
}

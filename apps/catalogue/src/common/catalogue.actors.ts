import type { ListingActor } from '@sanpuku/catalogue-domain';
import { Actor, forbidden, requireRole } from '@sanpuku/platform';

/**
 * The listing workflow's actor for a verified caller: an operator acts for the organization in
 * its token, municipal staff review for the municipality in theirs. Anyone else may not take
 * part in the workflow (FORBIDDEN); no token at all is UNAUTHENTICATED.
 */
export function listingActorOf(actor: Actor | null): ListingActor {
  const a = requireRole(actor, 'operator', 'municipal_staff');
  if (a.role === 'operator') {
    if (!a.organizationId) throw forbidden('operator token without organization', '事業者のトークンに事業者IDがありません');
    return { id: a.sub, role: 'operator', organizationId: a.organizationId };
  }
  if (!a.municipalityCode) throw forbidden('municipal staff token without municipality', '自治体職員のトークンに市区町村コードがありません');
  return { id: a.sub, role: 'municipal_reviewer', municipalityCode: a.municipalityCode };
}

/** The organization an operator acts for (FORBIDDEN for other roles). */
export function operatorOrganization(actor: Actor | null): { actor: Actor; organizationId: string } {
  const a = requireRole(actor, 'operator');
  if (!a.organizationId) throw forbidden('operator token without organization', '事業者のトークンに事業者IDがありません');
  return { actor: a, organizationId: a.organizationId };
}

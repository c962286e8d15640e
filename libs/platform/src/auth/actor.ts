import { z } from 'zod';

/** The roles of Sanpuku's users. Authorization is decided in the service that owns the data. */
export const Roles = ['municipal_staff', 'care_manager', 'operator', 'family', 'admin'] as const;
export type Role = (typeof Roles)[number];

/** Claims carried in a Sanpuku access token (JWT), beyond iss/aud/exp/sub. */
export const ActorClaims = z
  .object({
    sub: z.string().min(1),
    name: z.string().min(1),
    role: z.enum(Roles),
    /** municipal_staff: the one municipality they act for (5-digit JIS). */
    municipalityCode: z.string().regex(/^\d{5}$/).optional(),
    /** care_manager: their office (居宅介護支援事業所). */
    officeId: z.string().min(1).optional(),
    /** operator: their organization. */
    organizationId: z.string().uuid().optional(),
  })
  .superRefine((c, ctx) => {
    const need = { municipal_staff: 'municipalityCode', care_manager: 'officeId', operator: 'organizationId' } as const;
    const field = need[c.role as keyof typeof need];
    if (field && !c[field]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: `required for role ${c.role}` });
  });

export type Actor = z.infer<typeof ActorClaims>;

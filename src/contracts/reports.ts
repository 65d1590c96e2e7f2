import { z } from 'zod';
import { targetStatuses } from './indicators';

/** The home dashboard of a convention and the annual review's requests. */

const euros = z.string();

export const dashboardView = z.object({
  conventionId: z.string(),
  title: z.string(),
  asOf: z.string(),
  envelopes: z.array(
    z.object({ id: z.string(), kind: z.enum(['investment', 'operating']), label: z.string(), amount: euros, allocated: euros, committed: euros, paid: euros, leftToAllocate: euros, leftToPay: euros }),
  ),
  lapseAlerts: z.number().int(),
  trajectory: z
    .object({
      organisationId: z.string(),
      isDemo: z.boolean(),
      deadlines: z.array(z.object({ date: z.string(), passed: z.boolean(), banned: z.number().int(), delivered: z.number().int(), planned: z.number().int(), notProgrammed: z.number().int(), remaining: z.number().int() })),
    })
    .nullable(),
  /** The half-year progress tables, latest first (operations). */
  progress: z.array(z.object({ id: z.string(), periodEnd: z.string(), status: z.enum(['open', 'submitted', 'returned', 'accepted']) })),
  lateDuties: z.object({ count: z.number().int(), items: z.array(z.object({ id: z.string(), title: z.string(), party: z.enum(['department', 'landlord']), dueOn: z.string() })) }),
  indicatorsYear: z.number().int(),
  offTarget: z.array(z.object({ id: z.string(), code: z.string(), label: z.string(), unit: z.string(), target: z.string(), value: z.string(), status: z.enum(targetStatuses) })),
  nextMeetings: z.array(z.object({ id: z.string(), bodyName: z.string(), bodyKind: z.string(), heldOn: z.string(), place: z.string().nullable(), isMeeting: z.boolean() })),
});
export type DashboardView = z.infer<typeof dashboardView>;

export const reviewFormats = ['pdf', 'docx'] as const;
export type ReviewFormat = (typeof reviewFormats)[number];

export const reviewQuery = z.object({
  year: z.coerce.number('Année obligatoire.').int('Année invalide.').min(2000, 'Année invalide.').max(2100, 'Année invalide.'),
  format: z.enum(reviewFormats, 'Format inconnu : pdf ou docx.').default('pdf'),
});

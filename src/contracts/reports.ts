import { z } from 'zod';
import { targetStatuses } from './indicators';
import { instanceStatuses } from './obligations';

/** The home dashboard of a convention and the annual review's requests. */

const euros = z.string();

export const dashboardView = z.object({
  conventionId: z.string(),
  title: z.string(),
  asOf: z.string(),
  envelopes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['investment', 'operating']),
      label: z.string(),
      amount: euros,
      allocated: euros,
      committed: euros,
      paid: euros,
      leftToAllocate: euros,
      leftToPay: euros,
    }),
  ),
  lapseAlerts: z.number().int(),
  trajectory: z
    .object({
      organisationId: z.string(),
      isDemo: z.boolean(),
      deadlines: z.array(
        z.object({
          date: z.string(),
          passed: z.boolean(),
          banned: z.number().int(),
          delivered: z.number().int(),
          planned: z.number().int(),
          notProgrammed: z.number().int(),
          remaining: z.number().int(),
          /** Of the delivered and planned: dwellings counted by class, not yet picked one by one (issue #21). */
          deliveredCounted: z.number().int(),
          plannedCounted: z.number().int(),
        }),
      ),
    })
    .nullable(),
  /** The half-year progress tables, latest first (operations). */
  progress: z.array(
    z.object({ id: z.string(), periodEnd: z.string(), status: z.enum(['open', 'submitted', 'returned', 'accepted']) }),
  ),
  lateDuties: z.object({
    count: z.number().int(),
    items: z.array(
      z.object({ id: z.string(), title: z.string(), party: z.enum(['department', 'landlord']), dueOn: z.string() }),
    ),
  }),
  indicatorsYear: z.number().int(),
  offTarget: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      label: z.string(),
      unit: z.string(),
      target: z.string(),
      value: z.string(),
      status: z.enum(targetStatuses),
    }),
  ),
  nextMeetings: z.array(
    z.object({
      id: z.string(),
      bodyName: z.string(),
      bodyKind: z.string(),
      heldOn: z.string(),
      place: z.string().nullable(),
      isMeeting: z.boolean(),
    }),
  ),
  /** Events reported under article 3.2 on asOf: not yet acknowledged, and still open (obligations). */
  reportedEvents: z.object({ unacknowledged: z.number().int(), open: z.number().int() }),
  /** Loan guarantee requests filed and not yet decided on asOf (finance, article 3.1). */
  guaranteeRequestsInExamination: z.number().int(),
  /** COPIL and COTECH meetings the convention calls for and not yet held (obligations, as of asOf). */
  meetingsDue: z.array(
    z.object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      periodLabel: z.string(),
      dueOn: z.string(),
      status: z.enum(instanceStatuses),
    }),
  ),
});
export type DashboardView = z.infer<typeof dashboardView>;

export const reviewFormats = ['pdf', 'docx'] as const;
export type ReviewFormat = (typeof reviewFormats)[number];

export const reviewQuery = z.object({
  year: z.coerce
    .number('Année obligatoire.')
    .int('Année invalide.')
    .min(2000, 'Année invalide.')
    .max(2100, 'Année invalide.'),
  format: z.enum(reviewFormats, 'Format inconnu : pdf ou docx.').default('pdf'),
});

/**
 * A table as a page shows it, to be written as xlsx: its caption, its column headers and its
 * cells' displayed text (fr-FR amounts, numbers, percentages and dates become typed cells).
 */
const displayedText = (what: string, max: number) =>
  z.string(`${what} : texte attendu.`).max(max, `${what} : ${max} caractères au plus.`);
export const tableExportBody = z.object({
  title: displayedText('Titre du tableau', 300).trim().min(1, 'Titre du tableau obligatoire.'),
  columns: z
    .array(displayedText('En-tête de colonne', 300), 'Colonnes : liste attendue.')
    .min(1, 'Le tableau n’a aucune colonne.')
    .max(60, 'Colonnes : 60 au plus.'),
  rows: z
    .array(
      z
        .array(displayedText('Cellule', 10_000), 'Ligne : liste de cellules attendue.')
        .max(60, 'Ligne : 60 cellules au plus.'),
      'Lignes : liste attendue.',
    )
    .max(20_000, 'Lignes : 20 000 au plus ; utilisez l’export complet de la page.'),
});
export type TableExportBody = z.infer<typeof tableExportBody>;

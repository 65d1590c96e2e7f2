import { formatDateFr } from '../../contracts/dates';
import { formatEuros, formatNumber } from '../../contracts/format';
import type { DecisionView } from '../../contracts/governance-sessions';
import type { InstanceView } from '../../contracts/obligations';
import { envelopePositionsAsOf } from '../domains/finance/finance.queries';
import { decisionsWithFigures } from '../domains/governance/governance.queries';
import { getTrajectory } from '../domains/housing/housing.queries';
import { getIndicatorsWithHistory } from '../domains/indicators/indicators.service';
import { dutyCounts } from '../domains/obligations/calendar.rules';
import { dutyInstancesOfYear } from '../domains/obligations/obligations.queries';
import { normalise } from '../test/documents';
import { landlordOf, REVIEW_YEAR, surfaces as s, YEAR_END, type World } from './world';

/** What each surface says, read back (documents, sheets, APIs), and the truths they are compared with. */

/** "4000000.00" → "4 000 000,00 €" as the documents print it (spaces normalised). */
export const eurosText = (amount: string) => normalise(formatEuros(amount));
export const dateFr = (iso: string | null) => (iso ? formatDateFr(iso) : '');
export const isoOf = (cell: unknown) =>
  cell instanceof Date ? cell.toISOString().slice(0, 10) : (cell as string | null);
export const eurosOf = (cell: unknown) => Number(cell).toFixed(2);

// ---------------------------------------------------------------------------------------------
// Obligations

export const countsOf = (views: { status: InstanceView['status']; doneLate: boolean }[]) => {
  const c = dutyCounts(views);
  return { total: c.total, done: c.done, doneLate: c.doneLate, late: c.late };
};
export const inYear = (v: { dueOn: string }) => v.dueOn.startsWith(`${REVIEW_YEAR}-`);

/** "7 échéances en 2024 : 6 remplies, dont 0 en retard ; 1 en retard non remplies." */
export function reviewDutyCounts(text: string) {
  const m = new RegExp(
    `(\\d+) échéances en ${REVIEW_YEAR} : (\\d+) remplies, dont (\\d+) en retard ; (\\d+) en retard non remplies`,
  ).exec(normalise(text));
  if (!m) throw new Error('no duty count sentence');
  return { total: Number(m[1]), done: Number(m[2]), doneLate: Number(m[3]), late: Number(m[4]) };
}

/** The 2024 annual allocation duty (evidence: the allocation voted) as of a date. */
export const allocationDuty = async (w: World, asOf: string) =>
  (await dutyInstancesOfYear(w.engine.db, w.conventionId, REVIEW_YEAR, asOf)).find(
    (i) => i.duty.evidenceKind === 'allocation',
  )!;

/** The review table row of the duty: its "Faite le" cell, as an ISO date. */
export async function reviewDoneOn(w: World, pack: boolean) {
  const title = (await allocationDuty(w, YEAR_END)).duty.title;
  const row = (await s.reviewModel(w, pack)).find((l) => l.startsWith(`${title} | `));
  if (!row) throw new Error(`no review row for ${title}`);
  const done = row.split(' | ')[3]!;
  return done ? done.split('/').reverse().join('-') : null;
}

export const meetingsDueIn = (views: InstanceView[], asOf: string) => {
  const first = new Map<string, { code: string; dueOn: string }>();
  for (const v of [...views].sort((a, b) => a.dueOn.localeCompare(b.dueOn)))
    if (['copil_meeting', 'cotech_meeting'].includes(v.duty.evidenceKind) && v.status !== 'done' && v.dueOn >= asOf)
      if (!first.has(v.duty.id)) first.set(v.duty.id, { code: v.duty.code, dueOn: v.dueOn });
  return [...first.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.code.localeCompare(b.code));
};

// ---------------------------------------------------------------------------------------------
// Finance

export const ENVELOPE_ROWS = [
  ['amount', `Voté (révisé au ${dateFr(YEAR_END)})`],
  ['allocatedYear', `Alloué ${REVIEW_YEAR}`],
  ['committedYear', `Engagé ${REVIEW_YEAR}`],
  ['paidYear', `Versé ${REVIEW_YEAR}`],
  ['paid', `Versé (cumul au ${dateFr(YEAR_END)})`],
  ['leftToPay', `Reste à verser au ${dateFr(YEAR_END)}`],
] as const;

/** Each figure of the review's envelope table, one amount per envelope (in the envelopes' order). */
export async function envelopesAtYearEnd(w: World) {
  const positions = await envelopePositionsAsOf(w.engine.db, w.conventionId, YEAR_END);
  return Object.fromEntries(
    ENVELOPE_ROWS.map(([key]) => [
      key,
      positions.map((p) => {
        const y = p.byYear.find((r) => r.year === REVIEW_YEAR)!;
        const value =
          key === 'amount' || key === 'paid' || key === 'leftToPay' ? p[key] : y[key.replace('Year', '') as 'paid'];
        return eurosText(value);
      }),
    ]),
  );
}

export function envelopesFromModel(lines: string[]) {
  return Object.fromEntries(
    ENVELOPE_ROWS.map(([key, label]) => {
      const row = lines.find((l) => l.startsWith(`${label} | `));
      if (!row) throw new Error(`no row ${label}`);
      return [key, row.split(' | ').slice(1).map(normalise)];
    }),
  );
}

/** In a document's text, the amounts printed after each row's label (one per envelope). */
export function envelopesFromText(text: string, envelopes: number) {
  const amount = /\d{1,3}(?: \d{3})*,\d{2} €/g;
  return Object.fromEntries(
    ENVELOPE_ROWS.map(([key, label]) => {
      const at = text.indexOf(label);
      if (at < 0) throw new Error(`no ${label} in the document`);
      return [key, (text.slice(at + label.length).match(amount) ?? []).slice(0, envelopes)];
    }),
  );
}

export const TODAY_FIELDS = ['amount', 'allocated', 'committed', 'paid', 'leftToAllocate', 'leftToPay'] as const;
export type TodayFigures = Record<(typeof TODAY_FIELDS)[number], string> & { kind: string };
export const pickToday = (e: TodayFigures) => ({
  kind: e.kind,
  ...Object.fromEntries(TODAY_FIELDS.map((f) => [f, e[f]])),
});

export const kindOfLabel = (label: string) =>
  label.startsWith('Autorisation de programme') ? 'investment' : 'operating';
export const sheetEnvelopes = (rows: Record<string, unknown>[]) =>
  rows.map((r) => ({
    kind: kindOfLabel(String(r['Libellé'])),
    amount: eurosOf(r['Montant révisé']),
    allocated: eurosOf(r['Alloué']),
    committed: eurosOf(r['Engagé']),
    paid: eurosOf(r['Versé']),
    leftToAllocate: eurosOf(r['Reste à allouer']),
    leftToPay: eurosOf(r['Reste à verser']),
  }));

// ---------------------------------------------------------------------------------------------
// Governance

export const VOTE_FIELDS = ['present', 'represented', 'notTakingPart', 'for', 'against', 'abstention'] as const;
export type Votes = Record<(typeof VOTE_FIELDS)[number], number>;
export const pickVotes = (v: Votes): Votes => Object.fromEntries(VOTE_FIELDS.map((f) => [f, v[f]])) as Votes;
export const decisionTruth = async (w: World) =>
  (await decisionsWithFigures(w.engine.db, w.conventionId)).map((d) => ({
    reference: d.reference,
    ...pickVotes(d.figures),
  }));
/** The counts the SCDL export publishes: empty when the count of votes is not known (the seed's CD-2024-001). */
export const scdlVotesTruth = async (w: World) =>
  (await decisionsWithFigures(w.engine.db, w.conventionId)).map((d) => {
    const shown = (n: number) => (d.figures.votesRecorded ? String(n) : '');
    return {
      reference: d.reference,
      for: shown(d.figures.for),
      against: shown(d.figures.against),
      abstention: shown(d.figures.abstention),
    };
  });
export const votesOf = (reference: string, v: DecisionView['votes']) => ({ reference, ...pickVotes(v) });

// ---------------------------------------------------------------------------------------------
// Indicators (their values are the indicators service's, computed ones included)

export const indicatorsOfYear = async (w: World) =>
  (await getIndicatorsWithHistory(w.engine.db, w.principal, w.conventionId))
    .map((i) => ({ i, y: i.years.find((y) => y.year === REVIEW_YEAR) }))
    .filter(({ y }) => y !== undefined && (y.target !== null || y.value !== null))
    .map(({ i, y }) => ({ i, y: y! }));

/** "CODE — label | cible | valeur | situation" rows of the review's table of every indicator. */
export async function reviewIndicators(w: World, pack: boolean) {
  const lines = await s.reviewModel(w, pack);
  const start = lines.indexOf(`Tous les indicateurs en ${REVIEW_YEAR}`);
  const codes = new Set((await indicatorsOfYear(w)).map(({ i }) => i.code));
  return lines
    .slice(start + 2)
    .map((l) => l.split(' | '))
    .filter((cells) => cells.length === 4 && codes.has(cells[0]!.split(' — ')[0]!))
    .map(([name, target, value, status]) => ({
      code: name!.split(' — ')[0],
      target: normalise(target!),
      value: normalise(value!),
      status,
    }));
}

// ---------------------------------------------------------------------------------------------
// Housing: the letting-ban trajectory (the housing domain's getTrajectory is the truth)

export const TRAJECTORY_FIELDS = ['banned', 'delivered', 'planned', 'notProgrammed'] as const;
export type DeadlineFigures = Record<(typeof TRAJECTORY_FIELDS)[number], number> & { date: string };
export const pickDeadline = (d: DeadlineFigures): DeadlineFigures => ({
  date: d.date,
  banned: d.banned,
  delivered: d.delivered,
  planned: d.planned,
  notProgrammed: d.notProgrammed,
});

/** Each deadline of the landlord's trajectory as of a date: banned, delivered, planned, not programmed. */
export const trajectoryAsOf = async (w: World, asOf: string) =>
  (await getTrajectory(w.engine.db, w.principal, await landlordOf(w), { asOf })).deadlines.map(pickDeadline);

/** A sheet (or CSV) of deadlines: « Échéance », « Interdits », « Livrés », « Programmés », « Non programmés ». */
export const sheetDeadlines = (rows: Record<string, unknown>[]) =>
  rows.map((r) => {
    const date = r['Échéance'];
    return {
      date: typeof date === 'string' && date.includes('/') ? date.split('/').reverse().join('-') : isoOf(date),
      banned: Number(r['Interdits']),
      delivered: Number(r['Livrés']),
      planned: Number(r['Programmés']),
      notProgrammed: Number(r['Non programmés']),
    };
  });

const deadlineCells = (d: DeadlineFigures) => [
  dateFr(d.date),
  ...TRAJECTORY_FIELDS.map((f) => normalise(formatNumber(d[f]))),
];
/** A deadline as the documents print its row: "01/01/2028 1 465 0 0 1 465" (cells joined by a space). */
export const deadlineText = (d: DeadlineFigures) => deadlineCells(d).join(' ');
/**
 * The same row as the PDF's extracted text gives it: the cells side by side, with no separator
 * ("01/01/20281 465001 465"), so the PDF is compared in that form.
 */
export const deadlinePdfText = (d: DeadlineFigures) => deadlineCells(d).join('');

const TRAJECTORY_HEADER = 'Échéance | Interdits | Livrés | Programmés | Non programmés';

/** The review model's trajectory table, one text per deadline row. */
export function deadlinesFromModel(lines: string[]) {
  const at = lines.indexOf(TRAJECTORY_HEADER);
  if (at < 1 || !lines[at - 1]!.startsWith('Trajectoire au ')) throw new Error('no trajectory table in the review');
  const rows: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (!/^\d{2}\/\d{2}\/\d{4} \| /.test(line)) break;
    rows.push(normalise(line.split(' | ').join(' ')));
  }
  return rows;
}

/** In a document's text, the trajectory table's rows: from its header to the next section's title. */
export function deadlinesFromText(text: string, pdf = false) {
  const header = pdf
    ? 'ÉchéanceInterditsLivrésProgrammésNon programmés'
    : 'Échéance Interdits Livrés Programmés Non programmés';
  const at = text.indexOf(header);
  if (at < 0) throw new Error('no trajectory table in the document');
  const section = text.indexOf(`5. Gouvernance ${REVIEW_YEAR}`, at);
  if (section < 0) throw new Error('no section after the trajectory table');
  // The sentence on dwellings counted by class, when there are some, follows the table.
  const counted = text.indexOf('Dont logements dénombrés par classe', at);
  const end = counted >= 0 && counted < section ? counted : section;
  // Each row: a date, then its figures up to the next row's date or the first word (a page footer).
  return (
    text.slice(at + header.length, end).match(/\d{2}\/\d{2}\/\d{4}[\d ]*?(?= \d{2}\/\d{2}\/\d{4}|\s*[^\d ]|\s*$)/g) ??
    []
  ).map((r) => r.trim());
}

/**
 * Dwellings still banned at the deadline after `asOf` that no delivered operation brings out
 * (banned − delivered), from the trajectory as of `asOf`: what INTERDITS measures.
 */
export async function bannedAtNext(w: World, asOf: string) {
  const next = (await trajectoryAsOf(w, asOf))
    .filter((d) => d.date > asOf)
    .sort((a, b) => a.date.localeCompare(b.date))[0];
  return next ? { date: next.date, banned: next.banned - next.delivered } : null;
}

/** The review's article 3.2 sentence: events reported in the year, unacknowledged and open on its date. */
export function reviewReportedEvents(text: string) {
  const m = new RegExp(
    `(\\d+) faits? signalés? par l'office en ${REVIEW_YEAR} \\(article 3\\.2\\) : (\\d+) sans accusé de réception et (\\d+) en suivi`,
  ).exec(normalise(text));
  if (!m) throw new Error('no reported events sentence');
  return { reported: Number(m[1]), unacknowledged: Number(m[2]), open: Number(m[3]) };
}

/** The review's article 3.1 sentence: guarantee requests in examination on its date. */
export function reviewGuaranteesInExamination(text: string) {
  const m = /(\d+) demandes? de garantie d'emprunt en examen au/.exec(normalise(text));
  if (!m) throw new Error('no guarantee requests sentence');
  return Number(m[1]);
}

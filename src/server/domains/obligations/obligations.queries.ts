import type { Side } from '../../kernel/convention-scope';
import type { Principal } from '../../kernel/principal';
import type { Transaction } from 'kysely';
import type { InstanceView } from '../../../contracts/obligations';
import type { Db } from '../../platform/db/connect';
import type { Database, EvidenceKind } from '../../platform/db/schema';
import { dueSoonWindow, dutyCounts, instanceStatus, type DutyCounts } from './calendar.rules';
import { resolveEvidence } from './evidence.repository';
import { matchEvidence, type EvidenceFact } from './evidence.rules';
import { actWindow, windowWarning } from './act-windows.rules';
import * as repo from './obligations.repository';
import { canMarkDone } from './obligations.policy';
import { eventsReportedBy } from './reported-events.repository';
import { eventReference, eventStatusAsOf, reportedEventCounts } from './reported-events.rules';

type Q = Db | Transaction<Database>;

/**
 * The obligations domain's published reads: the duty instances of a convention with their status
 * as of a date, computed here and nowhere else, from the evidence other domains hold
 * (evidence.repository) or a hand mark made on or before that date. The calendar, the dashboard,
 * the annual review and COPIL pack, the workbook, the iCalendar feed and the reminders all ask
 * this module; no other module reads `duty_instances.done_on` as a status.
 */

const ordinal = (n: number) => (n === 1 ? '1er' : `${n}e`);
export function periodLabel(recurrence: string, key: string, year: number, eventOn?: string): string {
  if (recurrence === 'yearly_quarter') return `${ordinal(Number(key.slice(-1)))} trimestre ${year}`;
  if (recurrence === 'half_yearly') return `${ordinal(Number(key.slice(-1)))} semestre ${year}`;
  if (recurrence === 'per_event' && eventOn) return `Événement du ${eventOn.split('-').reverse().join('/')}`;
  return `Année ${year}`;
}

/** Evidence facts of a convention for the evidence kinds its duties use, read once per kind. */
async function evidenceOf(db: Q, conventionId: string, kinds: EvidenceKind[], asOf: string) {
  const facts = new Map<EvidenceKind, EvidenceFact[]>();
  for (const kind of new Set(kinds)) facts.set(kind, await resolveEvidence(db, conventionId, kind, asOf));
  return facts;
}

export interface Evaluated {
  view: InstanceView;
  duty: repo.DutyRow;
}

/** The instances with their status and evidence as of `asOf` (the one place a status is computed). */
export async function evaluate(
  db: Q,
  principal: Principal | null,
  side: Side | null,
  duties: repo.DutyRow[],
  instances: repo.InstanceRow[],
  asOf: string,
): Promise<Evaluated[]> {
  const byId = new Map(duties.map((d) => [d.id, d]));
  const facts = new Map<string, Map<EvidenceKind, EvidenceFact[]>>();
  for (const conventionId of new Set(duties.map((d) => d.convention_id))) {
    const kinds = duties.filter((d) => d.convention_id === conventionId).map((d) => d.evidence_kind);
    facts.set(conventionId, await evidenceOf(db, conventionId, kinds, asOf));
  }
  return instances.map((i) => {
    const duty = byId.get(i.duty_id)!;
    const period = {
      periodKey: i.period_key,
      periodYear: i.period_year,
      periodStart: i.period_start,
      periodEnd: i.period_end,
    };
    const fact = matchEvidence(
      period,
      (facts.get(duty.convention_id)?.get(duty.evidence_kind) ?? []).filter((f) => f.on <= asOf),
    );
    const evidence = fact
      ? {
          source: 'resolved' as const,
          label: `${fact.label} ${fact.on.split('-').reverse().join('/')}`,
          on: fact.on,
          documentId: null,
          note: null,
        }
      : i.done_on && i.done_on <= asOf
        ? {
            source: 'manual' as const,
            label: 'Marquée faite avec une pièce',
            on: i.done_on,
            documentId: i.done_document_id,
            note: i.done_note,
          }
        : null;
    const doneOn = evidence?.on ?? null;
    // The act that proves the duty, outside the window its clause sets: said on the duty.
    const warning = fact
      ? windowWarning(
          fact.label.replace(/ le$/, ''),
          fact.on,
          actWindow({
            recurrence: duty.recurrence,
            monthsAfter: duty.months_after,
            periodStart: i.period_start,
            periodEnd: i.period_end,
            nominalDueOn: i.nominal_due_on,
          }),
          duty.article_number,
        )
      : null;
    return {
      duty,
      view: {
        id: i.id,
        conventionId: duty.convention_id,
        duty: {
          id: duty.id,
          code: duty.code,
          title: duty.title,
          party: duty.party,
          articleNumber: duty.article_number,
          evidenceKind: duty.evidence_kind,
          evidenceDescription: duty.evidence_description,
        },
        periodKey: i.period_key,
        periodLabel: periodLabel(duty.recurrence, i.period_key, i.period_year, i.period_start),
        periodStart: i.period_start,
        periodEnd: i.period_end,
        nominalDueOn: i.nominal_due_on,
        dueOn: i.due_on,
        status: instanceStatus({ dueOn: i.due_on, doneOn }, asOf, dueSoonWindow(duty.reminder_days)),
        doneOn,
        doneLate: doneOn !== null && doneOn > i.due_on,
        evidence,
        warning,
        can: { markDone: principal !== null && doneOn === null && canMarkDone(principal, side, duty.party) },
      },
    };
  });
}

/** A duty instance as the other parts of Copil read it: the calendar's view, status as of the date asked. */
export type DutyInstanceStatus = InstanceView & { code: string; party: 'department' | 'landlord' };

/**
 * The convention's duty instances with their status as of `asOf`, optionally only those due
 * between `from` and `to` (inclusive), ordered by due date then title.
 */
export async function dutyInstancesAsOf(
  db: Q,
  conventionId: string,
  asOf: string,
  range: { from?: string | undefined; to?: string | undefined } = {},
): Promise<DutyInstanceStatus[]> {
  const duties = await repo.listDuties(db, [conventionId]);
  const instances = await repo.listInstances(
    db,
    duties.map((d) => d.id),
    range,
  );
  return (await evaluate(db, null, null, duties, instances, asOf))
    .map(({ view }) => ({ ...view, code: view.duty.code, party: view.duty.party }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.duty.title.localeCompare(b.duty.title));
}

/** The instances due in year Y, with their status as of `asOf` (a review of Y: the 31/12/Y). */
export function dutyInstancesOfYear(db: Q, conventionId: string, year: number, asOf: string) {
  return dutyInstancesAsOf(db, conventionId, asOf, { from: `${year}-01-01`, to: `${year}-12-31` });
}

/** How many instances are done, late, upcoming, among those given (see calendar.rules dutyCounts). */
export const countDuties = (instances: DutyInstanceStatus[]): DutyCounts => dutyCounts(instances);

/** The instances late as of `asOf` (due before it and still not done then), earliest first. */
export async function lateDutiesAsOf(db: Q, conventionId: string, asOf: string): Promise<DutyInstanceStatus[]> {
  return (await dutyInstancesAsOf(db, conventionId, asOf, { to: asOf })).filter((i) => i.status === 'late');
}

const MEETING_EVIDENCE: readonly EvidenceKind[] = ['copil_meeting', 'cotech_meeting'];

/**
 * The next meetings the convention calls for, as of `asOf`: for each COPIL or COTECH duty, its
 * first instance not done whose due date is not yet passed, earliest first (then by code).
 */
export async function nextMeetingsDue(db: Q, conventionId: string, asOf: string): Promise<DutyInstanceStatus[]> {
  const open = (await dutyInstancesAsOf(db, conventionId, asOf, { from: asOf })).filter(
    (i) => MEETING_EVIDENCE.includes(i.duty.evidenceKind) && i.status !== 'done',
  );
  const firstPerDuty = new Map<string, DutyInstanceStatus>();
  for (const i of open) if (!firstPerDuty.has(i.duty.id)) firstPerDuty.set(i.duty.id, i);
  return [...firstPerDuty.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.code.localeCompare(b.code));
}

/** The pure count behind countDuties, for documents that count the instances they were given. */
export { dutyCounts, type InstanceStatus } from './calendar.rules';

/**
 * Article 3.2 events on a date: how many the Département has not acknowledged, how many are still
 * open (the dashboard), and the events reported in a year (the annual review).
 */
export async function reportedEventCountsAsOf(db: Q, conventionId: string, asOf: string) {
  return reportedEventCounts(await eventsReportedBy(db, conventionId, asOf), asOf);
}

export async function reportedEventsOfYear(db: Q, conventionId: string, year: number, asOf: string) {
  const rows = await eventsReportedBy(db, conventionId, asOf);
  return rows
    .filter((r) => r.reported_on >= `${year}-01-01` && r.reported_on <= `${year}-12-31`)
    .map((r) => ({ ...r, reference: eventReference(r.reference), status: eventStatusAsOf(r, asOf) }));
}

/**
 * The warning for a dated act outside the window its clause sets (act-windows.rules), read from
 * the duty proved by that kind of act and its instance for the year the act is for: the act is
 * recorded all the same; its answer carries this warning (null inside the window, or when the
 * convention has no such duty).
 */
export async function actWindowWarning(
  db: Q,
  conventionId: string,
  evidenceKind: EvidenceKind,
  act: { year: number; on: string; label: string },
): Promise<string | null> {
  const duties = (await repo.listDuties(db, [conventionId])).filter(
    (d) => d.evidence_kind === evidenceKind && d.active,
  );
  for (const duty of duties) {
    const instance = (await repo.listInstances(db, [duty.id])).find((i) => i.period_year === act.year);
    if (!instance) continue;
    const window = actWindow({
      recurrence: duty.recurrence,
      monthsAfter: duty.months_after,
      periodStart: instance.period_start,
      periodEnd: instance.period_end,
      nominalDueOn: instance.nominal_due_on,
    });
    const warning = windowWarning(act.label, act.on, window, duty.article_number);
    if (warning) return warning;
  }
  return null;
}

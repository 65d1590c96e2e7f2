import type { ReportedEventStatus } from '../../../contracts/reported-events';

/**
 * Article 3.2 events, pure: their status on a date, what may happen next, and the counts the
 * dashboard and the annual review show (reportedEventCounts, through obligations.queries).
 */

/** EVT-001, numbered per convention. */
export const eventReference = (n: number) => `EVT-${String(n).padStart(3, '0')}`;

export interface EventDates {
  reported_on: string;
  acknowledged_on: string | null;
  closed_on: string | null;
}

/** The status on a date (today by default): a later acknowledgement or closure does not count yet. */
export function eventStatusAsOf(e: EventDates, asOf: string): ReportedEventStatus {
  if (e.closed_on !== null && e.closed_on <= asOf) return 'closed';
  if (e.acknowledged_on !== null && e.acknowledged_on <= asOf) return 'acknowledged';
  return 'reported';
}

/** Events reported by the date: those the Département has not acknowledged, and those not closed. */
export function reportedEventCounts(events: EventDates[], asOf: string): { unacknowledged: number; open: number } {
  const known = events.filter((e) => e.reported_on <= asOf);
  const statuses = known.map((e) => eventStatusAsOf(e, asOf));
  return {
    unacknowledged: statuses.filter((s) => s === 'reported').length,
    open: statuses.filter((s) => s !== 'closed').length,
  };
}

export const mayAcknowledge = (status: ReportedEventStatus) => status === 'reported';
/** Follow-up notes while the event is open (before or after acknowledgement). */
export const mayAddNote = (status: ReportedEventStatus) => status !== 'closed';
/** Closing needs the acknowledgement first: the Département has taken note before it ends the follow-up. */
export const mayClose = (status: ReportedEventStatus) => status === 'acknowledged';

/** What is wrong with a report, field by field. */
export function reportProblems(
  body: { occurredOn: string; operationId?: string | null | undefined; commitmentId?: string | null | undefined },
  today: string,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (body.occurredOn > today) problems.push({ field: 'occurredOn', message: 'Date du fait : pas dans le futur.' });
  if (body.operationId && body.commitmentId)
    problems.push({
      field: 'commitmentId',
      message: 'Un fait concerne une opération, ou un engagement, ou le programme entier : pas les deux.',
    });
  return problems;
}

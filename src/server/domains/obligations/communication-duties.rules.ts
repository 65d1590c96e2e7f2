import type { InstanceSpec } from './calendar.rules';
import { addDays, nextWorkingDay } from './calendar.rules';

/**
 * The dated duties each communication event of Article 6 creates (issue #19), pure.
 *
 * Copil's reading of Article 6 (the text gives the acts, not delays):
 * - "les invitations destinées à annoncer les poses de 1ère pierre, inaugurations ou visites de
 *   chantiers, doivent être soumises au Département pour validation avant impression et envoi":
 *   an invitation is printed and sent some weeks before the event, so the office submits it at
 *   the latest INVITATION_DAYS_BEFORE days before the event's date. Only these three kinds of event
 *   are announced by an official invitation; works and other events owe none.
 * - "il est impératif de valoriser le partenariat … par la transmission de tout élément justifiant
 *   la promotion": proofs (photos, articles, visuals) exist once the event took place, so the office
 *   transmits one at the latest PROOF_DAYS_AFTER days after it, for every kind of event.
 * An event without a date owes nothing dated yet; its duties appear once it is dated. The instance
 * is done on the first invitation version submitted (the office's act; the Département's decision
 * has its own workflow) and on the first proof not rejected by the Département.
 */
export const INVITATION_DAYS_BEFORE = 30;
export const PROOF_DAYS_AFTER = 30;

export type EventKind = 'first_stone' | 'inauguration' | 'site_visit' | 'works' | 'other';
const announcedByInvitation: readonly EventKind[] = ['first_stone', 'inauguration', 'site_visit'];

export interface DatedEvent {
  id: string;
  kind: EventKind;
  eventOn: string | null;
}

/** The instance key of an event's duty: one instance per event. */
export const eventPeriodKey = (eventId: string) => `event:${eventId}`;

/**
 * The instances of a per-event duty of Article 6 for the convention's events: the invitation duty
 * (evidence 'invitation') before each announced event, the proof duty (evidence 'publicity_proof')
 * after each event. A deadline on a weekend or public holiday moves to the next working day when
 * the duty says so.
 */
export function eventDutySpecs(
  duty: { evidenceKind: string; shiftToWorkingDay: boolean },
  events: DatedEvent[],
): InstanceSpec[] {
  const due = (d: string) => (duty.shiftToWorkingDay ? nextWorkingDay(d) : d);
  const specs: InstanceSpec[] = [];
  for (const e of events) {
    if (!e.eventOn) continue;
    let nominal: string | null = null;
    if (duty.evidenceKind === 'invitation' && announcedByInvitation.includes(e.kind))
      nominal = addDays(e.eventOn, -INVITATION_DAYS_BEFORE);
    if (duty.evidenceKind === 'publicity_proof') nominal = addDays(e.eventOn, PROOF_DAYS_AFTER);
    if (!nominal) continue;
    specs.push({
      periodKey: eventPeriodKey(e.id),
      periodYear: Number(e.eventOn.slice(0, 4)),
      periodStart: e.eventOn,
      periodEnd: e.eventOn,
      nominalDueOn: nominal,
      dueOn: due(nominal),
    });
  }
  return specs;
}

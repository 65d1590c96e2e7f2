import { describe, expect, it } from 'vitest';
import { eventDutySpecs, eventPeriodKey } from './communication-duties.rules';
import { matchEvidence } from './evidence.rules';

const invitation = { evidenceKind: 'invitation', shiftToWorkingDay: true };
const proof = { evidenceKind: 'publicity_proof', shiftToWorkingDay: true };

describe('Article 6: the dated duties of a communication event', () => {
  it('an inauguration owes its invitation 30 days before and a proof 30 days after', () => {
    const events = [{ id: 'e1', kind: 'inauguration' as const, eventOn: '2026-06-15' }];
    expect(eventDutySpecs(invitation, events)).toEqual([
      {
        periodKey: 'event:e1',
        periodYear: 2026,
        periodStart: '2026-06-15',
        periodEnd: '2026-06-15',
        nominalDueOn: '2026-05-16',
        dueOn: '2026-05-18', // Saturday 16 May → Monday 18 May
      },
    ]);
    expect(eventDutySpecs(proof, events)[0]).toMatchObject({ nominalDueOn: '2026-07-15', dueOn: '2026-07-15' });
  });

  it('works and other events owe a proof but no invitation (the text names first stones, inaugurations, site visits)', () => {
    const events = [
      { id: 'w', kind: 'works' as const, eventOn: '2026-03-02' },
      { id: 'v', kind: 'site_visit' as const, eventOn: '2026-03-02' },
    ];
    expect(eventDutySpecs(invitation, events).map((s) => s.periodKey)).toEqual(['event:v']);
    expect(eventDutySpecs(proof, events).map((s) => s.periodKey)).toEqual(['event:w', 'event:v']);
  });

  it('an event without a date owes nothing dated yet; other per-event duties get nothing from events', () => {
    expect(eventDutySpecs(proof, [{ id: 'x', kind: 'inauguration', eventOn: null }])).toEqual([]);
    expect(
      eventDutySpecs({ evidenceKind: 'manual', shiftToWorkingDay: true }, [
        { id: 'x', kind: 'inauguration', eventOn: '2026-01-10' },
      ]),
    ).toEqual([]);
  });

  it('a proof for the event proves its instance, not another event of the same day', () => {
    const fact = { periodKey: eventPeriodKey('e1'), on: '2026-06-20', label: 'Justificatif transmis le' };
    const period = { periodYear: 2026, periodStart: '2026-06-15', periodEnd: '2026-06-15' };
    expect(matchEvidence({ ...period, periodKey: 'event:e1' }, [fact])).toBe(fact);
    expect(matchEvidence({ ...period, periodKey: 'event:e2' }, [fact])).toBeNull();
  });
});

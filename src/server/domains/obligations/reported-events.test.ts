import { describe, expect, it } from 'vitest';
import {
  eventReference,
  eventStatusAsOf,
  mayAcknowledge,
  mayAddNote,
  mayClose,
  reportedEventCounts,
  reportProblems,
} from './reported-events.rules';

const event = (reported: string, acknowledged: string | null = null, closed: string | null = null) => ({
  reported_on: reported,
  acknowledged_on: acknowledged,
  closed_on: closed,
});

describe('events reported under article 3.2', () => {
  it('have a status on a date: a later acknowledgement or closure does not count yet', () => {
    const e = event('2026-02-01', '2026-02-05', '2026-03-01');
    expect(eventStatusAsOf(e, '2026-02-04')).toBe('reported');
    expect(eventStatusAsOf(e, '2026-02-05')).toBe('acknowledged');
    expect(eventStatusAsOf(e, '2026-03-01')).toBe('closed');
  });

  it('are counted as unacknowledged and open on a date, among those reported by then', () => {
    const events = [
      event('2026-01-10'),
      event('2026-01-12', '2026-01-15'),
      event('2026-01-20', '2026-01-21', '2026-02-01'),
      event('2026-03-01'),
    ];
    expect(reportedEventCounts(events, '2026-01-31')).toEqual({ unacknowledged: 1, open: 3 });
    expect(reportedEventCounts(events, '2026-02-01')).toEqual({ unacknowledged: 1, open: 2 });
    expect(reportedEventCounts(events, '2026-03-01')).toEqual({ unacknowledged: 2, open: 3 });
    expect(reportedEventCounts([], '2026-03-01')).toEqual({ unacknowledged: 0, open: 0 });
  });

  it('are acknowledged once, followed up while open, closed only once acknowledged', () => {
    expect([mayAcknowledge('reported'), mayAcknowledge('acknowledged'), mayAcknowledge('closed')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([mayAddNote('reported'), mayAddNote('acknowledged'), mayAddNote('closed')]).toEqual([true, true, false]);
    expect([mayClose('reported'), mayClose('acknowledged'), mayClose('closed')]).toEqual([false, true, false]);
  });

  it('refuse a future date and a report concerning both an operation and a commitment', () => {
    expect(reportProblems({ occurredOn: '2026-01-01' }, '2026-01-01')).toEqual([]);
    expect(
      reportProblems({ occurredOn: '2026-01-02', operationId: 'a', commitmentId: 'b' }, '2026-01-01').map(
        (p) => p.field,
      ),
    ).toEqual(['occurredOn', 'commitmentId']);
  });

  it('are numbered per convention', () => {
    expect([eventReference(1), eventReference(42), eventReference(1234)]).toEqual(['EVT-001', 'EVT-042', 'EVT-1234']);
  });
});

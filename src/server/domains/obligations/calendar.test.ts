import { describe, expect, it } from 'vitest';
import {
  addDays,
  dutyCounts,
  expandRecurrence,
  instanceStatus,
  isWorkingDay,
  nextWorkingDay,
  publicHolidays,
  reminderDue,
  type RecurrenceSpec,
} from './calendar.rules';
import { matchEvidence } from './evidence.rules';

const spec = (s: Partial<RecurrenceSpec>): RecurrenceSpec => ({
  recurrence: 'yearly_date',
  dueMonth: null,
  dueDay: null,
  quarter: null,
  yearOffset: 0,
  monthsAfter: 0,
  shiftToWorkingDay: true,
  ...s,
});

describe('public holidays and working days', () => {
  it('lists the mainland holidays, without the Alsace-Moselle ones', () => {
    const h = publicHolidays(2026);
    expect(h.get('2026-05-14')).toBe('Ascension');
    expect(h.get('2026-04-06')).toBe('Lundi de Pâques');
    expect(h.get('2026-05-25')).toBe('Lundi de Pentecôte');
    expect(h.has('2026-04-03')).toBe(false); // Vendredi saint: Alsace-Moselle only
    expect(h.has('2026-12-26')).toBe(false); // Saint Étienne: Alsace-Moselle only
    expect(h.size).toBe(11);
  });

  it('moves a deadline off weekends and holidays', () => {
    expect(nextWorkingDay('2026-01-31')).toBe('2026-02-02'); // 31 January on a Saturday
    expect(nextWorkingDay('2026-05-01')).toBe('2026-05-04'); // 1 May on a Friday, then the weekend
    expect(nextWorkingDay('2026-05-14')).toBe('2026-05-15'); // Ascension Thursday
    expect(nextWorkingDay('2025-11-30')).toBe('2025-12-01'); // 30 November on a Sunday
    expect(nextWorkingDay('2028-12-31')).toBe('2029-01-02'); // Sunday, then New Year's Day: into the next year
    expect(nextWorkingDay('2027-05-08')).toBe('2027-05-10'); // 8 May on a Saturday
    expect(nextWorkingDay('2026-07-31')).toBe('2026-07-31'); // a Friday: unchanged
    expect(isWorkingDay('2026-07-14')).toBe(false);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});

describe('recurrence over the convention period', () => {
  const from = '2024-01-01';
  const to = '2033-12-31';

  it('yearly by a date in the previous year: from the first year whose deadline is inside the period', () => {
    const out = expandRecurrence(
      spec({ dueMonth: 11, dueDay: 30, yearOffset: -1, shiftToWorkingDay: false }),
      from,
      to,
    );
    expect(out.map((i) => i.periodKey)).toEqual([
      '2025',
      '2026',
      '2027',
      '2028',
      '2029',
      '2030',
      '2031',
      '2032',
      '2033',
    ]);
    expect(out.find((i) => i.periodKey === '2026')).toMatchObject({
      nominalDueOn: '2025-11-30',
      dueOn: '2025-11-30',
      periodStart: '2026-01-01',
    });
  });

  it('shifts a date deadline when asked', () => {
    const out = expandRecurrence(spec({ dueMonth: 11, dueDay: 30, yearOffset: -1 }), from, to);
    expect(out.find((i) => i.periodKey === '2026')).toMatchObject({ nominalDueOn: '2025-11-30', dueOn: '2025-12-01' });
  });

  it('yearly in a quarter: due at the quarter end', () => {
    const q1 = expandRecurrence(spec({ recurrence: 'yearly_quarter', quarter: 1, shiftToWorkingDay: false }), from, to);
    expect(q1).toHaveLength(10);
    expect(q1[0]).toMatchObject({
      periodKey: '2024-T1',
      periodStart: '2024-01-01',
      periodEnd: '2024-03-31',
      dueOn: '2024-03-31',
    });
    const q4 = expandRecurrence(spec({ recurrence: 'yearly_quarter', quarter: 4, shiftToWorkingDay: false }), from, to);
    expect(q4.at(-1)).toMatchObject({ periodKey: '2033-T4', periodStart: '2033-10-01', dueOn: '2033-12-31' });
  });

  it('every half-year, a month after its end, across the year boundary', () => {
    const out = expandRecurrence(spec({ recurrence: 'half_yearly', monthsAfter: 1 }), from, to);
    expect(out).toHaveLength(20);
    expect(out.slice(0, 2)).toEqual([
      {
        periodKey: '2024-S1',
        periodYear: 2024,
        periodStart: '2024-01-01',
        periodEnd: '2024-06-30',
        nominalDueOn: '2024-07-31',
        dueOn: '2024-07-31',
      },
      {
        periodKey: '2024-S2',
        periodYear: 2024,
        periodStart: '2024-07-01',
        periodEnd: '2024-12-31',
        nominalDueOn: '2025-01-31',
        dueOn: '2025-01-31',
      },
    ]);
    expect(out.find((i) => i.periodKey === '2025-S2')).toMatchObject({
      nominalDueOn: '2026-01-31',
      dueOn: '2026-02-02',
    });
    expect(out.find((i) => i.periodKey === '2027-S1')).toMatchObject({
      nominalDueOn: '2027-07-31',
      dueOn: '2027-08-02',
    });
    expect(out.at(-1)).toMatchObject({ periodKey: '2033-S2', dueOn: '2034-01-31' });
    const cotech = expandRecurrence(spec({ recurrence: 'half_yearly', shiftToWorkingDay: false }), from, to);
    expect(cotech[0]).toMatchObject({ nominalDueOn: '2024-06-30', dueOn: '2024-06-30' });
  });

  it('a day the month lacks falls back to its last day; per-event duties have no dated instance', () => {
    expect(expandRecurrence(spec({ dueMonth: 2, dueDay: 30 }), '2024-01-01', '2024-12-31')[0]).toMatchObject({
      nominalDueOn: '2024-02-29',
      dueOn: '2024-02-29',
    });
    expect(expandRecurrence(spec({ recurrence: 'per_event' }), from, to)).toEqual([]);
  });
});

describe('status and reminders', () => {
  it('upcoming, due soon, late, done', () => {
    const i = { dueOn: '2025-11-30', doneOn: null };
    expect(instanceStatus(i, '2025-10-01', 30)).toBe('upcoming');
    expect(instanceStatus(i, '2025-10-31', 30)).toBe('due_soon');
    expect(instanceStatus(i, '2025-11-30', 30)).toBe('due_soon');
    expect(instanceStatus(i, '2025-12-01', 30)).toBe('late');
    expect(instanceStatus({ ...i, doneOn: '2025-12-05' }, '2025-12-06', 30)).toBe('done');
  });

  it('calls for the shortest delay reached, then late, never when done', () => {
    const i = { dueOn: '2026-07-31', doneOn: null };
    expect(reminderDue(i, [30, 7], '2026-06-30')).toBeNull();
    expect(reminderDue(i, [30, 7], '2026-07-01')).toBe('before:30');
    expect(reminderDue(i, [30, 7], '2026-07-26')).toBe('before:7');
    expect(reminderDue(i, [30, 7], '2026-08-01')).toBe('late');
    expect(reminderDue({ ...i, doneOn: '2026-07-20' }, [30, 7], '2026-08-01')).toBeNull();
    expect(reminderDue(i, [], '2026-07-30')).toBeNull();
  });

  it('pins evidence to its instance', () => {
    const h1 = { periodYear: 2026, periodStart: '2026-01-01', periodEnd: '2026-06-30' };
    expect(matchEvidence(h1, [{ within: '2026-07-02', on: '2026-07-02', label: '' }])).toBeNull();
    expect(
      matchEvidence(h1, [
        { within: '2026-06-12', on: '2026-06-12', label: 'b' },
        { within: '2026-03-01', on: '2026-03-01', label: 'a' },
      ])?.label,
    ).toBe('a');
    expect(matchEvidence(h1, [{ periodEnd: '2026-06-30', on: '2026-07-20', label: 'p' }])?.on).toBe('2026-07-20');
    expect(matchEvidence(h1, [{ year: 2025, on: '2025-11-20', label: '' }])).toBeNull();
  });
});

describe('dutyCounts', () => {
  it('counts done (and done late), late and not yet due from the computed statuses', () => {
    expect(
      dutyCounts([
        { status: 'done', doneLate: false },
        { status: 'done', doneLate: true },
        { status: 'late', doneLate: false },
        { status: 'due_soon', doneLate: false },
        { status: 'upcoming', doneLate: false },
      ]),
    ).toEqual({ total: 5, done: 2, doneLate: 1, late: 1, upcoming: 2 });
  });
});

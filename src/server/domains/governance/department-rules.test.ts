import { describe, expect, it } from 'vitest';
import { participationAt, quorumOf, quorumWording, secondConvocationProblem, type Attendee } from './governance.rules';
import { RULE_SETS } from './rule-sets';

/**
 * The Département's own bodies under the CGCT (sources quoted in rule-sets.ts): the plenary assembly
 * deliberates with the absolute majority of its members in office present (L3121-14, proxies do
 * not count), the Commission permanente with the absolute majority present or represented
 * (L3121-14-1); failing it, either meets again as of right three days later and deliberates
 * whatever the number present.
 */

const attendees = (present: number, represented: number, absent: number): Attendee[] => {
  const list: Attendee[] = [];
  const add = (status: Attendee['status'], holder: string | null) =>
    list.push({
      memberId: `m${list.length}`,
      status,
      proxyHolderId: holder,
      voting: true,
      arrivedAt: null,
      leftBefore: null,
    });
  for (let i = 0; i < present; i++) add('present', null);
  for (let i = 0; i < represented; i++) add('represented', `m${i}`);
  for (let i = 0; i < absent; i++) add('absent', null);
  return list;
};

const quorum = (kind: 'department_assembly' | 'standing_committee', a: Attendee[], secondConvocation = false) =>
  quorumOf(
    RULE_SETS[kind],
    { membersInOffice: a.length, votingMembersInOffice: a.length, secondConvocation },
    participationAt(a, new Set(), 1),
  );

describe('Conseil départemental (CGCT L3121-14)', () => {
  it('needs the absolute majority of the 78 councillors in office present: 40', () => {
    expect(quorum('department_assembly', attendees(40, 0, 38))).toMatchObject({
      required: 40,
      counted: 40,
      reached: true,
    });
    expect(quorum('department_assembly', attendees(39, 0, 39)).reached).toBe(false);
  });

  it('does not count proxies toward the quorum', () => {
    const q = quorum('department_assembly', attendees(39, 20, 19));
    expect(q).toMatchObject({ required: 40, counted: 39, reached: false });
    expect(quorumWording(q, RULE_SETS.department_assembly.quorum)).toBe(
      'Quorum non atteint : 39 présents sur 78 membres en exercice ; il en faut 40 (la majorité absolue).',
    );
  });

  it('an odd number in office: 77 → 39', () => {
    expect(quorum('department_assembly', attendees(39, 0, 38))).toMatchObject({ required: 39, reached: true });
    expect(quorum('department_assembly', attendees(38, 0, 39)).reached).toBe(false);
  });

  it('meets again three days later at least, and then deliberates whatever the number present', () => {
    const rules = RULE_SETS.department_assembly;
    expect(secondConvocationProblem(rules, '2024-01-29', '2024-02-01')).toBeNull();
    expect(secondConvocationProblem(rules, '2024-01-29', '2024-01-31')).toBe(
      'La seconde séance se tient au moins 3 jours après la première.',
    );
    const q = quorum('department_assembly', attendees(10, 0, 68), true);
    expect(q).toMatchObject({ reached: true, notRequired: true });
    expect(quorumWording(q, rules.quorum)).toMatch(/^Seconde convocation : quorum non exigé \(10 présents sur 78/);
  });
});

describe('Commission permanente (CGCT L3121-14-1)', () => {
  it('counts members present or represented toward the absolute majority of its members in office', () => {
    // A commission of 25: 13 needed.
    expect(quorum('standing_committee', attendees(10, 3, 12))).toMatchObject({
      required: 13,
      counted: 13,
      reached: true,
    });
    expect(quorum('standing_committee', attendees(10, 2, 13)).reached).toBe(false);
  });

  it('has the same second convocation, three days later, without quorum', () => {
    const rules = RULE_SETS.standing_committee;
    expect(rules.withoutQuorum).toEqual({ secondConvocation: true, minDelayDays: 3, quorumRequired: false });
    expect(secondConvocationProblem(rules, '2024-03-04', '2024-03-06')).toMatch(/au moins 3 jours/);
    expect(quorum('standing_committee', attendees(2, 0, 23), true).reached).toBe(true);
  });
});

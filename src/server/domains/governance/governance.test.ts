import { describe, expect, it } from 'vitest';
import type { AttendanceStatus, BodyRules } from '../../../contracts/governance';
import { bodyRules } from '../../../contracts/governance';
import {
  attendanceProblems,
  competenceWarning,
  convocationWarning,
  decideOutcome,
  findDelegation,
  memberVotesProblems,
  outcomeWording,
  participationAt,
  presentAt,
  quorumOf,
  quorumThreshold,
  quorumWording,
  secondConvocationProblem,
  tally,
  totalsProblems,
  votersOf,
  type Attendee,
  type VoteCounts,
} from './governance.rules';
import { RULE_SETS, ruleSetList } from './rule-sets';

const board = RULE_SETS.oph_board;
const assembly = RULE_SETS.department_assembly;
const committee = RULE_SETS.standing_committee;

/** n members: the first `present` present, then `proxies` represented by the first present ones, the rest excused. */
function attendees(n: number, present: number, proxies = 0): Attendee[] {
  return Array.from({ length: n }, (_, i) => {
    const id = `m${i + 1}`;
    const status: AttendanceStatus = i < present ? 'present' : i < present + proxies ? 'represented' : 'excused';
    return {
      memberId: id,
      status,
      proxyHolderId: status === 'represented' ? `m${i - present + 1}` : null,
      voting: true,
      arrivedAt: null,
      leftBefore: null,
    };
  });
}
const ctx = (n: number, secondConvocation = false) => ({
  membersInOffice: n,
  votingMembersInOffice: n,
  secondConvocation,
});
const quorum = (rules: BodyRules, list: Attendee[], recused: string[] = [], second = false) =>
  quorumOf(rules, ctx(list.length, second), participationAt(list, new Set(recused), 1));
const counts = (f: number, a: number, ab: number, ntp = 0): VoteCounts => ({
  for: f,
  against: a,
  abstention: ab,
  notTakingPart: ntp,
});

describe('rule sets', () => {
  it('are valid rules, one per kind of body, as DESIGN §3 states them', () => {
    expect(ruleSetList().map((r) => r.kind)).toEqual([
      'oph_board',
      'oph_bureau',
      'department_assembly',
      'standing_committee',
      'steering_committee',
      'technical_committee',
      'thematic_meeting',
    ]);
    for (const r of ruleSetList()) expect(bodyRules.parse(r.rules)).toEqual(r.rules);
    expect(board.quorum).toMatchObject({
      numerator: 2,
      denominator: 3,
      comparison: 'at_least',
      counts: 'present_or_represented',
    });
    expect(assembly.quorum).toMatchObject({ numerator: 1, denominator: 2, comparison: 'more_than', counts: 'present' });
    expect(committee.quorum).toMatchObject({
      numerator: 1,
      denominator: 2,
      comparison: 'more_than',
      counts: 'present_or_represented',
    });
    expect(board.proxies.maxPerHolder).toBe(1);
    expect(assembly.withoutQuorum).toEqual({ secondConvocation: true, minDelayDays: 3, quorumRequired: false });
    expect(RULE_SETS.technical_committee.defaultAgenda).toHaveLength(4);
    expect(RULE_SETS.technical_committee.defaultAgenda[0]).toBe(
      'La préparation de la réunion annuelle du comité de pilotage',
    );
    expect(RULE_SETS.steering_committee).toMatchObject({
      deliberative: false,
      quorum: null,
      proxies: { maxPerHolder: 0 },
    });
  });
});

describe('quorum', () => {
  it('computes thresholds: at least 2/3, more than half', () => {
    expect(quorumThreshold({ numerator: 2, denominator: 3, comparison: 'at_least' }, 27)).toBe(18);
    expect(quorumThreshold({ numerator: 2, denominator: 3, comparison: 'at_least' }, 28)).toBe(19);
    expect(quorumThreshold({ numerator: 1, denominator: 2, comparison: 'more_than' }, 77)).toBe(39);
    expect(quorumThreshold({ numerator: 1, denominator: 2, comparison: 'more_than' }, 78)).toBe(40);
    expect(quorumThreshold({ numerator: 1, denominator: 2, comparison: 'at_least' }, 9)).toBe(5);
  });

  it('office board: exactly 2/3 present or represented is enough, one short is not', () => {
    expect(quorum(board, attendees(27, 18))).toMatchObject({ required: 18, counted: 18, reached: true });
    expect(quorum(board, attendees(27, 17))).toMatchObject({ required: 18, counted: 17, reached: false });
    // Proxies count toward the board's quorum: 16 present + 2 represented.
    expect(quorum(board, attendees(27, 16, 2))).toMatchObject({ counted: 18, reached: true });
    expect(quorum(board, attendees(27, 16, 1))).toMatchObject({ counted: 17, reached: false });
  });

  it('Département plenary: absolute majority of members present, proxies not counted', () => {
    expect(quorum(assembly, attendees(77, 39))).toMatchObject({ required: 39, reached: true });
    expect(quorum(assembly, attendees(77, 38))).toMatchObject({ counted: 38, reached: false });
    expect(quorum(assembly, attendees(77, 38, 10))).toMatchObject({ counted: 38, reached: false });
  });

  it('Commission permanente: majority present or represented, proxies counted', () => {
    expect(quorum(committee, attendees(20, 10))).toMatchObject({ required: 11, reached: false });
    expect(quorum(committee, attendees(20, 10, 1))).toMatchObject({ counted: 11, reached: true });
  });

  it('counts only voting members when the base is the voting members in office', () => {
    const list = attendees(9, 6).map((a, i) => (i < 2 ? { ...a, voting: false } : a));
    const result = quorumOf(
      board,
      { membersInOffice: 9, votingMembersInOffice: 7, secondConvocation: false },
      participationAt(list, new Set(), 1),
    );
    expect(result).toMatchObject({ base: 7, required: 5, counted: 4, reached: false });
  });

  it('a second convocation deliberates without quorum where the rules say so', () => {
    const q = quorum(assembly, attendees(77, 10), [], true);
    expect(q).toMatchObject({ reached: true, notRequired: true, counted: 10 });
    expect(quorumWording(q, assembly.quorum)).toBe(
      'Seconde convocation : quorum non exigé (10 présents sur 77 membres en exercice ; il en faut 39 (la majorité absolue)).',
    );
    expect(
      quorum(
        { ...assembly, withoutQuorum: { ...assembly.withoutQuorum, quorumRequired: true } },
        attendees(77, 10),
        [],
        true,
      ).reached,
    ).toBe(false);
  });

  it('members who do not take part are not counted for the item unless the rules say so', () => {
    expect(quorum(board, attendees(27, 20), ['m1', 'm2', 'm3'])).toMatchObject({ counted: 17, reached: false });
    expect(
      quorum({ ...board, quorum: { ...board.quorum!, recusedCount: true } }, attendees(27, 20), ['m1', 'm2', 'm3']),
    ).toMatchObject({ counted: 20, reached: true });
  });

  it('words the result', () => {
    expect(quorumWording(quorum(board, attendees(27, 24, 2)), board.quorum)).toBe(
      'Quorum atteint : 26 présents ou représentés sur 27 membres en exercice ; il en faut 18 (au moins 2/3).',
    );
    expect(quorumWording(quorum(assembly, attendees(77, 38)), assembly.quorum)).toBe(
      'Quorum non atteint : 38 présents sur 77 membres en exercice ; il en faut 39 (la majorité absolue).',
    );
  });
});

describe('proxies per item', () => {
  it('a proxy whose holder or giver does not take part in an item does not count for it', () => {
    const list = attendees(10, 6, 2); // m7 → m1, m8 → m2
    const p = participationAt(list, new Set(['m1']), 1);
    expect(p.proxies).toEqual([{ giverId: 'm8', holderId: 'm2' }]);
    expect(p.voidProxies).toEqual([{ giverId: 'm7', holderId: 'm1', reason: 'holder_recused' }]);
    expect(participationAt(list, new Set(['m8']), 1).voidProxies).toEqual([
      { giverId: 'm8', holderId: 'm2', reason: 'giver_recused' },
    ]);
    expect(votersOf(p).sort()).toEqual(['m2', 'm3', 'm4', 'm5', 'm6', 'm8']);
  });

  it('the seed session: 24 present, 2 proxies, 6 not taking part among them one proxy holder: 19 voters, quorum reached', () => {
    const list = attendees(27, 24, 2);
    const recused = ['m1', 'm3', 'm4', 'm5', 'm17', 'm21'];
    const p = participationAt(list, new Set(recused), 1);
    expect({
      present: p.present.length,
      proxies: p.proxies.length,
      void: p.voidProxies.length,
      voters: votersOf(p).length,
    }).toEqual({ present: 18, proxies: 1, void: 1, voters: 19 });
    expect(quorumOf(board, ctx(27), p)).toMatchObject({ counted: 19, required: 18, reached: true });
  });

  it('late arrivals and early departures: present only for the items in between; a departing holder voids the proxy', () => {
    const list = attendees(5, 3, 1).map((a) =>
      a.memberId === 'm1' ? { ...a, leftBefore: 3 } : a.memberId === 'm2' ? { ...a, arrivedAt: 2 } : a,
    );
    expect([1, 2, 3].map((pos) => presentAt(list[0]!, pos))).toEqual([true, true, false]);
    expect([1, 2, 3].map((pos) => presentAt(list[1]!, pos))).toEqual([false, true, true]);
    expect(participationAt(list, new Set(), 3).voidProxies).toEqual([
      { giverId: 'm4', holderId: 'm1', reason: 'holder_absent' },
    ]);
    expect(participationAt(list, new Set(), 1).present).toEqual(['m1', 'm3']);
  });
});

describe('attendance and proxy refusals', () => {
  const inOffice = new Map(['a', 'b', 'c', 'd', 'e'].map((id) => [id, { voting: id !== 'e' }]));
  const check = (
    entries: { memberId: string; status: AttendanceStatus; proxyHolderId?: string | null }[],
    maxPerHolder = 1,
  ) =>
    attendanceProblems(
      entries.map((e) => ({ arrivedAt: null, leftBefore: null, proxyHolderId: null, ...e })),
      { inOffice, maxPerHolder, nameOf: (id) => id.toUpperCase() },
    );

  it('accepts proxies from absent members to present ones, one per holder', () => {
    expect(
      check([
        { memberId: 'a', status: 'present' },
        { memberId: 'b', status: 'present' },
        { memberId: 'c', status: 'represented', proxyHolderId: 'a' },
        { memberId: 'd', status: 'represented', proxyHolderId: 'b' },
      ]),
    ).toEqual([]);
  });

  it('refuses a proxy to an absent member', () => {
    expect(
      check([
        { memberId: 'a', status: 'excused' },
        { memberId: 'c', status: 'represented', proxyHolderId: 'a' },
      ]),
    ).toEqual([
      { field: 'entries.1.proxyHolderId', message: "Pouvoir de C à A refusé : A n'est pas présent à la séance." },
    ]);
    expect(check([{ memberId: 'c', status: 'represented', proxyHolderId: 'b' }])[0]!.message).toContain(
      "B n'est pas présent",
    );
  });

  it('refuses a second proxy to the same holder, unless the rules allow two', () => {
    const entries = [
      { memberId: 'a', status: 'present' as const },
      { memberId: 'c', status: 'represented' as const, proxyHolderId: 'a' },
      { memberId: 'd', status: 'represented' as const, proxyHolderId: 'a' },
    ];
    expect(check(entries)).toEqual([
      {
        field: 'entries.2.proxyHolderId',
        message: 'Pouvoir de D à A refusé : A détient déjà un pouvoir (1 au plus par membre présent).',
      },
    ]);
    expect(check(entries, 2)).toEqual([]);
  });

  it('refuses a proxy from a member who is present, to oneself, where proxies are not admitted, from or to a consultative member', () => {
    expect(
      check([
        { memberId: 'a', status: 'present' },
        { memberId: 'b', status: 'present', proxyHolderId: 'a' },
      ])[0]!.message,
    ).toBe('Pouvoir de B à A refusé : B est présent à la séance ; seul un membre absent donne pouvoir.');
    expect(check([{ memberId: 'c', status: 'represented', proxyHolderId: 'c' }])[0]!.message).toContain('à lui-même');
    expect(
      check(
        [
          { memberId: 'a', status: 'present' },
          { memberId: 'c', status: 'represented', proxyHolderId: 'a' },
        ],
        0,
      )[0]!.message,
    ).toContain("n'admet pas de pouvoir");
    expect(
      check([
        { memberId: 'e', status: 'present' },
        { memberId: 'c', status: 'represented', proxyHolderId: 'e' },
      ])[0]!.message,
    ).toContain('voix consultative');
  });

  it('refuses a member not in office, a duplicate, a represented member without holder', () => {
    expect(
      check([
        { memberId: 'z', status: 'present' },
        { memberId: 'a', status: 'present' },
        { memberId: 'a', status: 'absent' },
        { memberId: 'b', status: 'represented' },
      ]).map((p) => p.field),
    ).toEqual(['entries.0.memberId', 'entries.2.memberId', 'entries.3.proxyHolderId']);
  });
});

describe('votes and outcome', () => {
  const votesCast = { basis: 'votes_cast' as const, castingVote: true };
  const noCasting = { basis: 'votes_cast' as const, castingVote: false };
  const presentBasis = { basis: 'present_or_represented' as const, castingVote: false };

  it('unanimity, unanimity of votes cast, majority: and their wording', () => {
    expect(decideOutcome(votesCast, counts(19, 0, 0), 19, null)).toEqual({ code: 'unanimity', adopted: true });
    expect(outcomeWording('unanimity', counts(19, 0, 0))).toBe("Décision adoptée à l'unanimité");
    expect(decideOutcome(votesCast, counts(15, 0, 4), 19, null)).toEqual({
      code: 'unanimity_of_votes_cast',
      adopted: true,
    });
    expect(outcomeWording('unanimity_of_votes_cast', counts(15, 0, 4))).toBe(
      "Décision adoptée à l'unanimité des suffrages exprimés (4 abstentions)",
    );
    expect(outcomeWording('unanimity_of_votes_cast', counts(18, 0, 1))).toBe(
      "Décision adoptée à l'unanimité des suffrages exprimés (1 abstention)",
    );
    expect(decideOutcome(votesCast, counts(12, 5, 2), 19, null)).toEqual({ code: 'majority', adopted: true });
    expect(outcomeWording('majority', counts(12, 5, 2))).toBe(
      'Décision adoptée à la majorité (12 voix pour, 5 voix contre, 2 abstentions)',
    );
    expect(decideOutcome(votesCast, counts(5, 12, 2), 19, null)).toEqual({ code: 'rejected', adopted: false });
    expect(outcomeWording('rejected', counts(5, 12, 2))).toBe(
      'Décision rejetée (5 voix pour, 12 voix contre, 2 abstentions)',
    );
  });

  it('majority of votes cast versus of members present or represented', () => {
    // 10 present: 5 for, 2 against, 3 abstentions. Votes cast: 5 > 2, adopted. Present: 5 is not more than 10 / 2.
    expect(decideOutcome(votesCast, counts(5, 2, 3), 10, null).code).toBe('majority');
    expect(decideOutcome(presentBasis, counts(5, 2, 3), 10, null)).toEqual({ code: 'tie', adopted: false });
    expect(decideOutcome(presentBasis, counts(6, 2, 2), 10, null).code).toBe('majority');
    expect(decideOutcome(presentBasis, counts(4, 0, 6), 10, null)).toEqual({ code: 'rejected', adopted: false });
  });

  it('a tie is settled by the president only where the rules give a casting vote', () => {
    expect(decideOutcome(votesCast, counts(6, 6, 1), 13, 'for')).toEqual({ code: 'casting_vote', adopted: true });
    expect(outcomeWording('casting_vote', counts(6, 6, 1))).toBe(
      'Décision adoptée, la voix du président étant prépondérante (6 voix pour, 6 voix contre, 1 abstention)',
    );
    expect(decideOutcome(votesCast, counts(6, 6, 1), 13, 'against')).toEqual({ code: 'tie', adopted: false });
    expect(decideOutcome(votesCast, counts(6, 6, 1), 13, null)).toEqual({ code: 'tie', adopted: false });
    expect(decideOutcome(noCasting, counts(6, 6, 1), 13, 'for')).toEqual({ code: 'tie', adopted: false });
    expect(outcomeWording('tie', counts(6, 6, 1))).toBe(
      'Décision non adoptée : partage égal des voix (6 voix pour, 6 voix contre, 1 abstention)',
    );
  });

  it('all abstentions: no vote cast, not adopted', () => {
    expect(decideOutcome(votesCast, counts(0, 0, 9), 9, 'abstention')).toEqual({
      code: 'no_votes_cast',
      adopted: false,
    });
    expect(outcomeWording('no_votes_cast', counts(0, 0, 9))).toBe(
      'Décision non adoptée : aucun suffrage exprimé (9 abstentions)',
    );
  });

  it('tallies member votes and checks them against the voters of the item', () => {
    expect(tally(['for', 'for', 'against', 'abstention', 'not_taking_part'])).toEqual(counts(2, 1, 1, 1));
    expect(totalsProblems(counts(10, 0, 0), 10)).toEqual([]);
    expect(totalsProblems(counts(10, 0, 0), 11)[0]!.message).toBe(
      'Les totaux (10) ne correspondent pas aux 11 votants de ce point (présents prenant part et pouvoirs valables).',
    );
    const name = (id: string) => id.toUpperCase();
    expect(
      memberVotesProblems(
        [
          { memberId: 'a', choice: 'for' },
          { memberId: 'r', choice: 'for' },
          { memberId: 'x', choice: 'for' },
        ],
        ['a', 'b'],
        new Set(['r']),
        name,
      ).map((p) => p.message),
    ).toEqual([
      'R ne prend pas part à ce point : pas de vote à enregistrer.',
      "X n'est ni présent ni valablement représenté pour ce point.",
      'Vote manquant pour : B.',
    ]);
  });
});

describe('convocation and second convocation', () => {
  it('warns when the notice is shorter than the rule (clear days)', () => {
    expect(convocationWarning(board, '2024-02-10', '2024-02-16')).toBeNull();
    expect(convocationWarning(board, '2024-02-12', '2024-02-16')).toBe(
      "Convocation envoyée 3 jours francs avant la séance ; le règlement de l'instance en demande 5.",
    );
    expect(convocationWarning(assembly, '2024-01-20', '2024-01-29')).toBe(
      "Convocation envoyée 8 jours francs avant la séance ; le règlement de l'instance en demande 12.",
    );
    expect(convocationWarning(board, '2024-02-17', '2024-02-16')).toBe('La convocation est datée après la séance.');
    expect(convocationWarning(board, null, '2024-02-16')).toContain('non renseignée');
    expect(convocationWarning(RULE_SETS.technical_committee, null, '2024-02-16')).toBeNull();
  });

  it('allows a second convocation only where the rules provide it, after the minimum delay', () => {
    expect(secondConvocationProblem(assembly, '2024-01-29', '2024-02-01')).toBeNull();
    expect(secondConvocationProblem(assembly, '2024-01-29', '2024-01-31')).toBe(
      'La seconde séance se tient au moins 3 jours après la première.',
    );
    expect(secondConvocationProblem(board, '2024-02-16', '2024-02-16')).toBe(
      'La seconde séance doit se tenir après la séance sans quorum.',
    );
    expect(secondConvocationProblem(RULE_SETS.steering_committee, '2024-02-16', '2024-03-01')).toContain(
      'ne prévoit pas',
    );
  });
});

describe('delegations and competences', () => {
  const delegation = {
    id: 'd1',
    toBodyId: 'bureau',
    matter: 'funding_agreement' as const,
    fromYear: 2024,
    untilYear: null,
    grantedOn: '2024-02-16',
  };

  it('finds the delegation a body decides under, by matter, year and date', () => {
    expect(
      findDelegation([delegation], { bodyId: 'bureau', matter: 'funding_agreement', year: 2025, on: '2025-03-01' }),
    ).toBe(delegation);
    expect(
      findDelegation([delegation], { bodyId: 'bureau', matter: 'funding_agreement', year: 2023, on: '2025-03-01' }),
    ).toBeNull();
    expect(
      findDelegation([delegation], { bodyId: 'bureau', matter: 'funding_agreement', year: 2024, on: '2024-02-15' }),
    ).toBeNull();
    expect(
      findDelegation([delegation], { bodyId: 'bureau', matter: 'amendment', year: 2025, on: '2025-03-01' }),
    ).toBeNull();
    expect(
      findDelegation([{ ...delegation, untilYear: 2026 }], {
        bodyId: 'bureau',
        matter: 'funding_agreement',
        year: 2027,
        on: '2027-03-01',
      }),
    ).toBeNull();
  });

  it('warns when neither the rules nor a delegation give the body the matter', () => {
    const bureau = { name: 'Bureau du Conseil d’administration', competences: RULE_SETS.oph_bureau.competences };
    expect(competenceWarning(bureau, 'funding_agreement', 2025, delegation)).toBeNull();
    expect(competenceWarning(bureau, 'amendment', 2025, null)).toBe(
      "Bureau du Conseil d’administration décide d'une matière (« Avenant », 2025) que ni son règlement ni une délégation ne lui attribue.",
    );
    expect(competenceWarning({ name: 'CA', competences: board.competences }, 'amendment', 2025, null)).toBeNull();
  });
});

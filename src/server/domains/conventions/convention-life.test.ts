import { describe, expect, it } from 'vitest';
import { amendmentProblems, asAmendedOn, type AmendableConvention, type AmendmentFacts } from './amendment.rules';
import { conventionYears, sideMaySet, statusProblem } from './commitment.rules';
import { addCalendarMonths } from '../../../contracts/dates';
import { earliestTerminationDate, terminationProblem } from './termination.rules';

describe('résiliation (article 9) : mise en demeure + 3 mois calendaires', () => {
  it('une mise en demeure du 30/11/2025 prend effet au plus tôt le 28/02/2026', () => {
    expect(earliestTerminationDate('2025-11-30')).toBe('2026-02-28');
  });
  it('année bissextile : 30/11/2023 → 29/02/2024, 29/11/2024 → 28/02/2025', () => {
    expect(earliestTerminationDate('2023-11-30')).toBe('2024-02-29');
    expect(earliestTerminationDate('2024-11-29')).toBe('2025-02-28');
    expect(earliestTerminationDate('2027-11-29')).toBe('2028-02-29');
  });
  it('le 31 retombe sur le dernier jour du mois', () => {
    expect(earliestTerminationDate('2026-03-31')).toBe('2026-06-30');
    expect(earliestTerminationDate('2026-05-31')).toBe('2026-08-31');
    expect(earliestTerminationDate('2026-12-31')).toBe('2027-03-31');
  });
  it('passe la fin d’année et garde le jour quand il existe', () => {
    expect(earliestTerminationDate('2026-10-15')).toBe('2027-01-15');
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-01-31', -2)).toBe('2025-11-30');
  });
  it('refuse une résiliation trop tôt, après une mise en demeure retirée ou déjà suivie d’effet', () => {
    const notice = { sentOn: '2025-11-30', withdrawnOn: null, terminatedOn: null };
    expect(terminationProblem(notice, '2026-02-27', '2033-12-31')).toContain('28/02/2026');
    expect(terminationProblem(notice, '2026-02-28', '2033-12-31')).toBeNull();
    expect(terminationProblem({ ...notice, withdrawnOn: '2025-12-15' }, '2026-03-01', '2033-12-31')).toContain(
      'retirée',
    );
    expect(terminationProblem({ ...notice, terminatedOn: '2026-03-01' }, '2026-03-01', '2033-12-31')).toContain('déjà');
    expect(terminationProblem(notice, '2034-01-15', '2033-12-31')).toContain('sans objet');
  });
});

const original: AmendableConvention = {
  periodStart: '2024-01-01',
  periodEnd: '2033-12-31',
  articles: [
    { number: '7', title: 'Durée de la convention', body: 'Du 1er janvier 2024 au 31 décembre 2033.' },
    { number: '8', title: 'Avenant', body: 'Toute modification…' },
  ],
  signatories: [
    { organisationId: 'dep', fullName: 'Daniel MACIEJASZ', title: 'Vice-Président' },
    { organisationId: 'oph', fullName: 'Jean-Louis COTTIGNY', title: 'Président' },
  ],
};

describe('avenants : la convention « telle que modifiée à la date D »', () => {
  const extension: AmendmentFacts = {
    number: 1,
    effectiveOn: '2026-06-01',
    changes: [{ field: 'period_end', date: '2035-12-31' }],
  };
  it('un avenant qui prolonge au 31/12/2035 ne change la vue qu’à partir de sa date d’effet', () => {
    expect(asAmendedOn(original, [extension], '2026-05-31').periodEnd).toBe('2033-12-31');
    expect(asAmendedOn(original, [extension], '2026-06-01').periodEnd).toBe('2035-12-31');
    expect(original.periodEnd).toBe('2033-12-31');
  });
  it('applique les avenants dans l’ordre des dates d’effet puis des numéros', () => {
    const second: AmendmentFacts = {
      number: 2,
      effectiveOn: '2026-06-01',
      changes: [{ field: 'period_end', date: '2034-12-31' }],
    };
    const third: AmendmentFacts = {
      number: 3,
      effectiveOn: '2025-01-01',
      changes: [{ field: 'period_end', date: '2036-12-31' }],
    };
    expect(asAmendedOn(original, [second, extension, third], '2027-01-01').periodEnd).toBe('2034-12-31');
    expect(asAmendedOn(original, [second, extension, third], '2025-06-01').periodEnd).toBe('2036-12-31');
  });
  it('remplace le texte d’un article et les signataires d’une partie', () => {
    const a: AmendmentFacts = {
      number: 1,
      effectiveOn: '2026-01-01',
      changes: [
        { field: 'article_text', articleNumber: '7', body: 'Du 1er janvier 2024 au 31 décembre 2035.' },
        {
          field: 'signatory',
          organisationId: 'dep',
          signatories: [{ fullName: 'Nouvelle SIGNATAIRE', title: 'Présidente' }],
        },
      ],
    };
    const amended = asAmendedOn(original, [a], '2026-01-01');
    expect(amended.articles.find((x) => x.number === '7')?.body).toContain('2035');
    expect(amended.articles.find((x) => x.number === '7')?.title).toBe('Durée de la convention');
    expect(amended.signatories.filter((s) => s.organisationId === 'dep')).toEqual([
      { organisationId: 'dep', fullName: 'Nouvelle SIGNATAIRE', title: 'Présidente' },
    ]);
    expect(amended.signatories.filter((s) => s.organisationId === 'oph')).toHaveLength(1);
  });
  it('refuse une fin avant le début, un article absent, un signataire hors parties, une date d’effet avant la signature', () => {
    const problems = amendmentProblems(
      original,
      {
        signedOn: '2026-02-01',
        effectiveOn: '2026-01-01',
        changes: [
          { field: 'period_end', date: '2023-12-31' },
          { field: 'article_text', articleNumber: '42', body: 'x' },
          { field: 'signatory', organisationId: 'autre', signatories: [{ fullName: 'X', title: 'Y' }] },
        ],
      },
      ['dep', 'oph'],
    );
    expect(problems.map((p) => p.field)).toEqual(['effectiveOn', 'changes.0', 'changes.1', 'changes.2']);
    expect(problems[1]!.message).toContain('postérieure au début');
    expect(
      amendmentProblems(original, { signedOn: '2026-01-01', effectiveOn: '2026-01-01', changes: [] }, [])[0]!.message,
    ).toContain('au moins un');
    expect(
      amendmentProblems(
        original,
        { signedOn: '2026-01-01', effectiveOn: '2026-01-01', changes: [{ field: 'period_end', date: '2035-12-31' }] },
        [],
      ),
    ).toEqual([]);
  });
});

describe('engagements : statut par année et par partie', () => {
  it('les années couvrent la période, bornes comprises', () => {
    expect(conventionYears('2024-01-01', '2033-12-31')).toEqual([
      2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033,
    ]);
    expect(conventionYears('2024-01-01', '2024-12-31')).toEqual([2024]);
  });
  it('chaque partie renseigne ses engagements et les engagements communs, pas ceux de l’autre', () => {
    expect(sideMaySet('landlord', 'landlord')).toBe(true);
    expect(sideMaySet('landlord', 'both')).toBe(true);
    expect(sideMaySet('landlord', 'department')).toBe(false);
    expect(sideMaySet('department', 'landlord')).toBe(false);
    expect(sideMaySet('department', 'department')).toBe(true);
  });
  it('un engagement atteint ou non atteint doit être justifié', () => {
    expect(statusProblem('achieved', null, false)).toContain('justifié');
    expect(statusProblem('not_achieved', '  ', false)).toContain('justifié');
    expect(statusProblem('achieved', 'Fait en COPIL', false)).toBeNull();
    expect(statusProblem('achieved', null, true)).toBeNull();
    expect(statusProblem('in_progress', null, false)).toBeNull();
  });
});

import type { Principal } from '../../kernel/principal';
import { beforeAll, expect, it } from 'vitest';
import { runSeed } from '../../seed';
import { describeEachEngine } from '../../test/engines';
import { createTestUser } from '../../test/fixtures';
import { getObjectivesTree } from './commitments.service';
import { getConventionDetail, listConventions } from './conventions.service';

/** The reference convention as the seed loads it: its text, its objectives tree, the one it follows. */
describeEachEngine('conventions: seeded content', (engine) => {
  let admin: Principal;
  let conventionId: string;
  let previousId: string;

  beforeAll(async () => {
    expect(await runSeed(engine.db, 'reference')).toBe('loaded');
    admin = await createTestUser(engine.db, { roles: ['admin'] });
    const rows = await engine.db.selectFrom('conventions').select(['id', 'period_start']).execute();
    expect(rows).toHaveLength(2);
    conventionId = rows.find((r) => r.period_start === '2024-01-01')!.id;
    previousId = rows.find((r) => r.period_start === '2021-01-01')!.id;
  });

  it('stores 15 legal bases, 10 articles, 4 objectives, 46 objective commitments and 9 partner commitments', async () => {
    const count = async (
      table: 'convention_legal_bases' | 'convention_articles' | 'objectives' | 'axes' | 'commitments',
    ) =>
      (
        await engine.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('convention_id', '=', conventionId)
          .executeTakeFirstOrThrow()
      ).n;
    expect(Number(await count('convention_legal_bases'))).toBe(15);
    expect(Number(await count('convention_articles'))).toBe(10);
    expect(Number(await count('objectives'))).toBe(4);
    expect(Number(await count('commitments'))).toBe(46 + 9);
    // The previous convention has no content of its own in the source.
    expect(
      await engine.db.selectFrom('convention_articles').select('id').where('convention_id', '=', previousId).execute(),
    ).toEqual([]);
  });

  it('gives the text in order: legal bases, articles 1 to 10, article 9 on the three months notice', async () => {
    const detail = await getConventionDetail(engine.db, admin, conventionId, '2025-06-01');
    expect(detail.legalBases).toHaveLength(15);
    expect(detail.legalBases[0]).toMatch(/^Vu le code général des collectivités territoriales/);
    expect(detail.articles.map((a) => a.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const article9 = detail.articles.find((a) => a.number === '9')!;
    expect(article9.title).toBe('Résiliation');
    expect(article9.body).toContain('trois mois');
    expect(article9.body).toMatch(/lettre recommandée avec accusé de réception/);
    expect(detail.preamble?.length).toBeGreaterThan(0);
    expect(detail.amendmentsInEffect).toEqual([]);
    expect(detail.pendingTermination).toBeNull();
  });

  it('lists the years 2024 to 2033 and names the previous 2021–2023 convention, reviewed by article 1', async () => {
    const detail = await getConventionDetail(engine.db, admin, conventionId, '2025-06-01');
    expect(detail.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033]);
    expect(detail.previousConvention).toEqual({
      id: previousId,
      title: expect.stringMatching(/2021-2023/),
      periodStart: '2021-01-01',
      periodEnd: '2023-12-31',
      signatureDate: '2021-09-10',
      reviewArticle: '1',
    });
  });

  it('shows the old convention as expired, with the same two parties and no previous one', async () => {
    const list = await listConventions(engine.db, admin);
    expect(list.find((c) => c.id === previousId)).toMatchObject({
      status: 'expired',
      periodStart: '2021-01-01',
      periodEnd: '2023-12-31',
    });
    expect(list.find((c) => c.id === conventionId)?.status).not.toBe('expired');
    const old = await getConventionDetail(engine.db, admin, previousId);
    expect(old).toMatchObject({
      status: 'expired',
      signatureDate: '2021-09-10',
      previousConvention: null,
      articles: [],
      legalBases: [],
    });
    expect(old.parties.map((p) => p.partyRole)).toEqual(['department', 'landlord']);
    expect(old.years).toEqual([2021, 2022, 2023]);
  });

  it('builds the objectives tree: codes 1 to 4, their axes and commitments, then Article 3 in A3.1 and A3.2', async () => {
    const tree = await getObjectivesTree(engine.db, admin, conventionId, 2025);
    expect(tree).toMatchObject({
      conventionId,
      year: 2025,
      years: [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033],
    });
    expect(tree.objectives.map((o) => o.code)).toEqual(['1', '2', '3', '4']);
    expect(tree.objectives.every((o) => o.article === '2')).toBe(true);
    for (const objective of tree.objectives) {
      expect(objective.axes.length).toBeGreaterThan(0);
      for (const axis of objective.axes) {
        expect(axis.code.startsWith(`${objective.code}.`)).toBe(true);
        for (const c of axis.commitments) expect(c.code.startsWith(`${axis.code}.`)).toBe(true);
      }
    }
    const objectiveCommitments = tree.objectives.flatMap((o) => o.axes.flatMap((a) => a.commitments));
    expect(objectiveCommitments).toHaveLength(46);
    expect(tree.partnerCommitments.map((a) => [a.code, a.article, a.commitments.length])).toEqual([
      ['A3.1', '3', 3],
      ['A3.2', '3', 6],
    ]);
    expect(tree.partnerCommitments[0]!.commitments.every((c) => c.party === 'department')).toBe(true);
    expect(tree.partnerCommitments[1]!.commitments.every((c) => c.party === 'landlord')).toBe(true);
    const all = [...objectiveCommitments, ...tree.partnerCommitments.flatMap((a) => a.commitments)];
    expect(all).toHaveLength(55);
    expect(new Set(all.map((c) => c.code)).size).toBe(55);
    expect(all.every((c) => ['department', 'landlord', 'both'].includes(c.party))).toBe(true);
    expect(new Set(all.map((c) => c.party))).toEqual(new Set(['department', 'landlord', 'both']));
    expect(all.every((c) => c.text.trim().length > 0)).toBe(true);
  });

  it('starts with no status for any commitment, in any year', async () => {
    for (const year of [2024, 2029, 2033]) {
      const tree = await getObjectivesTree(engine.db, admin, conventionId, year);
      const all = [...tree.objectives.flatMap((o) => o.axes), ...tree.partnerCommitments].flatMap((a) => a.commitments);
      expect(all).toHaveLength(55);
      expect(all.every((c) => c.status === null)).toBe(true);
      expect(all.every((c) => c.canSet === false)).toBe(true); // the administrator is on neither side
    }
    expect(await engine.db.selectFrom('commitment_statuses').select('id').execute()).toEqual([]);
  });

  it('refuses a year outside the period with VALIDATION_FAILED on the year', async () => {
    for (const year of [2023, 2034]) {
      const error = await getObjectivesTree(engine.db, admin, conventionId, year).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        fieldErrors: [{ field: 'year', message: expect.any(String) }],
      });
      expect((error as Error).message).toContain(String(year));
      expect((error as Error).message).toContain('2024–2033');
    }
  });
});

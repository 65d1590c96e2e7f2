import { afterAll, beforeAll, expect, it } from 'vitest';
import { unzipEntry } from '../../test/documents';
import type { BodySummary, MemberView } from '../../../contracts/governance';
import type { DecisionView, SessionView } from '../../../contracts/governance-sessions';
import { readCsv } from '../../test/csv';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type InjectResponse,
  type LoggedIn,
  type TestApp,
} from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';
import { SCDL_DELIBERATIONS_COLUMNS, validateDeliberations } from './scdl-deliberations.rules';

const UNKNOWN = '00000000-0000-4000-8000-00000000f00d';

const xmlText = (xml: string) =>
  xml
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/’/g, "'");

/** Governance through HTTP: bodies, members, a session end to end, the extract (PDF, DOCX), SCDL délibérations, errors as problems. */
describeEachEngine('governance API', (engine) => {
  let built: TestApp;
  let manager: LoggedIn, agent: LoggedIn, coordinator: LoggedIn, outsider: LoggedIn;
  let conventionId: string, bodies: BodySummary[], seedDecision: DecisionView;
  const seen: InjectResponse[] = [];

  const call = async (promise: Promise<InjectResponse>) => {
    const response = await promise;
    seen.push(response);
    return response;
  };
  const ok = async <T>(promise: Promise<InjectResponse>, status = 200): Promise<T> => {
    const response = await call(promise);
    expect({ status: response.statusCode, body: response.statusCode === status ? null : response.body }).toEqual({
      status,
      body: null,
    });
    return response.json() as T;
  };
  const problem = async (promise: Promise<InjectResponse>, status: number, code: string) =>
    expectProblem(await call(promise), status, code);
  const body = (code: string) => bodies.find((b) => b.code === code)!;

  beforeAll(async () => {
    built = await buildTestApp(engine);
    const orgs = await engine.db.selectFrom('organisations').select(['id', 'siret']).execute();
    const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
    const officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
    const other = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office voisin' });
    const login = async (roles: Parameters<typeof createTestUser>[1]['roles'], organisationId: string) => {
      const user = await createTestUser(engine.db, { roles, organisationId });
      return loginAs(built.app, user.email, user.password);
    };
    manager = await login(['office_manager'], officeId);
    agent = await login(['office_agent'], officeId);
    coordinator = await login(['coordinator'], departmentId);
    outsider = await login(['office_manager'], other.id);
    conventionId = (await ok<{ id: string; periodStart: string }[]>(agent.inject('GET', '/api/conventions'))).find(
      (c) => c.periodStart === '2024-01-01',
    )!.id;
    bodies = await ok<BodySummary[]>(agent.inject('GET', `/api/conventions/${conventionId}/bodies`));
    seedDecision = (await ok<DecisionView[]>(agent.inject('GET', `/api/conventions/${conventionId}/decisions`))).find(
      (d) => d.reference === 'CA-2024-001',
    )!;
  });
  afterAll(async () => {
    expect(seen.filter((r) => r.statusCode >= 500).map((r) => r.body)).toEqual([]);
    await built?.close();
  });

  it('generates the extract of the seed decision as PDF and as DOCX', async () => {
    const pdf = await call(agent.inject('GET', `/api/decisions/${seedDecision.id}/extract.pdf`));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toMatch(/^attachment; filename="extrait-CA-2024-001\.pdf"/);
    expect(pdf.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const docx = await call(agent.inject('GET', `/api/decisions/${seedDecision.id}/extract.docx`));
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(docx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    const xml = unzipEntry(docx.rawPayload, 'word/document.xml');
    expect(xml).not.toBeNull();
    const text = xmlText(xml!);
    for (const expected of [
      "DÉCISION EXTRAITE DU PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'ADMINISTRATION",
      'SÉANCE DU 16 FÉVRIER 2024',
      'Président : Monsieur COTTIGNY',
      'Excusés : Monsieur PILCH qui a donné pouvoir à Monsieur COTTIGNY, Madame VAN HEGHE qui a donné pouvoir à Monsieur MELLICK.',
      'Monsieur CAGIN.',
      'Rapporteur : M. FONTALIRAND Bruno',
      "n'ayant pas participé",
      'Ce sont Monsieur Jean-Claude LEROY, Monsieur Jean-Louis COTTIGNY, Monsieur Olivier BARBARIN, Monsieur Alexandre MALFAIT, Madame Fatima AIT-CHIKHEBBIH et Madame Sylvie MEYFROIDT-LEFAIT.',
      "Décision adoptée à l'unanimité",
      'Bruno FONTALIRAND',
    ]) {
      expect(text).toContain(expected);
    }
    await problem(outsider.inject('GET', `/api/decisions/${seedDecision.id}/extract.pdf`), 404, 'NOT_FOUND');
    await problem(agent.inject('GET', `/api/decisions/${UNKNOWN}/extract.docx`), 404, 'NOT_FOUND');
  });

  it('records a session end to end and publishes the decisions in the SCDL « délibérations » format, every field checked', async () => {
    const members = await ok<MemberView[]>(agent.inject('GET', `/api/conventions/${conventionId}/members`));
    const id = (lastName: string) => members.find((m) => m.lastName === lastName)!.id;
    const board = [
      'COTTIGNY',
      'LEROY',
      'BAUDE',
      'BOUNY',
      'BRAS',
      'DHAUSSY',
      'DEFLANDRE',
      'DUBREUCQ',
      'DUCRON',
      'DUHEN',
      'GAILLARD',
      'GLORIAN',
      'LEFEBVRE',
      'LEROUGE',
      'MAQUET',
      'MELLICK',
      'MENU',
      'PANNIER',
      'PEZE',
      'ROSSIGNOL',
    ];
    const session = await ok<SessionView>(
      manager.inject('POST', `/api/bodies/${body('CA').id}/sessions`, {
        heldOn: '2024-06-27',
        place: 'Arras',
        convenedOn: '2024-06-18',
        items: [{ title: '=Garantie d’emprunt, résidence Les Tilleuls', matter: 'loan_guarantee', actesCode: '7.3' }],
      }),
      201,
    );
    expect(session.warnings).toEqual([]);
    await ok(
      manager.inject('PUT', `/api/sessions/${session.id}/attendance`, {
        entries: [
          ...board.map((n) => ({ memberId: id(n), status: 'present' })),
          { memberId: id('PILCH'), status: 'represented', proxyHolderId: id('COTTIGNY') },
        ],
      }),
    );
    const voted = await ok<SessionView>(
      manager.inject('PUT', `/api/agenda-items/${session.items[0]!.id}/vote`, {
        mode: 'totals',
        for: 15,
        against: 4,
        abstention: 2,
        notTakingPart: 0,
      }),
    );
    expect(voted.items[0]!.outcome?.wording).toBe(
      'Décision adoptée à la majorité (15 voix pour, 4 voix contre, 2 abstentions)',
    );
    const closed = await ok<SessionView>(manager.inject('POST', `/api/sessions/${session.id}/close`));
    const decisionId = closed.items[0]!.decisionId!;
    await ok(
      manager.inject('PATCH', `/api/decisions/${decisionId}`, {
        budgetYear: '2024',
        budgetName: 'Budget principal',
        url: 'https://www.pasdecalais-habitat.fr/deliberations/CA-2024-002.pdf',
      }),
    );
    await ok(
      manager.inject('PUT', `/api/decisions/${decisionId}/transmission`, {
        prefectureId: 'PREF062',
        transmittedOn: '2024-07-02',
      }),
    );

    const response = await call(agent.inject('GET', `/api/conventions/${conventionId}/exports/scdl-deliberations.csv`));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="deliberations-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(response.body.charCodeAt(0)).not.toBe(0xfeff);
    const table = readCsv(response.body, ',');
    expect(table[0]).toEqual(SCDL_DELIBERATIONS_COLUMNS);
    expect(validateDeliberations(table)).toEqual([]);
    const rows = table
      .slice(1)
      .map((cells) => Object.fromEntries(SCDL_DELIBERATIONS_COLUMNS.map((c, i) => [c, cells[i]])));
    expect(rows).toEqual([
      // The Département's plenary of 29 January 2024, from the seed: its count of votes is not known.
      {
        COLL_NOM: 'Département du Pas-de-Calais',
        COLL_SIRET: '22620001200012',
        DELIB_ID: 'CD-2024-001',
        DELIB_DATE: '2024-01-29',
        DELIB_MATIERE_CODE: '8.5',
        DELIB_MATIERE_NOM: 'domaines de compétences par thèmes/politique de la ville-habitat-logement',
        DELIB_OBJET: 'Convention de partenariat stratégique 2024-2033 avec Pas-de-Calais habitat',
        BUDGET_ANNEE: '',
        BUDGET_NOM: '',
        PREF_ID: '',
        PREF_DATE: '',
        VOTE_EFFECTIF: '',
        VOTE_REEL: '',
        VOTE_POUR: '',
        VOTE_CONTRE: '',
        VOTE_ABSTENTION: '',
        DELIB_URL: '',
      },
      {
        COLL_NOM: 'Pas-de-Calais habitat',
        COLL_SIRET: '34407767200022',
        DELIB_ID: 'CA-2024-001',
        DELIB_DATE: '2024-02-16',
        DELIB_MATIERE_CODE: '8.5',
        DELIB_MATIERE_NOM: 'domaines de compétences par thèmes/politique de la ville-habitat-logement',
        DELIB_OBJET: 'Convention de partenariat stratégique avec le Département du Pas-de-Calais',
        BUDGET_ANNEE: '',
        BUDGET_NOM: '',
        PREF_ID: '',
        PREF_DATE: '',
        VOTE_EFFECTIF: '27',
        VOTE_REEL: '19',
        VOTE_POUR: '19',
        VOTE_CONTRE: '0',
        VOTE_ABSTENTION: '0',
        DELIB_URL: '',
      },
      {
        COLL_NOM: 'Pas-de-Calais habitat',
        COLL_SIRET: '34407767200022',
        DELIB_ID: 'CA-2024-002',
        DELIB_DATE: '2024-06-27',
        DELIB_MATIERE_CODE: '7.3',
        DELIB_MATIERE_NOM: 'finances locales/emprunts',
        // Open data carries the text as entered (issue #20): no apostrophe before "=".
        DELIB_OBJET: '=Garantie d’emprunt, résidence Les Tilleuls',
        BUDGET_ANNEE: '2024',
        BUDGET_NOM: 'Budget principal',
        PREF_ID: 'PREF062',
        PREF_DATE: '2024-07-02',
        VOTE_EFFECTIF: '27',
        VOTE_REEL: '21',
        VOTE_POUR: '15',
        VOTE_CONTRE: '4',
        VOTE_ABSTENTION: '2',
        DELIB_URL: 'https://www.pasdecalais-habitat.fr/deliberations/CA-2024-002.pdf',
      },
    ]);
    const audit = await engine.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_id', '=', conventionId)
      .where('action', '=', 'export')
      .execute();
    expect(audit.map((e) => e.after)).toContainEqual({
      export: 'scdl-deliberations',
      rows: 3,
      decisions: ['CD-2024-001', 'CA-2024-001', 'CA-2024-002'],
    });
    await problem(
      outsider.inject('GET', `/api/conventions/${conventionId}/exports/scdl-deliberations.csv`),
      404,
      'NOT_FOUND',
    );
  });

  it('answers bad input with French problems: 400, 403, 404, 409, 422, never 500', async () => {
    const ca = body('CA').id;
    const members = await ok<MemberView[]>(agent.inject('GET', `/api/conventions/${conventionId}/members`));
    const id = (lastName: string) => members.find((m) => m.lastName === lastName)!.id;
    const missing = await problem(
      manager.inject('POST', `/api/bodies/${ca}/sessions`, { place: 'Arras' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(missing.errors?.[0]?.field).toBe('heldOn');
    expect(
      (
        await problem(
          manager.inject('POST', `/api/bodies/${ca}/sessions`, { heldOn: '16/02/2024' }),
          400,
          'VALIDATION_FAILED',
        )
      ).detail,
    ).toContain('date invalide (AAAA-MM-JJ)');
    expect(
      (
        await problem(
          manager.inject('POST', `/api/bodies/${ca}/sessions`, {
            heldOn: '2024-09-01',
            items: [{ title: 'x', actesCode: '12.4' }],
          }),
          400,
          'VALIDATION_FAILED',
        )
      ).detail,
    ).toContain('Code ACTES inconnu');
    await problem(
      manager.inject('POST', `/api/conventions/${conventionId}/bodies`, {
        kind: 'senate',
        name: 'x',
        code: 'X',
        side: 'landlord',
      }),
      400,
      'VALIDATION_FAILED',
    );
    await problem(
      manager.inject('POST', `/api/conventions/${conventionId}/bodies`, {
        kind: 'oph_board',
        name: 'Autre',
        code: 'CA',
        side: 'landlord',
      }),
      409,
      'CONFLICT',
    );
    const created = await ok<{ id: string }>(
      manager.inject('POST', `/api/conventions/${conventionId}/bodies`, {
        kind: 'thematic_meeting',
        name: 'Réunion territoriale Artois',
        code: 'RT-ARTOIS',
        side: 'joint',
      }),
      201,
    );
    expect((await ok<BodySummary>(agent.inject('GET', `/api/bodies/${created.id}`))).rules.deliberative).toBe(false);
    await problem(
      coordinator.inject('POST', `/api/conventions/${conventionId}/bodies`, {
        kind: 'oph_board',
        name: 'x',
        code: 'Y',
        side: 'landlord',
      }),
      403,
      'FORBIDDEN',
    );
    await problem(
      manager.inject('POST', `/api/conventions/${conventionId}/members`, {
        civility: 'Mme',
        lastName: 'Meyfroidt Lefait',
        firstName: 'Sylvie',
      }),
      409,
      'CONFLICT',
    );
    await problem(
      manager.inject('POST', `/api/members/${id('PILCH')}/spellings`, { spelling: 'COTTIGNY' }),
      409,
      'CONFLICT',
    );
    const resolved = await ok<{ match: string; members: MemberView[] }>(
      agent.inject(
        'GET',
        `/api/conventions/${conventionId}/members/resolve?name=${encodeURIComponent('Madame Fatima AIT CHIKHEBI')}`,
      ),
    );
    expect(resolved.members.map((m) => m.lastName)).toEqual(['AIT-CHIKHEBBIH']);

    const session = await ok<SessionView>(
      manager.inject('POST', `/api/bodies/${ca}/sessions`, {
        heldOn: '2024-10-10',
        convenedOn: '2024-10-08',
        items: [{ title: 'Point', matter: 'other' }],
      }),
      201,
    );
    expect(session.warnings).toEqual([
      "Convocation envoyée 1 jour franc avant la séance ; le règlement de l'instance en demande 5.",
    ]);
    const proxy = await problem(
      manager.inject('PUT', `/api/sessions/${session.id}/attendance`, {
        entries: [{ memberId: id('PILCH'), status: 'represented', proxyHolderId: id('CAGIN') }],
      }),
      422,
      'INVARIANT_VIOLATED',
    );
    expect(proxy.errors).toEqual([
      {
        field: 'entries.0.proxyHolderId',
        message: "Pouvoir de Monsieur PILCH à Monsieur CAGIN refusé : Monsieur CAGIN n'est pas présent à la séance.",
      },
    ]);
    await problem(
      manager.inject('PUT', `/api/sessions/${session.id}/attendance`, {
        entries: [{ memberId: id('PILCH'), status: 'maybe' }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    await problem(
      manager.inject('PUT', `/api/agenda-items/${session.items[0]!.id}/vote`, { mode: 'show_of_hands' }),
      400,
      'VALIDATION_FAILED',
    );
    await problem(
      manager.inject('PUT', `/api/agenda-items/${session.items[0]!.id}/vote`, {
        mode: 'totals',
        for: -1,
        against: 0,
        abstention: 0,
      }),
      400,
      'VALIDATION_FAILED',
    );
    const noQuorum = await problem(
      manager.inject('PUT', `/api/agenda-items/${session.items[0]!.id}/vote`, {
        mode: 'totals',
        for: 1,
        against: 0,
        abstention: 0,
      }),
      422,
      'INVARIANT_VIOLATED',
    );
    expect(noQuorum.detail).toBe(
      'Point 1 : Quorum non atteint : 0 présents ou représentés sur 27 membres en exercice ; il en faut 18 (au moins 2/3).',
    );
    await problem(
      manager.inject('POST', `/api/sessions/${session.id}/minutes-approval`, { approvedOn: '2024-11-01' }),
      409,
      'CONFLICT',
    );
    await problem(
      manager.inject('POST', `/api/sessions/${session.id}/second-convocation`, { heldOn: '2024-10-20' }),
      409,
      'CONFLICT',
    );
    await problem(
      manager.inject('PUT', `/api/decisions/${seedDecision.id}/transmission`, {
        prefectureId: 'Arras',
        transmittedOn: '2024-02-20',
      }),
      400,
      'VALIDATION_FAILED',
    );
    await problem(
      manager.inject('POST', `/api/decisions/${seedDecision.id}/corrections`, {
        field: 'title',
        value: 'x',
        reason: 'r',
      }),
      409,
      'CONFLICT',
    );
    await problem(
      manager.inject('POST', `/api/decisions/${seedDecision.id}/corrections`, {
        field: 'reference',
        value: 'x',
        reason: 'r',
      }),
      400,
      'VALIDATION_FAILED',
    );
    await problem(
      manager.inject('PUT', `/api/decisions/${seedDecision.id}/links`, {
        links: [{ targetType: 'loan_guarantee', targetId: UNKNOWN }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    await problem(agent.inject('PATCH', `/api/decisions/${seedDecision.id}`, { title: 'x' }), 403, 'FORBIDDEN');
    await problem(
      manager.inject('PATCH', `/api/decisions/${seedDecision.id}`, { title: 'x' }, { csrf: false }),
      403,
      'CSRF_TOKEN_INVALID',
    );
    await problem(manager.inject('GET', '/api/sessions/pas-un-id'), 400, 'VALIDATION_FAILED');
    await problem(manager.inject('GET', `/api/sessions/${UNKNOWN}`), 404, 'NOT_FOUND');
    await problem(
      manager.inject('POST', `/api/bodies/${body('COTECH').id}/meetings`, {
        heldOn: '2024-07-01',
        participants: [{ status: 'present' }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    await problem(manager.inject('PATCH', `/api/action-items/${UNKNOWN}`, { status: 'done' }), 404, 'NOT_FOUND');
  });

  it('documents every governance route in the OpenAPI description', async () => {
    const doc = (await call(built.app.inject({ method: 'GET', url: '/api/docs/json' }))).json() as {
      paths: Record<string, Record<string, { summary?: string }>>;
    };
    for (const path of [
      '/api/governance/reference',
      '/api/conventions/{id}/bodies',
      '/api/bodies/{id}/mandates',
      '/api/conventions/{id}/members/resolve',
      '/api/sessions/{id}/attendance',
      '/api/agenda-items/{id}/vote',
      '/api/sessions/{id}/second-convocation',
      '/api/decisions/{id}/corrections',
      '/api/decisions/{id}/extract.pdf',
      '/api/decisions/{id}/extract.docx',
      '/api/conventions/{id}/exports/scdl-deliberations.csv',
      '/api/meetings/{id}',
      '/api/action-items/{id}',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
      expect(
        Object.values(doc.paths[path]!).every((op) => (op.summary ?? '').length > 10),
        path,
      ).toBe(true);
    }
    const reference = await ok<{ ruleSets: { kind: string }[]; actesSubjects: unknown[] }>(
      agent.inject('GET', '/api/governance/reference'),
    );
    expect(reference.ruleSets).toHaveLength(7);
    expect(reference.actesSubjects.length).toBeGreaterThan(50);
  });
});

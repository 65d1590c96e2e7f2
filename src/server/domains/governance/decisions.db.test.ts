import type { Principal } from '../../kernel/principal';
import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/engines';
import { createMandate, createMember, getBody, listBodies, listMembers } from './bodies.service';
import {
  correctDecision,
  createDelegation,
  getDecision,
  listDecisions,
  recordTransmission,
  updateDecision,
} from './decisions.service';
import { extractFile } from './decision-files.service';
import { setLinks } from './decision-links.service';
import { createMeeting, getMeeting } from './meetings.service';
import {
  approveMinutes,
  closeSession,
  createSession,
  getSession,
  recordAttendance,
  recordVote,
} from './sessions.service';
import { auditActions, governanceWorld, refused, type GovernanceWorld } from './test-setup';

/** Decisions on both engines: numbering, read-only after the minutes, corrections, delegations and their warning, visibility. */
describeEachEngine('governance decisions', (engine) => {
  let w: GovernanceWorld;
  let boardMembers: string[];
  let bureauMember: string;

  /** A session of `bodyId` on `heldOn` where everyone present adopts each item unanimously; returns its decisions' ids. */
  async function adopt(
    who: Principal,
    bodyId: string,
    heldOn: string,
    items: { title: string; matter: 'funding_agreement' | 'amendment' | 'other'; matterYear?: number }[],
    members: string[],
  ) {
    const s = await createSession(engine.db, who, bodyId, { heldOn, items });
    await recordAttendance(engine.db, who, s.id, {
      entries: members.map((memberId) => ({ memberId, status: 'present' as const })),
    });
    for (const item of s.items)
      await recordVote(engine.db, who, item.id, {
        mode: 'totals',
        for: members.length,
        against: 0,
        abstention: 0,
        notTakingPart: 0,
      });
    const closed = await closeSession(engine.db, who, s.id);
    return { sessionId: s.id, decisionIds: closed.items.map((i) => i.decisionId!) };
  }

  beforeAll(async () => {
    w = await governanceWorld(engine.db);
    boardMembers = (await getBody(engine.db, w.officeManager, w.bodies.CA)).mandates.map((m) => m.member.id);
    bureauMember = (
      await createMember(engine.db, w.officeManager, w.conventionId, {
        civility: 'Mme',
        firstName: 'Anne',
        lastName: 'ARNAUD',
        aliases: [],
      })
    ).id;
    await createMandate(engine.db, w.officeManager, w.bodies.BUREAU, {
      memberId: bureauMember,
      role: 'president',
      voting: true,
      startOn: '2024-01-01',
    });
  });

  it('numbers decisions per body and per year', async () => {
    const june = await adopt(
      w.officeManager,
      w.bodies.CA,
      '2024-06-20',
      [
        { title: 'Budget supplémentaire', matter: 'other' },
        { title: 'Avenant n° 1', matter: 'amendment' },
      ],
      boardMembers,
    );
    const next = await adopt(
      w.officeManager,
      w.bodies.CA,
      '2025-02-10',
      [{ title: 'Rapport annuel', matter: 'other' }],
      boardMembers,
    );
    const bureau = await adopt(
      w.officeManager,
      w.bodies.BUREAU,
      '2025-02-11',
      [{ title: 'Convention d’application 2025', matter: 'funding_agreement', matterYear: 2025 }],
      [bureauMember],
    );
    const all = await listDecisions(engine.db, w.officeAgent, w.conventionId, {});
    expect(all.map((d) => [d.reference, d.year, d.sequence, d.body.code])).toEqual([
      ['CD-2024-001', 2024, 1, 'CD'],
      ['CA-2024-001', 2024, 1, 'CA'],
      ['CA-2024-002', 2024, 2, 'CA'],
      ['CA-2024-003', 2024, 3, 'CA'],
      ['CA-2025-001', 2025, 1, 'CA'],
      ['BUREAU-2025-001', 2025, 1, 'BUREAU'],
    ]);
    expect([...june.decisionIds, ...next.decisionIds, ...bureau.decisionIds]).toEqual(all.slice(2).map((d) => d.id));
    expect(
      (await listDecisions(engine.db, w.officeAgent, w.conventionId, { year: 2025, bodyId: w.bodies.CA })).map(
        (d) => d.reference,
      ),
    ).toEqual(['CA-2025-001']);
  });

  it('cites the delegation a decision is taken under, and warns when a body decides a matter no delegation or rule gives it', async () => {
    const taken = await adopt(
      w.officeManager,
      w.bodies.BUREAU,
      '2025-03-03',
      [
        { title: 'Convention d’application 2026', matter: 'funding_agreement', matterYear: 2026 },
        { title: 'Avenant n° 2 à la convention', matter: 'amendment' },
        { title: 'Convention d’application 2023', matter: 'funding_agreement', matterYear: 2023 },
      ],
      [bureauMember],
    );
    const [under, beyond, before] = await Promise.all(
      taken.decisionIds.map((id) => getDecision(engine.db, w.officeAgent, id)),
    );
    expect(under!.delegation).toMatchObject({
      decisionReference: 'CA-2024-001',
      fromBody: { name: "Conseil d'administration" },
      matter: 'funding_agreement',
      fromYear: 2024,
    });
    expect(under!.warnings).toEqual([]);
    expect(beyond!.delegation).toBeNull();
    expect(beyond!.warnings).toEqual([
      "Bureau du Conseil d'administration décide d'une matière (« Avenant », 2025) que ni son règlement ni une délégation ne lui attribue.",
    ]);
    expect(before!.warnings[0]).toContain('2023');
    // The board itself decides amendments by its own rules: no warning.
    const board = await adopt(
      w.officeManager,
      w.bodies.CA,
      '2025-03-04',
      [{ title: 'Avenant n° 2', matter: 'amendment' }],
      boardMembers,
    );
    expect((await getDecision(engine.db, w.officeAgent, board.decisionIds[0]!)).warnings).toEqual([]);
    // A new delegation from the board makes later Bureau decisions on amendments regular.
    const delegating = await createDelegation(engine.db, w.officeManager, board.decisionIds[0]!, {
      toBodyId: w.bodies.BUREAU,
      matter: 'amendment',
      fromYear: 2025,
      description: 'Avenants de portée financière limitée.',
    });
    expect(delegating.delegationsGiven.map((d) => [d.toBody.name, d.matter])).toEqual([
      ["Bureau du Conseil d'administration", 'amendment'],
    ]);
    const later = await adopt(
      w.officeManager,
      w.bodies.BUREAU,
      '2025-04-01',
      [{ title: 'Avenant n° 3', matter: 'amendment' }],
      [bureauMember],
    );
    expect((await getDecision(engine.db, w.officeAgent, later.decisionIds[0]!)).delegation?.description).toBe(
      'Avenants de portée financière limitée.',
    );
    await refused(
      createDelegation(engine.db, w.officeManager, board.decisionIds[0]!, {
        toBodyId: w.bodies.CA,
        matter: 'other',
        description: 'x',
      }),
      'VALIDATION_FAILED',
    );
    await refused(
      createDelegation(engine.db, w.officeManager, board.decisionIds[0]!, {
        toBodyId: w.bodies.COTECH,
        matter: 'other',
        description: 'x',
      }),
      'VALIDATION_FAILED',
    );
  });

  it('is editable until its minutes are approved, then read-only; later corrections are recorded as such', async () => {
    const { sessionId, decisionIds } = await adopt(
      w.officeManager,
      w.bodies.CA,
      '2025-05-15',
      [{ title: 'Garantie d’emprunt', matter: 'other' }],
      boardMembers,
    );
    const id = decisionIds[0]!;
    const edited = await updateDecision(engine.db, w.officeManager, id, {
      title: 'Garantie d’emprunt : résidence Les Tilleuls',
      actesCode: '7.3',
      budgetYear: '2025',
    });
    expect(edited).toMatchObject({
      title: 'Garantie d’emprunt : résidence Les Tilleuls',
      actesCode: '7.3',
      actesName: 'finances locales/emprunts',
      locked: false,
      can: { edit: true, correct: false },
    });
    const convention = await setLinks(engine.db, w.officeManager, id, {
      links: [{ targetType: 'convention', targetId: w.conventionId, relation: 'decides' }],
    });
    expect(convention.links.map((l) => l.targetType)).toEqual(['convention']);
    await refused(
      setLinks(engine.db, w.officeManager, id, {
        links: [{ targetType: 'amendment', targetId: w.conventionId, relation: 'decides' }],
      }),
      'VALIDATION_FAILED',
    );
    await refused(
      correctDecision(engine.db, w.officeManager, id, { field: 'title', value: 'x', reason: 'trop tôt' }),
      'CONFLICT',
    );

    await approveMinutes(engine.db, w.officeManager, sessionId, { approvedOn: '2025-06-20' });
    const locked = await refused(updateDecision(engine.db, w.officeManager, id, { title: 'Autre objet' }), 'CONFLICT');
    expect(locked.message).toContain('a été approuvé le 20/06/2025');
    await refused(setLinks(engine.db, w.officeManager, id, { links: [] }), 'CONFLICT');
    await refused(approveMinutes(engine.db, w.officeManager, sessionId, { approvedOn: '2025-06-21' }), 'CONFLICT');

    // The transmission to the prefecture is recorded after approval: it is not a change of the decision.
    const transmitted = await recordTransmission(engine.db, w.officeManager, id, {
      prefectureId: 'PREF062',
      transmittedOn: '2025-06-25',
    });
    expect(transmitted).toMatchObject({ prefectureId: 'PREF062', transmittedOn: '2025-06-25' });
    await refused(
      recordTransmission(engine.db, w.officeManager, id, { transmittedOn: '2025-05-01' }),
      'VALIDATION_FAILED',
    );

    const corrected = await correctDecision(engine.db, w.officeManager, id, {
      field: 'title',
      value: 'Garantie d’emprunt : résidence Les Tilleuls (Arras)',
      reason: 'Erreur matérielle : commune omise.',
    });
    expect(corrected.title).toBe('Garantie d’emprunt : résidence Les Tilleuls (Arras)');
    expect(corrected.corrections).toEqual([
      {
        id: expect.any(String),
        field: 'title',
        previous: 'Garantie d’emprunt : résidence Les Tilleuls',
        corrected: 'Garantie d’emprunt : résidence Les Tilleuls (Arras)',
        reason: 'Erreur matérielle : commune omise.',
        actorLabel: expect.stringContaining('Directeur de l’office'),
        correctedAt: expect.any(String),
      },
    ]);
    expect(corrected.can).toEqual({ edit: false, correct: true, transmit: true });
    await refused(
      correctDecision(engine.db, w.officeManager, id, { field: 'actesCode', value: '9.9', reason: 'x' }),
      'VALIDATION_FAILED',
    );
    expect(await auditActions(engine.db, id)).toEqual(['create', 'update', 'link', 'transmit', 'correct']);
    const docx = await extractFile(engine.db, w.officeAgent, id, 'docx');
    expect(docx.filename).toBe('extrait-CA-2025-003.docx');
  });

  it('shows nothing of the convention’s bodies to another landlord’s users', async () => {
    const [decision] = await listDecisions(engine.db, w.officeAgent, w.conventionId, {});
    const board = await getBody(engine.db, w.officeAgent, w.bodies.CA);
    const meeting = await createMeeting(engine.db, w.coordinator, w.bodies.COTECH, {
      heldOn: '2025-06-30',
      participants: [],
    });
    const attempts: (() => Promise<unknown>)[] = [
      () => listBodies(engine.db, w.outsider, w.conventionId),
      () => getBody(engine.db, w.outsider, w.bodies.CA),
      () => listMembers(engine.db, w.outsider, w.conventionId),
      () => getSession(engine.db, w.outsider, board.sessions[0]!.id),
      () => listDecisions(engine.db, w.outsider, w.conventionId, {}),
      () => getDecision(engine.db, w.outsider, decision!.id),
      () => extractFile(engine.db, w.outsider, decision!.id, 'pdf'),
      () => getMeeting(engine.db, w.outsider, meeting.id),
      () => updateDecision(engine.db, w.outsider, decision!.id, { title: 'x' }),
    ];
    for (const attempt of attempts) await refused(attempt(), 'NOT_FOUND');
    // The controller reads everything, writes nothing.
    expect((await listBodies(engine.db, w.controller, w.conventionId)).length).toBe(6);
    await refused(updateDecision(engine.db, w.controller, decision!.id, { title: 'x' }), 'FORBIDDEN');
  });
});

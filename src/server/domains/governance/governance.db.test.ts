import { beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../test/engines';
import { createMandate, createMember, getBody, listBodies, listMembers, resolveMember } from './bodies.service';
import { listDecisionTargets } from './decision-links.service';
import { getDecision, listDecisions } from './decisions.service';
import {
  addItem,
  approveMinutes,
  closeSession,
  convokeAgain,
  createSession,
  getSession,
  recordAttendance,
  recordRecusals,
  recordVote,
} from './sessions.service';
import { auditActions, governanceWorld, refused, type GovernanceWorld } from './test-setup';

/** Sessions through their services on both engines: the seed's session, a session end to end, proxies, quorum, second convocation. */
describeEachEngine('governance sessions', (engine) => {
  let w: GovernanceWorld;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    w = await governanceWorld(engine.db);
    // A Bureau of five: its president and four members.
    for (const [civility, firstName, lastName] of [
      ['Mme', 'Anne', 'ARNAUD'],
      ['M.', 'Bernard', 'BLONDEL'],
      ['Mme', 'Claire', 'CARON'],
      ['M.', 'Denis', 'DUPONT'],
      ['Mme', 'Élise', 'ÉVRARD'],
    ] as const) {
      people[lastName] = (
        await createMember(engine.db, w.officeManager, w.conventionId, { civility, firstName, lastName, aliases: [] })
      ).id;
      await createMandate(engine.db, w.officeManager, w.bodies.BUREAU, {
        memberId: people[lastName]!,
        role: lastName === 'ARNAUD' ? 'president' : 'member',
        voting: true,
        startOn: '2024-01-01',
      });
    }
  });

  it('loads the board session of 16 February 2024: 27 in office, 24 present, 2 represented, 1 excused, 6 not taking part, quorum reached, unanimity', async () => {
    const bodies = await listBodies(engine.db, w.officeAgent, w.conventionId);
    expect(bodies.map((b) => [b.code, b.kind, b.side])).toEqual([
      ['CA', 'oph_board', 'landlord'],
      ['BUREAU', 'oph_bureau', 'landlord'],
      ['CD', 'department_assembly', 'department'],
      ['CP', 'standing_committee', 'department'],
      ['COPIL', 'steering_committee', 'joint'],
      ['COTECH', 'technical_committee', 'joint'],
    ]);
    const board = await getBody(engine.db, w.officeAgent, w.bodies.CA);
    expect(board.sessions).toHaveLength(1);
    const s = await getSession(engine.db, w.officeAgent, board.sessions[0]!.id);
    expect({
      inOffice: s.membersInOffice,
      figures: s.figures,
      president: s.president?.formalName,
      status: s.status,
    }).toEqual({
      inOffice: 27,
      figures: { present: 24, represented: 2, excused: 1, absent: 0, notRecorded: 0 },
      president: 'Monsieur COTTIGNY',
      status: 'held',
    });
    expect(s.quorum).toMatchObject({ required: 18, counted: 26, reached: true });
    expect(
      s.attendance.filter((a) => a.proxyHolder).map((a) => `${a.member.formalName} → ${a.proxyHolder!.formalName}`),
    ).toEqual(['Monsieur PILCH → Monsieur COTTIGNY', 'Madame VAN HEGHE → Monsieur MELLICK']);
    const item = s.items[0]!;
    expect(item.rapporteur?.formalName).toBe('Monsieur FONTALIRAND');
    expect(item.recusals.map((r) => r.member.formalName)).toEqual([
      'Monsieur LEROY',
      'Monsieur COTTIGNY',
      'Monsieur BARBARIN',
      'Monsieur MALFAIT',
      'Madame AIT-CHIKHEBBIH',
      'Madame MEYFROIDT-LEFAIT',
    ]);
    expect({
      ...item.participation,
      proxies: item.participation.proxies.length,
      voidProxies: item.participation.voidProxies.map((p) => `${p.giver.lastName} : ${p.reason}`),
    }).toEqual({
      present: 18,
      represented: 1,
      notTakingPart: 6,
      voters: 19,
      proxies: 1,
      voidProxies: ['PILCH : le mandataire ne prend pas part à ce point'],
    });
    expect(item.quorum).toMatchObject({ counted: 19, required: 18, reached: true });
    expect(item.outcome).toEqual({ code: 'unanimity', adopted: true, wording: "Décision adoptée à l'unanimité" });
    const [decision] = await listDecisions(engine.db, w.officeAgent, w.conventionId, { bodyId: w.bodies.CA });
    expect(decision).toMatchObject({
      reference: 'CA-2024-001',
      decidedOn: '2024-02-16',
      actesCode: '8.5',
      votes: { for: 19, against: 0, abstention: 0, membersInOffice: 27, voters: 19 },
      locked: false,
      warnings: [],
    });
    expect(decision!.links.map((l) => [l.targetType, l.relation, l.label])).toEqual([
      [
        'convention',
        'decides',
        'Convention de partenariat stratégique 2024-2033 entre le Département du Pas-de-Calais et Pas-de-Calais habitat',
      ],
      ['allocation', 'takes_note', "Délibération d'application 2024 (investissement)"],
      ['allocation', 'takes_note', "Délibération d'application 2024 (fonctionnement)"],
    ]);
    expect(decision!.delegationsGiven.map((d) => [d.toBody.name, d.matter, d.fromYear])).toEqual([
      ["Bureau du Conseil d'administration", 'funding_agreement', 2024],
    ]);
  });

  it('loads the Département’s plenary of 29 January 2024: adopted, its count not known, deciding the convention, its envelopes and their 2024 allocations', async () => {
    const assembly = await getBody(engine.db, w.controller, w.bodies.CD);
    expect(assembly.sessions.map((s) => [s.heldOn, s.status])).toEqual([['2024-01-29', 'held']]);
    const s = await getSession(engine.db, w.controller, assembly.sessions[0]!.id);
    expect(s.items[0]!.outcome).toEqual({
      code: 'adopted_unrecorded',
      adopted: true,
      wording: 'Délibération adoptée (décompte des voix non connu)',
    });
    const [decision] = await listDecisions(engine.db, w.officeAgent, w.conventionId, { bodyId: w.bodies.CD });
    expect(decision).toMatchObject({ reference: 'CD-2024-001', decidedOn: '2024-01-29', actesCode: '8.5' });
    expect(decision!.links.map((l) => [l.targetType, l.relation, l.label])).toEqual([
      [
        'convention',
        'decides',
        'Convention de partenariat stratégique 2024-2033 entre le Département du Pas-de-Calais et Pas-de-Calais habitat',
      ],
      [
        'envelope',
        'decides',
        'Enveloppe : Autorisation de programme 2024-2033 : réhabilitation du parc (investissement)',
      ],
      ['allocation', 'decides', "Délibération d'application 2024 (investissement)"],
      ['envelope', 'decides', "Enveloppe : Autorisation d'engagement 2024-2033 : maintenance du parc (fonctionnement)"],
      ['allocation', 'decides', "Délibération d'application 2024 (fonctionnement)"],
    ]);
    // Each allocation points to the deliberation that voted it (and to the board's that took note of it).
    const targets = await listDecisionTargets(engine.db, w.officeAgent, w.conventionId);
    const allocation = decision!.links.find((l) => l.targetType === 'allocation')!.targetId;
    expect(
      targets
        .filter((t) => t.targetId === allocation)
        .map((t) => [t.decision.reference, t.relation, t.decision.body.name]),
    ).toEqual([
      ['CD-2024-001', 'decides', 'Conseil départemental'],
      ['CA-2024-001', 'takes_note', "Conseil d'administration"],
    ]);
    await refused(listDecisionTargets(engine.db, w.outsider, w.conventionId), 'NOT_FOUND');
  });

  it('the same person spelled two ways in the source is one member', async () => {
    const members = await listMembers(engine.db, w.coordinator, w.conventionId);
    const fatima = members.find((m) => m.lastName === 'AIT-CHIKHEBBIH')!;
    expect(fatima).toMatchObject({
      firstName: 'Fatima',
      spellings: ['AIT-CHIKHEBBIH', 'AIT CHIKHEBI'],
      mandates: [{ quality: 'Conseillère départementale', role: 'member' }],
    });
    expect(members.filter((m) => m.lastName.startsWith('AIT') || m.lastName.startsWith('MEYFROIDT'))).toHaveLength(2);
    const found = await resolveMember(engine.db, w.coordinator, w.conventionId, 'Madame Fatima AIT CHIKHEBI');
    expect(found).toMatchObject({ match: 'found', members: [{ id: fatima.id }] });
    expect(
      (await resolveMember(engine.db, w.coordinator, w.conventionId, 'Madame Sylvie MEYFROIDT LEFAIT')).members[0]!
        .lastName,
    ).toBe('MEYFROIDT-LEFAIT');
    expect((await resolveMember(engine.db, w.coordinator, w.conventionId, 'Monsieur INCONNU')).match).toBe('unknown');
    const duplicate = await refused(
      createMember(engine.db, w.officeManager, w.conventionId, {
        civility: 'Mme',
        firstName: 'Sylvie',
        lastName: 'Meyfroidt Lefait',
        aliases: [],
      }),
      'CONFLICT',
    );
    expect(duplicate.message).toContain('Madame MEYFROIDT-LEFAIT est déjà enregistré(e)');
    expect(members).toHaveLength(28 + 5);
  });

  it('creates a session end to end: agenda, convocation warning, attendance and proxy, recusal, votes per member and as totals, close, numbered decisions, audit', async () => {
    const created = await createSession(engine.db, w.officeManager, w.bodies.BUREAU, {
      heldOn: '2025-03-14',
      place: 'Arras, siège de l’office',
      convenedOn: '2025-03-11',
      items: [
        {
          title: 'Convention d’application 2025 (investissement)',
          matter: 'funding_agreement',
          matterYear: 2025,
          rapporteurMemberId: people.BLONDEL,
          draftDecision: 'Le Bureau approuve la convention.',
        },
        { title: 'Convention d’application 2025 (fonctionnement)', matter: 'funding_agreement', matterYear: 2025 },
      ],
    });
    expect(created.warnings).toEqual([
      "Convocation envoyée 2 jours francs avant la séance ; le règlement de l'instance en demande 5.",
    ]);
    expect(created.items.map((i) => i.warnings)).toEqual([[], []]);
    const [item1, item2] = created.items.map((i) => i.id) as [string, string];
    const session = await recordAttendance(engine.db, w.officeManager, created.id, {
      entries: [
        { memberId: people.ARNAUD!, status: 'present' },
        { memberId: people.BLONDEL!, status: 'present' },
        { memberId: people.CARON!, status: 'present', leftBeforeItemId: item2 },
        { memberId: people.DUPONT!, status: 'excused', proxyHolderId: people.BLONDEL },
        { memberId: people.ÉVRARD!, status: 'absent' },
      ],
    });
    expect(session.figures).toEqual({ present: 3, represented: 1, excused: 0, absent: 1, notRecorded: 0 });
    expect(session.quorum).toMatchObject({ required: 3, counted: 4, reached: true });
    await recordRecusals(engine.db, w.officeManager, item1, {
      recusals: [{ memberId: people.CARON!, ground: 'Administratrice d’une association bénéficiaire' }],
    });
    // Item 1: ARNAUD, BLONDEL and DUPONT (through BLONDEL) vote; a tie (1–1) settled by the president's casting vote.
    const voted = await recordVote(engine.db, w.officeManager, item1, {
      mode: 'per_member',
      votes: [
        { memberId: people.ARNAUD!, choice: 'for' },
        { memberId: people.BLONDEL!, choice: 'against' },
        { memberId: people.DUPONT!, choice: 'abstention' },
      ],
    });
    expect(voted.items[0]!.vote?.memberVotes.find((v) => v.member.lastName === 'DUPONT')?.castBy?.lastName).toBe(
      'BLONDEL',
    );
    expect(voted.items[0]!.outcome).toEqual({
      code: 'casting_vote',
      adopted: true,
      wording: 'Décision adoptée, la voix du président étant prépondérante (1 voix pour, 1 voix contre, 1 abstention)',
    });
    // Item 2: CARON has left; 3 voters.
    expect(
      (
        await refused(
          recordVote(engine.db, w.officeManager, item2, {
            mode: 'totals',
            for: 4,
            against: 0,
            abstention: 0,
            notTakingPart: 0,
          }),
          'INVARIANT_VIOLATED',
        )
      ).message,
    ).toContain('aux 3 votants');
    await recordVote(engine.db, w.officeManager, item2, {
      mode: 'totals',
      for: 2,
      against: 0,
      abstention: 1,
      notTakingPart: 0,
    });
    const closed = await closeSession(engine.db, w.officeManager, created.id);
    expect(closed.status).toBe('held');
    expect(closed.items.map((i) => i.outcome?.wording)).toEqual([
      'Décision adoptée, la voix du président étant prépondérante (1 voix pour, 1 voix contre, 1 abstention)',
      "Décision adoptée à l'unanimité des suffrages exprimés (1 abstention)",
    ]);
    const decisions = await listDecisions(engine.db, w.officeManager, w.conventionId, { bodyId: w.bodies.BUREAU });
    expect(decisions.map((d) => [d.reference, d.actesCode, d.delegation?.decisionReference, d.warnings])).toEqual([
      ['BUREAU-2025-001', '7.5', 'CA-2024-001', []],
      ['BUREAU-2025-002', '7.5', 'CA-2024-001', []],
    ]);
    expect(await auditActions(engine.db, created.id)).toEqual(['create', 'record_attendance', 'close']);
    expect(await auditActions(engine.db, item1)).toEqual(['record_recusals', 'record_vote']);
    await refused(addItem(engine.db, w.officeManager, created.id, { title: 'Trop tard', matter: 'other' }), 'CONFLICT');
    await approveMinutes(engine.db, w.officeManager, created.id, { approvedOn: '2025-04-10' });
    expect((await getDecision(engine.db, w.officeManager, decisions[0]!.id)).locked).toBe(true);
  });

  it('refuses a proxy to an absent member, a second proxy to the same holder, a proxy from a member who is present', async () => {
    const s = await createSession(engine.db, w.officeManager, w.bodies.BUREAU, {
      heldOn: '2025-05-02',
      convenedOn: '2025-04-20',
      items: [{ title: 'Point', matter: 'funding_agreement', matterYear: 2025 }],
    });
    const attendance = (
      entries: { memberId: string; status: 'present' | 'represented' | 'excused' | 'absent'; proxyHolderId?: string }[],
    ) => recordAttendance(engine.db, w.officeManager, s.id, { entries });
    const toAbsent = await refused(
      attendance([
        { memberId: people.ARNAUD!, status: 'excused' },
        { memberId: people.BLONDEL!, status: 'represented', proxyHolderId: people.ARNAUD! },
      ]),
      'INVARIANT_VIOLATED',
    );
    expect(toAbsent.fieldErrors).toEqual([
      {
        field: 'entries.1.proxyHolderId',
        message: "Pouvoir de Monsieur BLONDEL à Madame ARNAUD refusé : Madame ARNAUD n'est pas présente à la séance.",
      },
    ]);
    const second = await refused(
      attendance([
        { memberId: people.ARNAUD!, status: 'present' },
        { memberId: people.BLONDEL!, status: 'represented', proxyHolderId: people.ARNAUD! },
        { memberId: people.CARON!, status: 'represented', proxyHolderId: people.ARNAUD! },
      ]),
      'INVARIANT_VIOLATED',
    );
    expect(second.message).toBe(
      'Pouvoir de Madame CARON à Madame ARNAUD refusé : Madame ARNAUD détient déjà un pouvoir (1 au plus par membre présent).',
    );
    const fromPresent = await refused(
      attendance([
        { memberId: people.ARNAUD!, status: 'present' },
        { memberId: people.BLONDEL!, status: 'present', proxyHolderId: people.ARNAUD! },
      ]),
      'INVARIANT_VIOLATED',
    );
    expect(fromPresent.message).toContain('Monsieur BLONDEL est présent à la séance');
    const board = (await getBody(engine.db, w.officeManager, w.bodies.CA)).mandates[0]!.member.id;
    expect(
      (await refused(attendance([{ memberId: board, status: 'present' }]), 'INVARIANT_VIOLATED')).message,
    ).toContain("n'est pas membre en exercice");
    expect((await getSession(engine.db, w.officeManager, s.id)).attendance).toEqual([]);
  });

  it('a session without quorum is recorded as such; its items are taken at a second convocation, without quorum', async () => {
    const s = await createSession(engine.db, w.officeManager, w.bodies.BUREAU, {
      heldOn: '2025-06-02',
      convenedOn: '2025-05-20',
      items: [
        { title: 'Convention d’application 2026', matter: 'funding_agreement', matterYear: 2026 },
        { title: 'Avenant n° 1', matter: 'amendment' },
      ],
    });
    const withTwo = await recordAttendance(engine.db, w.officeManager, s.id, {
      entries: [
        { memberId: people.ARNAUD!, status: 'present' },
        { memberId: people.BLONDEL!, status: 'excused' },
        { memberId: people.CARON!, status: 'absent' },
        { memberId: people.DUPONT!, status: 'absent' },
        { memberId: people.ÉVRARD!, status: 'represented', proxyHolderId: people.ARNAUD! },
      ],
    });
    expect(withTwo.quorum).toMatchObject({ required: 3, counted: 2, reached: false });
    expect(withTwo.warnings).toContain(
      'Quorum non atteint : 2 présents ou représentés sur 5 membres en exercice ; il en faut 3 (au moins 1/2).',
    );
    expect(withTwo.items[1]!.warnings[0]).toContain('que ni son règlement ni une délégation ne lui attribue');
    expect(
      (
        await refused(
          recordVote(engine.db, w.officeManager, withTwo.items[0]!.id, {
            mode: 'totals',
            for: 2,
            against: 0,
            abstention: 0,
            notTakingPart: 0,
          }),
          'INVARIANT_VIOLATED',
        )
      ).message,
    ).toContain('Quorum non atteint');
    const closed = await closeSession(engine.db, w.officeManager, s.id);
    expect({ status: closed.status, items: closed.items.map((i) => i.status) }).toEqual({
      status: 'no_quorum',
      items: ['postponed', 'postponed'],
    });
    await refused(convokeAgain(engine.db, w.officeManager, s.id, { heldOn: '2025-06-01' }), 'INVARIANT_VIOLATED');
    const second = await convokeAgain(engine.db, w.officeManager, s.id, {
      heldOn: '2025-06-09',
      convenedOn: '2025-06-03',
    });
    expect({
      convocation: second.convocation,
      first: second.firstSessionId,
      items: second.items.map((i) => [i.title, i.carriedFromItemId !== null]),
    }).toEqual({
      convocation: 'second',
      first: s.id,
      items: [
        ['Convention d’application 2026', true],
        ['Avenant n° 1', true],
      ],
    });
    const attended = await recordAttendance(engine.db, w.officeManager, second.id, {
      entries: [{ memberId: people.ARNAUD!, status: 'present' }],
    });
    expect(attended.quorum).toMatchObject({ reached: true, notRequired: true, counted: 1 });
    const done = await recordVote(engine.db, w.officeManager, second.items[0]!.id, {
      mode: 'totals',
      for: 1,
      against: 0,
      abstention: 0,
      notTakingPart: 0,
    });
    expect(done.items[0]!.outcome?.code).toBe('unanimity');
    await closeSession(engine.db, w.officeManager, second.id);
    const decisions = await listDecisions(engine.db, w.officeManager, w.conventionId, {
      bodyId: w.bodies.BUREAU,
      year: 2025,
    });
    expect(decisions.map((d) => [d.reference, d.decidedOn])).toEqual([
      ['BUREAU-2025-001', '2025-03-14'],
      ['BUREAU-2025-002', '2025-03-14'],
      ['BUREAU-2025-003', '2025-06-09'],
    ]);
    await refused(convokeAgain(engine.db, w.officeManager, second.id, { heldOn: '2025-07-01' }), 'CONFLICT');
  });

  it('lets only the body’s party write: the coordinator may not record the office’s board, a controller never writes', async () => {
    const input = { heldOn: '2025-09-01', items: [] };
    expect((await refused(createSession(engine.db, w.coordinator, w.bodies.CA, input), 'FORBIDDEN')).message).toContain(
      'chaque partie enregistre ses propres instances',
    );
    await refused(createSession(engine.db, w.controller, w.bodies.CD, input), 'FORBIDDEN');
    await refused(createSession(engine.db, w.officeAgent, w.bodies.CA, input), 'FORBIDDEN');
    expect(
      (await createSession(engine.db, w.coordinator, w.bodies.CD, { ...input, convenedOn: '2025-08-10' })).warnings,
    ).toEqual([]);
    expect(
      (await refused(createSession(engine.db, w.coordinator, w.bodies.COTECH, input), 'INVARIANT_VIOLATED')).message,
    ).toContain('ne délibère pas');
  });
});

import type { Transaction } from 'kysely';
import type { Matter } from '../../contracts/governance';
import { recordAudit, SYSTEM_ACTOR } from '../platform/audit';
import type { Database } from '../platform/db/schema';
import * as bodiesRepo from '../domains/governance/bodies.repository';
import * as decisionsRepo from '../domains/governance/decisions.repository';
import { decideOutcome, participationAt, votersOf, type Attendee } from '../domains/governance/governance.rules';
import { resolveName, spellingKeys } from '../domains/governance/names.rules';
import { defaultActesCode, RULE_SETS } from '../domains/governance/rule-sets';
import * as sessionsRepo from '../domains/governance/sessions.repository';
import { seedDepartmentDeliberation } from './reference-department-deliberation';

type Trx = Transaction<Database>;

/**
 * The governance of the reference convention, from ../shared/seed: the office board's session of
 * 16 February 2024 and its decision (the first page of the source), and the bodies Article 4 of the
 * convention sets up (COPIL, COTECH), with the Département's assembly and Commission permanente and
 * the board's Bureau, which the decision names.
 *
 * Nothing invented. The source gives each member's civility and name, first names only for the six
 * departmental councillors and the rapporteur, the president, who was present, excused with a
 * proxy (to whom) or excused without one, the six councillors who did not take part in the debates
 * and the vote, and « Décision adoptée à l'unanimité ». It gives no place, no convocation date, no
 * decision number, no mandate dates and no ACTES subject: those stay empty, except the decision's
 * Copil number (CA-2024-001, the first of the board in Copil, not the office's register number)
 * and its ACTES subject (8.5 « politique de la ville-habitat-logement », Copil's suggestion for a
 * partnership convention, to be checked by the office).
 *
 * Members in office: the board's statutory size is not in the source; its members in office are
 * the 27 it names (24 present + 2 excused with a proxy + 1 excused without), each with a mandate
 * running on the session's day and a deliberative vote.
 *
 * Spellings: the attendance list's spellings are canonical; the closing sentence writes
 * « MEYFROIDT LEFAIT » (the same key once normalised) and « AIT CHIKHEBI » (recorded as another
 * spelling of AIT-CHIKHEBBIH); both resolve to the same members.
 *
 * The vote: unanimity of those taking part. Taking part: the 18 members present who are not
 * departmental councillors, and the proxy of Mme VAN HEGHE held by M. MELLICK; M. PILCH's proxy is
 * void for this item, its holder M. COTTIGNY not taking part. Hence 19 « pour ».
 */

type SeedMember = {
  civility: 'M.' | 'Mme';
  firstName?: string;
  lastName: string;
  quality?: string;
  aliases?: string[];
};

const COUNCILLOR = { 'M.': 'Conseiller départemental', Mme: 'Conseillère départementale' } as const;
const councillor = (civility: 'M.' | 'Mme', firstName: string, lastName: string, aliases?: string[]): SeedMember => ({
  civility,
  firstName,
  lastName,
  quality: COUNCILLOR[civility],
  ...(aliases ? { aliases } : {}),
});

/** « Présents », in the order of the source. */
export const boardPresent: SeedMember[] = [
  councillor('M.', 'Jean-Louis', 'COTTIGNY'),
  councillor('M.', 'Jean-Claude', 'LEROY'),
  councillor('Mme', 'Fatima', 'AIT-CHIKHEBBIH', ['AIT CHIKHEBI']),
  councillor('M.', 'Olivier', 'BARBARIN'),
  { civility: 'M.', lastName: 'BAUDE' },
  { civility: 'Mme', lastName: 'BOUNY' },
  { civility: 'Mme', lastName: 'BRAS' },
  { civility: 'M.', lastName: 'DHAUSSY' },
  { civility: 'Mme', lastName: 'DEFLANDRE' },
  { civility: 'M.', lastName: 'DUBREUCQ' },
  { civility: 'M.', lastName: 'DUCRON' },
  { civility: 'Mme', lastName: 'DUHEN' },
  { civility: 'Mme', lastName: 'GAILLARD' },
  { civility: 'M.', lastName: 'GLORIAN' },
  { civility: 'Mme', lastName: 'LEFEBVRE' },
  { civility: 'Mme', lastName: 'LEROUGE' },
  councillor('M.', 'Alexandre', 'MALFAIT'),
  { civility: 'Mme', lastName: 'MAQUET' },
  { civility: 'M.', lastName: 'MELLICK' },
  { civility: 'Mme', lastName: 'MENU' },
  councillor('Mme', 'Sylvie', 'MEYFROIDT-LEFAIT'),
  { civility: 'M.', lastName: 'PANNIER' },
  { civility: 'M.', lastName: 'PEZE' },
  { civility: 'Mme', lastName: 'ROSSIGNOL' },
];

/** « Excusés », with the proxy each gave (as the source writes the holder). */
export const boardExcused: (SeedMember & { proxyTo: string | null })[] = [
  { civility: 'M.', lastName: 'PILCH', proxyTo: 'Monsieur COTTIGNY' },
  { civility: 'Mme', lastName: 'VAN HEGHE', proxyTo: 'Monsieur MELLICK' },
  { civility: 'M.', lastName: 'CAGIN', proxyTo: null },
];

export const boardPresident = 'Monsieur COTTIGNY';

/** « Les conseillers départementaux n'ayant pas participé aux débats et au vote. Ce sont … », spelled as the source does. */
export const notTakingPart = [
  'Monsieur Jean-Claude LEROY',
  'Monsieur Jean-Louis COTTIGNY',
  'Monsieur Olivier BARBARIN',
  'Monsieur Alexandre MALFAIT',
  'Madame Fatima AIT CHIKHEBI',
  'Madame Sylvie MEYFROIDT LEFAIT',
];
export const recusalGround =
  'Conseiller départemental : décision relative au partenariat avec le Département du Pas-de-Calais (n’a pas participé aux débats et au vote).';

export const rapporteur: SeedMember & { function: string } = {
  civility: 'M.',
  firstName: 'Bruno',
  lastName: 'FONTALIRAND',
  function: 'Directeur général',
};

export const referenceSession = { heldOn: '2024-02-16' };

export const referenceItem = {
  title: 'Convention de partenariat stratégique avec le Département du Pas-de-Calais',
  matter: 'convention' as Matter,
  matterYear: 2024,
};

/** The report read by the rapporteur, paragraph by paragraph (line breaks of the source joined). */
export const referenceReport: string[] = [
  'Les membres du Conseil d’administration de Pas-de-Calais habitat, lors de la réunion du 19 février 2021, ont approuvé une première convention de partenariat entre le Département et l’Office et avaient autorisé sa signature. La convention a été signée le 10 septembre 2021.',
  'Cette première convention qui couvrait la période allant du 1er janvier 2021 au 31 décembre 2023, avait pour objet, à la fois de souligner les coopérations existantes mais aussi de partager des objectifs stratégiques. Durant la période, différentes démarches ont été réalisées pour renforcer les coopérations existantes, par exemple la réalisation d’une étude stratégique et prospective, cofinancée par Pas-de-Calais habitat et le Département, sur les besoins en matière de logement par EPCI et par territoire. Cette étude a été l’occasion d’organiser en novembre 2022 des rencontres entre les maisons du Département et les directions territoriales de Pas-de-Calais Habitat pour partager le diagnostic et identifier les besoins des habitants. L’étude a été également présentée à l’occasion de la réunion des commissions thématiques du Conseil d’administration du 28 février 2023 dans les locaux du Département puis ensuite validée lors de la séance du Conseil d’administration du 17 mars 2023.',
  'Pas-de-Calais habitat et le Département ont dressé un bilan précis par objectif de la convention, dont voici la synthèse :',
  '« Soutenir l’accès et le maintien dans un logement adapté et favoriser l’inclusion durable ». Pour permettre la réalisation de cet objectif stratégique, la coopération entre Pas-de-Calais habitat et les services des Maisons départementales de la solidarité (MDS) à l’échelle territoriale se sont traduit par l’organisation en avril 2023 de temps d’échanges et de rencontres entre le personnel des Directions Territoriales de Pas-de-Calais habitat et celui des MDS. Des actions spécifiques ont été également menées sur certains territoires pour envisager la mobilisation de l’Office dans le cadre notamment de l’accueil social de proximité ;',
  '« Soutenir les parcours résidentiels des publics spécifiques » et l’accès au logement des publics « jeunes ». Pour permettre la réalisation de cet objectif stratégique, Pas-de-Calais habitat a poursuivi le déploiement de son dispositif spécifique pour les jeunes, avec le soutien financier du Département et a répondu à l’appel à projet du Département « solutions logement » pour les jeunes qui ont eu un parcours ASE ;',
  '« Renforcer le partenariat pour innover et être collectivement plus efficace dans la prévention des expulsions locatives ». Pour contribuer à cet objectif stratégique, l’Office a particulièrement sollicité le fonds de prévention des expulsions locatives créé par le Département en complément du fonds de solidarité logement et cela, notamment sur le territoire du bassin minier ;',
  '« Soutenir l’insertion sociale et professionnelle au profit des publics prioritaires du Département ». Concernant cet objectif stratégique, l’Office avait déjà fait le choix de généraliser une clause d’insertion dans l’ensemble de ses consultations, il avait également été acté la mise en place de chantiers écoles sur des travaux de rénovation de bâtiments.',
  'De manière plus générale, il est également important à rappeler que le Département se mobilise auprès de Pas-de-Calais habitat par le biais de la garantie d’emprunts qu’il apporte. Le capital restant dû par l’office, garanti par le Département, s’élève à 178 millions d’euros au 31 décembre 2023, soit 20% du total des encours « garantie » pour le logement social par la collectivité.',
  'Des discussions ont été engagées en 2023 entre le Département et l’Office dans la perspective de la conclusion d’un nouveau partenariat stratégique à long terme visant à permettre à l’Office d’assurer à la fois la mise en œuvre de son ambitieux de programme de réhabilitation, de continuer à réaliser des travaux d’amélioration de son parc locatif. Une première étape a été finalisée par la signature d’une convention de partenariat qui permet la remise en état de 400 logements vacants permettant à 400 familles, actuellement en attente d’un logement social, de bénéficier d’un logement rénové. Les premiers logements concernés par ce programme ont été remis en location.',
  'Dans la convention de partenariat 2024 – 2033, dont le projet est annexé au présent rapport, sont précisés à l’article 2, les objectifs stratégiques pour la prochaine décennie. La convention se décline en 4 objectifs stratégiques qui sont pleinement concordants avec les orientations stratégiques validées par le conseil d’administration de l’Office et notamment l’impérieux besoin de réhabiliter le parc de logements, les besoins des territoires en matière d’habitat et les enjeux des politiques publiques de solidarité départementale, notamment en matière d’insertion, de prise en charge du vieillissement ou de protection de l’enfance.',
  'La déclinaison de ces 4 objectifs se traduit par la mise en œuvre d’une enveloppe financière totale de 150 millions d’euros pour la période 2024 -2033. Cette enveloppe globale se décompose en une première part de 100 millions d’euros consacrées à l’investissement dans la réhabilitation et de 50 millions sous forme de subventions d’exploitation dédiées à la maintenance courante du parc au bénéfice des locataires en place.',
  '- L’accompagnement financier, sous forme d’une enveloppe de subvention d’investissement de 100 millions d’euros au cours des 10 prochaines années, permettra de réaliser le programme d’investissement dans les principaux programmes de réhabilitation conduits par l’office et de répondre, en concertation avec le Département, à des réponses d’accueil complémentaires au titre de la protection de l’enfance ou de l’adaptation d’une partie du parc à la dépendances ou au vieillissement.',
  '- L’accompagnement financier du Département sous la forme de subventions d’exploitation est destiné à amplifier l’effort de maintenance du parc locatif. Cette enveloppe permettra de continuer à améliorer le parc dont la rénovation n’est pas programmée dans le PMT de l’office et contribuera à renforcer l’équité entre les locataires de l’office. Le Département prévoit de consacrer 50 millions d’euros sur la période 2023 – 2034 au soutien de l’effort d’amélioration du parc locatif de l’office',
  'Au-delà de cette convention cadre et pour assurer la mise en œuvre opérationnelle de ce partenariat stratégique les deux parties conviennent de la mise en œuvre d’instances de suivi détaillées à l’article 4, notamment un comité de pilotage annuel et un comité de suivi semestriel. En complément de ces instances de suivi, la mise en œuvre de la convention cadre sera complétée de deux conventions annuelles, la première sera consacrée au financement du programme d’investissement et la seconde à l’accompagnement financier en exploitation. Ces conventions, et les rapports de présentation associés, permettront de dresser un bilan annuel de la convention d’application précédente et d’établir les montants annuels alloués au titre des deux enveloppes de financement.',
];

/** The decision, as the source writes it. */
export const referenceDecisionText: string[] = [
  "Au vu des éléments proposés et après en avoir délibéré, les membres du Conseil d'administration :",
  '– approuvent la conclusion d’un partenariat stratégique de 10 ans entre l’office et le Département du Pas-de-Calais et autorisent le Directeur général ou toute autre personne habilitée à signer cette convention et en fixer définitivement les clauses, charges et conditions.',
  '– prennent acte de la décision prise par l’assemblée délibérante départementale le 29 janvier 2024 d’octroyer à l’office une subvention 2024 de 4 millions d’euros au titre de la première tranche de l’enveloppe globale de 100 millions d’euros fléchées vers le soutien à l’investissement dans les programmes de réhabilitation et une subvention d’exploitation de 5 millions d’euros destinées à renforcer les efforts de maintenance du parc locatif de l’office. Les modalités de versement seront précisées dans les deux conventions d’application 2024.',
  '– délèguent au Bureau du Conseil d’administration les décisions relatives aux conventions d’application 2024 et ultérieures.',
];

export const referenceDelegation = {
  matter: 'funding_agreement' as Matter,
  fromYear: 2024,
  description: 'Les décisions relatives aux conventions d’application 2024 et ultérieures.',
};

export const referenceBodies = [
  {
    key: 'board',
    kind: 'oph_board',
    name: "Conseil d'administration",
    code: 'CA',
    side: 'landlord',
    signatoryName: 'Bruno FONTALIRAND',
    signatoryTitle: 'Directeur général',
  },
  {
    key: 'bureau',
    kind: 'oph_bureau',
    name: "Bureau du Conseil d'administration",
    code: 'BUREAU',
    side: 'landlord',
    signatoryName: null,
    signatoryTitle: null,
  },
  {
    key: 'assembly',
    kind: 'department_assembly',
    name: 'Conseil départemental',
    code: 'CD',
    side: 'department',
    signatoryName: null,
    signatoryTitle: null,
  },
  {
    key: 'committee',
    kind: 'standing_committee',
    name: 'Commission permanente',
    code: 'CP',
    side: 'department',
    signatoryName: null,
    signatoryTitle: null,
  },
  {
    key: 'copil',
    kind: 'steering_committee',
    name: 'Comité de pilotage',
    code: 'COPIL',
    side: 'joint',
    signatoryName: null,
    signatoryTitle: null,
  },
  {
    key: 'cotech',
    kind: 'technical_committee',
    name: 'Comité technique',
    code: 'COTECH',
    side: 'joint',
    signatoryName: null,
    signatoryTitle: null,
  },
] as const;

async function insertPerson(
  trx: Trx,
  conventionId: string,
  m: SeedMember & { function?: string },
  organisationId: string | null,
) {
  const member = await bodiesRepo.insertMember(trx, {
    convention_id: conventionId,
    civility: m.civility,
    first_name: m.firstName ?? null,
    last_name: m.lastName,
    organisation_id: organisationId,
    function: m.function ?? null,
    created_at: new Date(),
  });
  const spellings = [
    ...spellingKeys(m.firstName ?? null, m.lastName).map((key) => ({ spelling: m.lastName, key, canonical: true })),
    ...(m.aliases ?? []).flatMap((alias) =>
      spellingKeys(m.firstName ?? null, alias).map((key) => ({ spelling: alias, key, canonical: false })),
    ),
  ];
  await bodiesRepo.insertSpellings(
    trx,
    spellings.map((s) => ({
      member_id: member.id,
      convention_id: conventionId,
      spelling: s.spelling,
      name_key: s.key,
      canonical: s.canonical,
    })),
  );
  return member.id;
}

/** Loads the reference governance (see above) into the reference convention, in the seed's transaction. */
export async function seedGovernance(
  trx: Trx,
  conventionId: string,
  ids: { department: string; office: string },
): Promise<void> {
  const now = new Date();
  const bodyIds: Record<string, string> = {};
  for (const b of referenceBodies) {
    const { id } = await bodiesRepo.insertBody(trx, {
      convention_id: conventionId,
      kind: b.kind,
      name: b.name,
      code: b.code,
      side: b.side,
      rules: JSON.stringify(RULE_SETS[b.kind]),
      signatory_name: b.signatoryName,
      signatory_title: b.signatoryTitle,
      created_by: null,
      created_at: now,
    });
    bodyIds[b.key] = id;
    await recordAudit(trx, SYSTEM_ACTOR, {
      entityType: 'governance_body',
      entityId: id,
      action: 'seed',
      after: { ...b, rules: RULE_SETS[b.kind] },
    });
  }
  const boardId = bodyIds.board!;
  // The Département's plenary of 29 January 2024, which voted the convention before the board did.
  await seedDepartmentDeliberation(trx, conventionId, bodyIds.assembly!);

  // The board's 27 members in office and the rapporteur (the office's director general, no mandate).
  const board = [...boardPresent, ...boardExcused];
  const memberIds: string[] = [];
  for (const m of board) {
    const id = await insertPerson(trx, conventionId, m, null);
    memberIds.push(id);
    await bodiesRepo.insertMandate(trx, {
      body_id: boardId,
      member_id: id,
      role: m.lastName === 'COTTIGNY' ? 'president' : 'member',
      quality: m.quality ?? null,
      voting: true,
      start_on: null,
      end_on: null,
      created_at: now,
    });
  }
  const rapporteurId = await insertPerson(trx, conventionId, rapporteur, ids.office);
  await recordAudit(trx, SYSTEM_ACTOR, {
    entityType: 'governance_body',
    entityId: boardId,
    action: 'seed',
    after: { members: board.length, rapporteur: 'FONTALIRAND' },
  });

  const index = (await bodiesRepo.listSpellings(trx, conventionId)).map((s) => ({
    memberId: s.member_id,
    key: s.name_key,
  }));
  const resolve = (name: string) => {
    const found = resolveName(name, index);
    if (found.kind !== 'found') throw new Error(`Seed: « ${name} » does not designate one member (${found.kind}).`);
    return found.memberId;
  };

  // The session of 16 February 2024 and its one item.
  const { id: sessionId } = await sessionsRepo.insertSession(trx, {
    body_id: boardId,
    held_on: referenceSession.heldOn,
    place: null,
    convened_on: null,
    president_member_id: resolve(boardPresident),
    created_by: null,
    created_at: now,
  });
  const { id: itemId } = await sessionsRepo.insertItem(trx, {
    session_id: sessionId,
    position: 1,
    title: referenceItem.title,
    rapporteur_member_id: rapporteurId,
    report: referenceReport.join('\n\n'),
    draft_decision: referenceDecisionText.join('\n\n'),
    matter: referenceItem.matter,
    matter_year: referenceItem.matterYear,
    actes_code: defaultActesCode(referenceItem.matter),
  });
  const attendance = [
    ...boardPresent.map((m) => ({
      id: resolve(`${m.civility} ${m.lastName}`),
      status: 'present' as const,
      holder: null,
    })),
    ...boardExcused.map((m) => ({
      id: resolve(`${m.civility} ${m.lastName}`),
      status: m.proxyTo ? ('represented' as const) : ('excused' as const),
      holder: m.proxyTo ? resolve(m.proxyTo) : null,
    })),
  ];
  await sessionsRepo.replaceAttendance(
    trx,
    sessionId,
    attendance.map((a, position) => ({
      session_id: sessionId,
      member_id: a.id,
      position,
      status: a.status,
      proxy_holder_member_id: a.holder,
      arrived_at_item_id: null,
      left_before_item_id: null,
    })),
  );
  const recused = notTakingPart.map(resolve);
  await sessionsRepo.replaceRecusals(
    trx,
    itemId,
    recused.map((member_id) => ({ agenda_item_id: itemId, member_id, ground: recusalGround })),
  );

  // « Décision adoptée à l'unanimité »: every voter of the item for.
  const attendees: Attendee[] = attendance.map((a) => ({
    memberId: a.id,
    status: a.status,
    proxyHolderId: a.holder,
    voting: true,
    arrivedAt: null,
    leftBefore: null,
  }));
  const voters = votersOf(participationAt(attendees, new Set(recused), 1)).length;
  const counts = { for: voters, against: 0, abstention: 0, notTakingPart: 0 };
  const outcome = decideOutcome(RULE_SETS.oph_board.majority, counts, voters, null);
  if (outcome.code !== 'unanimity')
    throw new Error(`Seed: the reference vote should read unanimity, not ${outcome.code}.`);
  await sessionsRepo.updateItem(trx, itemId, {
    status: 'voted',
    vote_mode: 'totals',
    votes_for: counts.for,
    votes_against: 0,
    votes_abstention: 0,
    votes_not_taking_part: 0,
    president_vote: null,
    outcome: outcome.code,
  });
  await sessionsRepo.updateSession(trx, sessionId, { status: 'held', closed_at: now });
  await recordAudit(trx, SYSTEM_ACTOR, {
    entityType: 'governance_session',
    entityId: sessionId,
    action: 'seed',
    after: {
      heldOn: referenceSession.heldOn,
      present: boardPresent.length,
      excused: boardExcused.length,
      notTakingPart: recused.length,
      votesFor: counts.for,
    },
  });

  const { id: decisionId } = await decisionsRepo.insertDecision(trx, {
    body_id: boardId,
    agenda_item_id: itemId,
    year: 2024,
    sequence: 1,
    reference: 'CA-2024-001',
    decided_on: referenceSession.heldOn,
    title: referenceItem.title,
    text: referenceDecisionText.join('\n\n'),
    matter: referenceItem.matter,
    matter_year: referenceItem.matterYear,
    actes_code: defaultActesCode(referenceItem.matter),
    budget_year: null,
    budget_name: null,
    url: null,
    prefecture_id: null,
    transmitted_on: null,
    delegation_id: null,
    created_at: now,
  });
  // It approves the convention and takes note of the Département's 2024 allocations (4 M€ and 5 M€).
  const allocations = await trx
    .selectFrom('allocations')
    .innerJoin('envelopes', 'envelopes.id', 'allocations.envelope_id')
    .select('allocations.id')
    .where('envelopes.convention_id', '=', conventionId)
    .where('allocations.year', '=', 2024)
    .execute();
  await decisionsRepo.replaceLinks(trx, decisionId, [
    { decision_id: decisionId, target_type: 'convention', target_id: conventionId, relation: 'decides' },
    ...allocations.map((a) => ({
      decision_id: decisionId,
      target_type: 'allocation' as const,
      target_id: a.id,
      relation: 'takes_note' as const,
    })),
  ]);
  const { id: delegationId } = await bodiesRepo.insertDelegation(trx, {
    decision_id: decisionId,
    from_body_id: boardId,
    to_body_id: bodyIds.bureau!,
    matter: referenceDelegation.matter,
    from_year: referenceDelegation.fromYear,
    until_year: null,
    description: referenceDelegation.description,
    created_at: now,
  });
  await recordAudit(trx, SYSTEM_ACTOR, {
    entityType: 'governance_decision',
    entityId: decisionId,
    action: 'seed',
    after: { reference: 'CA-2024-001', outcome: outcome.code, links: 1 + allocations.length, delegationId },
  });
}

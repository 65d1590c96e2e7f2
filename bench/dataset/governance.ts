import type { VoteChoice } from '../../src/contracts/governance';
import { decideOutcome } from '../../src/server/domains/governance/governance.rules';
import { spellingKeys } from '../../src/server/domains/governance/names.rules';
import { COPIL_AGENDA, COTECH_PURPOSES, RULE_SETS } from '../../src/server/domains/governance/rule-sets';
import { boardExcused, boardPresent } from '../../src/server/seed/reference-governance';
import type { Agreement, Allocation } from './finance';
import { agreementSession, allocationSession, nthMonday } from './finance';
import { FIRST_NAMES, type Cast } from './people';
import { addDays, at, workingDay, yearOf, type Rng } from './random';
import { ref, type Cell, type SqlWriter } from './sql';

/**
 * The governance of the dataset: the office board's sessions (every member of the seed's board in
 * office, quorum reached, items voted unanimously, each adopted item a decision numbered per body
 * and year after the seed's CA-2024-001); the Commission permanente (members and mandates of its
 * own) voting the yearly allocations and funding agreements, its decisions linked to them; the
 * COPIL's yearly and the COTECH's quarterly meetings (no vote, no quorum) with participants,
 * decisions and action items followed up from one meeting to the next. Outcomes are those of
 * governance.rules for the counts recorded.
 */

const CP_LAST_NAMES = [
  'DELANNOY',
  'TELLIER',
  'BOCQUET',
  'DUQUESNOY',
  'HOCHART',
  'LEGRAND',
  'MARQUIS',
  'PRUVOST',
  'RINGOT',
  'SAVARY',
  'THOREL',
  'VERDIER',
  'WACHEUX',
  'BRICOUT',
  'CUVELIER',
  'DEGREVE',
  'FLAHAUT',
  'GODIN',
];
const CA_ITEMS = [
  "Programme de réhabilitation thermique de l'année",
  'Approbation du procès-verbal de la séance précédente',
  'Plan stratégique de patrimoine : état d’avancement',
  'Décision modificative du budget',
  'Rapport sur la politique d’attribution des logements',
  'Marchés de travaux d’entretien : autorisation de signer',
];
const MEETING_DECISIONS = [
  'Le comité valide le bilan présenté et la programmation des opérations de l’année suivante.',
  'Le comité demande un point d’étape sur les logements classés F avant la prochaine réunion.',
  'Le comité retient le calendrier des demandes de versement proposé par l’office.',
];
const ACTIONS = [
  'Transmettre la liste des opérations cofinancées livrées',
  'Préparer le projet de convention d’application',
  'Mettre à jour le tableau de suivi des logements F et G',
  'Organiser une visite de chantier avec les élus',
  'Consolider les justificatifs des versements de l’année',
];

interface Tables {
  members: Cell[][];
  spellings: Cell[][];
  mandates: Cell[][];
  sessions: Cell[][];
  items: Cell[][];
  attendance: Cell[][];
  decisions: Cell[][];
  links: Cell[][];
  meetingDecisions: Cell[][];
  actions: Cell[][];
  updates: Cell[][];
}

export async function writeGovernance(
  out: SqlWriter,
  allocations: Allocation[],
  agreements: Agreement[],
  cast: Cast,
  rng: Rng,
  asOf: string,
) {
  const t: Tables = {
    members: [],
    spellings: [],
    mandates: [],
    sessions: [],
    items: [],
    attendance: [],
    decisions: [],
    links: [],
    meetingDecisions: [],
    actions: [],
    updates: [],
  };
  const coordinator = cast.of('coordinator');

  // The Commission permanente's members, each with a mandate running over the whole period.
  const cp: string[] = CP_LAST_NAMES.map((lastName, i) => {
    const id = rng.uuid();
    const civility = i % 2 === 0 ? 'M.' : 'Mme';
    const firstName = FIRST_NAMES[(i * 7) % FIRST_NAMES.length]!;
    t.members.push([
      id,
      ref('convention'),
      civility,
      firstName,
      lastName,
      ref('department'),
      civility === 'M.' ? 'Conseiller départemental' : 'Conseillère départementale',
      at('2024-01-02'),
    ]);
    for (const key of spellingKeys(firstName, lastName)) t.spellings.push([id, ref('convention'), lastName, key, true]);
    t.mandates.push([
      rng.uuid(),
      ref('body:CP'),
      id,
      i === 0 ? 'president' : i === 1 ? 'vice_president' : 'member',
      null,
      true,
      '2021-07-01',
      null,
      at('2024-01-02'),
    ]);
    return id;
  });
  const board: Cell[] = [...boardPresent, ...boardExcused].map((m) => ref(`member:${m.lastName}`));
  const sequence = new Map<string, number>([['CA:2024', 1]]);

  /** A deliberative session: attendance with one proxy, items voted « pour » by every voter, a decision per item. */
  const session = (
    body: 'CA' | 'CP',
    heldOn: string,
    members: Cell[],
    president: Cell,
    items: {
      title: string;
      matter: string;
      year: number | null;
      actes: string | null;
      link?: { type: string; id: Cell };
    }[],
    approvedOn: string | null,
  ) => {
    const id = rng.uuid();
    t.sessions.push([
      id,
      ref(`body:${body}`),
      heldOn,
      body === 'CA' ? 'Siège de Pas-de-Calais habitat, Arras' : 'Hôtel du Département, Arras',
      addDays(heldOn, -14),
      'held',
      president,
      `Procès-verbal de la séance du ${heldOn.split('-').reverse().join('/')}.`,
      approvedOn,
      at(heldOn, 18),
      coordinator.id,
      at(addDays(heldOn, -20), 10),
    ]);
    const order = rng.shuffle(members.map((_, i) => i));
    const [givesProxy, excused] = [order[0]!, order[1]!];
    const holder = members.findIndex((_, i) => i !== givesProxy && i !== excused);
    members.forEach((m, i) =>
      t.attendance.push([
        id,
        m,
        i,
        i === givesProxy ? 'represented' : i === excused ? 'excused' : 'present',
        i === givesProxy ? members[holder]! : null,
      ]),
    );
    const voters = members.length - 1;
    const counts = { for: voters, against: 0, abstention: 0, notTakingPart: 0 };
    const rules = body === 'CA' ? RULE_SETS.oph_board : RULE_SETS.standing_committee;
    const outcome = decideOutcome(rules.majority, counts, voters, null as VoteChoice | null);
    const year = yearOf(heldOn);
    items.forEach((item, i) => {
      const itemId = rng.uuid();
      t.items.push([
        itemId,
        id,
        i + 1,
        item.title,
        body === 'CA' ? ref('member:FONTALIRAND') : null,
        `Rapport présenté à la séance : ${item.title.toLowerCase()}.`,
        `Le ${body === 'CA' ? "Conseil d'administration" : 'la Commission permanente'} approuve : ${item.title.toLowerCase()}.`,
        item.matter,
        item.year,
        item.actes,
        'voted',
        'totals',
        counts.for,
        0,
        0,
        0,
        null,
        outcome.code,
      ]);
      if (!outcome.adopted) return;
      const n = (sequence.get(`${body}:${year}`) ?? 0) + 1;
      sequence.set(`${body}:${year}`, n);
      const decisionId = rng.uuid();
      t.decisions.push([
        decisionId,
        ref(`body:${body}`),
        itemId,
        year,
        n,
        `${body}-${year}-${String(n).padStart(3, '0')}`,
        heldOn,
        item.title,
        `Adopté à l'unanimité : ${item.title.toLowerCase()}.`,
        item.matter,
        item.year,
        item.actes,
        at(heldOn, 18),
      ]);
      if (item.link) t.links.push([decisionId, item.link.type, item.link.id, 'decides']);
    });
  };

  // The board: four sessions a year after the seed's session of 16 February 2024.
  const caDates: string[] = [];
  for (let y = 2024; y <= yearOf(asOf); y++)
    for (const md of ['02-13', '06-19', '10-09', '12-11']) caDates.push(workingDay(`${y}-${md}`));
  const held = caDates.filter((d) => d > '2024-02-16' && d <= asOf);
  held.forEach((d, k) =>
    session(
      'CA',
      d,
      board,
      ref('member:COTTIGNY'),
      rng
        .shuffle([...CA_ITEMS])
        .slice(0, rng.int(2, 4))
        .map((title) => ({ title, matter: 'other', year: null, actes: null })),
      held[k + 1] ?? null,
    ),
  );

  // The Commission permanente: the allocations in January (2024's were voted by the assembly), the funding agreements in April.
  const kindLabel = { investment: 'investissement', operating: 'fonctionnement' } as const;
  for (let y = 2024; y <= yearOf(asOf); y++) {
    const yearAllocations = allocations.filter((a) => a.year === y && a.id !== null);
    if (y > 2024 && allocationSession(y) <= asOf) {
      session(
        'CP',
        allocationSession(y),
        cp,
        cp[0]!,
        yearAllocations.map((a) => ({
          title: `Délibération d'application ${y} : ${kindLabel[a.kind]}`,
          matter: 'allocation',
          year: y,
          actes: '7.5',
          link: { type: 'allocation', id: a.cell },
        })),
        null,
      );
    }
    const yearAgreements = agreements.filter((g) => g.year === y);
    if (yearAgreements.length > 0)
      session(
        'CP',
        agreementSession(y),
        cp,
        cp[0]!,
        yearAgreements.map((g) => ({
          title: `Convention financière d'application ${y} : ${kindLabel[g.kind]}`,
          matter: 'funding_agreement',
          year: y,
          actes: '7.5',
          link: { type: 'funding_agreement', id: g.id },
        })),
        null,
      );
  }

  // COPIL each December, COTECH each quarter: meetings, their decisions and action items.
  const meetings = (body: 'COPIL' | 'COTECH', dates: string[], agenda: string[], participants: Cell[]) => {
    const ids = dates.map(() => rng.uuid());
    dates.forEach((heldOn, k) => {
      const id = ids[k]!;
      t.sessions.push([
        id,
        ref(`body:${body}`),
        heldOn,
        'Arras',
        null,
        'planned',
        null,
        null,
        null,
        null,
        coordinator.id,
        at(addDays(heldOn, -30), 10),
      ]);
      agenda.forEach((title, i) =>
        t.items.push([
          rng.uuid(),
          id,
          i + 1,
          title,
          null,
          null,
          null,
          'other',
          null,
          null,
          'pending',
          null,
          null,
          null,
          null,
          null,
          null,
          null,
        ]),
      );
      participants.forEach((m, i) => t.attendance.push([id, m, i, rng.chance(0.1) ? 'excused' : 'present', null]));
      rng
        .shuffle([...MEETING_DECISIONS])
        .slice(0, rng.int(1, 3))
        .forEach((text, i) => t.meetingDecisions.push([rng.uuid(), id, null, i, text, coordinator.id, at(heldOn, 17)]));
      for (let a = rng.int(1, 3); a > 0; a--) {
        const actionId = rng.uuid();
        const due = addDays(heldOn, rng.int(45, 120));
        const next = dates[k + 1];
        const status =
          next && next < asOf && due < asOf
            ? rng.chance(0.85)
              ? 'done'
              : 'dropped'
            : rng.pick(['open', 'in_progress'] as const);
        const updatedOn = status === 'done' || status === 'dropped' ? next! : heldOn;
        t.actions.push([
          actionId,
          ref(`body:${body}`),
          id,
          rng.pick(ACTIONS),
          null,
          ref(rng.chance(0.6) ? 'office' : 'department'),
          due,
          status,
          coordinator.id,
          at(heldOn, 17),
          at(updatedOn, 17),
        ]);
        if (updatedOn !== heldOn)
          t.updates.push([
            rng.uuid(),
            actionId,
            ids[k + 1]!,
            status,
            status === 'done' ? 'Fait, présenté en séance.' : 'Abandonnée : sans objet.',
            coordinator.id,
            coordinator.displayName,
            at(updatedOn, 17),
          ]);
      }
    });
  };
  const copil: string[] = [];
  const cotech: string[] = [];
  for (let y = 2024; y <= yearOf(asOf); y++) {
    copil.push(nthMonday(y, 12, 2));
    for (const month of [3, 6, 9, 12]) cotech.push(addDays(nthMonday(y, month, 3), 2));
  }
  meetings(
    'COPIL',
    copil.filter((d) => d <= asOf),
    COPIL_AGENDA,
    [ref('member:COTTIGNY'), ref('member:FONTALIRAND'), ...cp.slice(0, 4)],
  );
  meetings(
    'COTECH',
    cotech.filter((d) => d <= asOf),
    COTECH_PURPOSES,
    [ref('member:FONTALIRAND'), ...cp.slice(4, 7)],
  );

  await out.insert(
    'governance_members',
    ['id', 'convention_id', 'civility', 'first_name', 'last_name', 'organisation_id', 'function', 'created_at'],
    t.members,
  );
  await out.insert(
    'governance_member_spellings',
    ['member_id', 'convention_id', 'spelling', 'name_key', 'canonical'],
    t.spellings,
  );
  await out.insert(
    'governance_mandates',
    ['id', 'body_id', 'member_id', 'role', 'quality', 'voting', 'start_on', 'end_on', 'created_at'],
    t.mandates,
  );
  await out.insert(
    'governance_sessions',
    [
      'id',
      'body_id',
      'held_on',
      'place',
      'convened_on',
      'status',
      'president_member_id',
      'minutes',
      'minutes_approved_on',
      'closed_at',
      'created_by',
      'created_at',
    ],
    t.sessions,
  );
  await out.insert(
    'governance_agenda_items',
    [
      'id',
      'session_id',
      'position',
      'title',
      'rapporteur_member_id',
      'report',
      'draft_decision',
      'matter',
      'matter_year',
      'actes_code',
      'status',
      'vote_mode',
      'votes_for',
      'votes_against',
      'votes_abstention',
      'votes_not_taking_part',
      'president_vote',
      'outcome',
    ],
    t.items,
  );
  await out.insert(
    'governance_attendance',
    ['session_id', 'member_id', 'position', 'status', 'proxy_holder_member_id'],
    t.attendance,
  );
  await out.insert(
    'governance_decisions',
    [
      'id',
      'body_id',
      'agenda_item_id',
      'year',
      'sequence',
      'reference',
      'decided_on',
      'title',
      'text',
      'matter',
      'matter_year',
      'actes_code',
      'created_at',
    ],
    t.decisions,
  );
  await out.insert('governance_decision_links', ['decision_id', 'target_type', 'target_id', 'relation'], t.links);
  await out.insert(
    'governance_meeting_decisions',
    ['id', 'session_id', 'agenda_item_id', 'position', 'text', 'created_by', 'created_at'],
    t.meetingDecisions,
  );
  await out.insert(
    'governance_action_items',
    [
      'id',
      'body_id',
      'session_id',
      'title',
      'owner_member_id',
      'owner_organisation_id',
      'due_on',
      'status',
      'created_by',
      'created_at',
      'updated_at',
    ],
    t.actions,
  );
  await out.insert(
    'governance_action_item_updates',
    ['id', 'action_item_id', 'session_id', 'status', 'comment', 'actor_id', 'actor_label', 'occurred_at'],
    t.updates,
  );
}

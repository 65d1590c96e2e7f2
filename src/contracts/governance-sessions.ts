import { z } from 'zod';
import {
  actesCode,
  actionItemStatuses,
  attendanceStatuses,
  bodyKinds,
  bodyRules,
  bodySides,
  civilities,
  count,
  delegationView,
  id,
  isoDate,
  itemStatuses,
  linkRelations,
  linkTargets,
  matters,
  optionalText,
  outcomeCodes,
  personRef,
  sessionStatuses,
  text,
  voteChoices,
  year,
} from './governance';

/** Governance, continued: sessions (agenda, attendance, proxies, recusals, votes), decisions, COPIL/COTECH meetings and action items. */
// ---------------------------------------------------------------------------------------------
// Sessions

export const agendaItemInput = z.object({
  title: text('Intitulé', 500),
  rapporteurMemberId: id('Rapporteur').nullable().optional(),
  report: optionalText('Rapport', 50000),
  draftDecision: optionalText('Projet de délibération', 20000),
  matter: z.enum(matters, 'Matière inconnue.').default('other'),
  matterYear: year('Année concernée').nullable().optional(),
  actesCode: actesCode.nullable().optional(),
});
export type AgendaItemInput = z.infer<typeof agendaItemInput>;
export const updateAgendaItemBody = agendaItemInput.partial();

export const createSessionBody = z.object({
  heldOn: isoDate('Date de la séance'),
  place: optionalText('Lieu', 300),
  convenedOn: isoDate('Date de convocation').nullable().optional(),
  presidentMemberId: id('Président de séance').nullable().optional(),
  items: z.array(agendaItemInput).max(100).default([]),
});
export const updateSessionBody = z.object({
  heldOn: isoDate('Date de la séance').optional(),
  place: optionalText('Lieu', 300),
  convenedOn: isoDate('Date de convocation').nullable().optional(),
  presidentMemberId: id('Président de séance').nullable().optional(),
});

export const attendanceBody = z.object({
  entries: z
    .array(
      z.object({
        memberId: id('Membre'),
        status: z.enum(attendanceStatuses, 'Présence : present, represented, excused ou absent.'),
        proxyHolderId: id('Mandataire').nullable().optional(),
        arrivedAtItemId: id("Point d'arrivée").nullable().optional(),
        leftBeforeItemId: id('Point de départ').nullable().optional(),
      }),
    )
    .max(500),
});
export type AttendanceBody = z.infer<typeof attendanceBody>;

export const recusalsBody = z.object({
  recusals: z.array(z.object({ memberId: id('Membre'), ground: text('Motif', 500) })).max(500),
});

export const voteBody = z.discriminatedUnion(
  'mode',
  [
    z.object({
      mode: z.literal('totals'),
      for: count('Pour'),
      against: count('Contre'),
      abstention: count('Abstentions'),
      notTakingPart: count('Ne prennent pas part au vote').default(0),
      /** How the president voted: needed to settle a tie by a casting vote. */
      presidentVote: z.enum(voteChoices).nullable().optional(),
    }),
    z.object({
      mode: z.literal('per_member'),
      votes: z
        .array(
          z.object({
            memberId: id('Membre'),
            choice: z.enum(voteChoices, 'Vote : for, against, abstention ou not_taking_part.'),
          }),
        )
        .max(500),
    }),
  ],
  'Mode de saisie : « totals » (totaux) ou « per_member » (vote de chaque membre).',
);
export type VoteBody = z.infer<typeof voteBody>;

export const secondConvocationBody = z.object({
  heldOn: isoDate('Date de la seconde séance'),
  convenedOn: isoDate('Date de convocation').nullable().optional(),
  place: optionalText('Lieu', 300),
});
export const minutesApprovalBody = z.object({ approvedOn: isoDate("Date d'approbation du procès-verbal") });

const countsView = z.object({
  for: z.number().int(),
  against: z.number().int(),
  abstention: z.number().int(),
  notTakingPart: z.number().int(),
});
export const quorumView = z.object({
  required: z.number().int().nullable(),
  counted: z.number().int(),
  base: z.number().int(),
  reached: z.boolean(),
  notRequired: z.boolean(),
  wording: z.string(),
});
export const attendanceView = z.object({
  member: personRef,
  status: z.enum(attendanceStatuses),
  proxyHolder: personRef.nullable(),
  arrivedAtItemId: z.string().nullable(),
  leftBeforeItemId: z.string().nullable(),
  voting: z.boolean(),
});
export const agendaItemView = z.object({
  id: z.string(),
  position: z.number().int(),
  title: z.string(),
  rapporteur: personRef.nullable(),
  report: z.string().nullable(),
  draftDecision: z.string().nullable(),
  matter: z.enum(matters),
  matterYear: z.number().int().nullable(),
  actesCode: z.string().nullable(),
  status: z.enum(itemStatuses),
  carriedFromItemId: z.string().nullable(),
  recusals: z.array(z.object({ member: personRef, ground: z.string() })),
  participation: z.object({
    present: z.number().int(),
    represented: z.number().int(),
    notTakingPart: z.number().int(),
    voters: z.number().int(),
    proxies: z.array(z.object({ giver: personRef, holder: personRef })),
    voidProxies: z.array(z.object({ giver: personRef, holder: personRef, reason: z.string() })),
  }),
  quorum: quorumView,
  vote: countsView
    .extend({
      mode: z.enum(['totals', 'per_member']),
      presidentVote: z.enum(voteChoices).nullable(),
      memberVotes: z.array(z.object({ member: personRef, choice: z.enum(voteChoices), castBy: personRef.nullable() })),
    })
    .nullable(),
  outcome: z.object({ code: z.enum(outcomeCodes), adopted: z.boolean(), wording: z.string() }).nullable(),
  decisionId: z.string().nullable(),
  warnings: z.array(z.string()),
});
export type AgendaItemView = z.infer<typeof agendaItemView>;

export const sessionView = z.object({
  id: z.string(),
  body: z.object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(bodyKinds),
    code: z.string(),
    side: z.enum(bodySides),
  }),
  conventionId: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  convenedOn: z.string().nullable(),
  noticeDays: z.number().int().nullable(),
  convocation: z.enum(['first', 'second']),
  firstSessionId: z.string().nullable(),
  status: z.enum(sessionStatuses),
  president: personRef.nullable(),
  minutesApprovedOn: z.string().nullable(),
  rules: bodyRules,
  membersInOffice: z.number().int(),
  votingMembersInOffice: z.number().int(),
  attendance: z.array(attendanceView),
  figures: z.object({
    present: z.number().int(),
    represented: z.number().int(),
    excused: z.number().int(),
    absent: z.number().int(),
    notRecorded: z.number().int(),
  }),
  quorum: quorumView,
  items: z.array(agendaItemView),
  warnings: z.array(z.string()),
  can: z.object({ manage: z.boolean() }),
});
export type SessionView = z.infer<typeof sessionView>;

// ---------------------------------------------------------------------------------------------
// Decisions

export const decisionLinkInput = z.object({
  targetType: z.enum(linkTargets, 'Objet lié inconnu.'),
  targetId: id('Objet lié'),
  relation: z.enum(linkRelations).default('decides'),
});
export const decisionLinksBody = z.object({ links: z.array(decisionLinkInput).max(50) });

export const updateDecisionBody = z.object({
  title: text('Objet', 500).optional(),
  text: text('Dispositif', 20000).optional(),
  actesCode: actesCode.nullable().optional(),
  matterYear: year('Année concernée').nullable().optional(),
  budgetYear: z
    .string()
    .trim()
    .regex(/^\d{4}(\/\d{4})?$/, 'Année budgétaire : AAAA ou AAAA/AAAA.')
    .nullable()
    .optional(),
  budgetName: optionalText('Budget', 300),
  url: z.url('Adresse du document : URL invalide.').max(2000).nullable().optional(),
});
export const transmissionBody = z.object({
  prefectureId: z
    .string()
    .trim()
    .regex(
      /^(PREF\d{2}[0-9AB]|SPREF\d{2}[0-9AB]\d|SGAR\d{2}[0-9AB])$/,
      'Autorité de contrôle : « PREFNNN », « SPREFNNNM » ou « SGARNNN » (ex. PREF062).',
    )
    .nullable()
    .optional(),
  transmittedOn: isoDate('Date de transmission'),
});
export const correctableFields = ['title', 'text', 'actesCode', 'budgetYear', 'budgetName', 'url'] as const;
export const correctionBody = z.object({
  field: z.enum(correctableFields, `Champ rectifiable : ${correctableFields.join(', ')}.`),
  value: z.string().trim().max(20000).nullable(),
  reason: text('Motif de la rectification', 2000),
});

export const decisionView = z.object({
  id: z.string(),
  reference: z.string(),
  year: z.number().int(),
  sequence: z.number().int(),
  decidedOn: z.string(),
  body: z.object({ id: z.string(), name: z.string(), code: z.string(), side: z.enum(bodySides) }),
  conventionId: z.string(),
  sessionId: z.string(),
  agendaItemId: z.string(),
  title: z.string(),
  text: z.string().nullable(),
  matter: z.enum(matters),
  matterYear: z.number().int().nullable(),
  actesCode: z.string().nullable(),
  actesName: z.string().nullable(),
  budgetYear: z.string().nullable(),
  budgetName: z.string().nullable(),
  url: z.string().nullable(),
  prefectureId: z.string().nullable(),
  transmittedOn: z.string().nullable(),
  outcome: z.object({ code: z.enum(outcomeCodes), wording: z.string() }),
  votes: countsView.extend({
    present: z.number().int(),
    represented: z.number().int(),
    membersInOffice: z.number().int(),
    voters: z.number().int(),
  }),
  links: z.array(
    z.object({
      targetType: z.enum(linkTargets),
      targetId: z.string(),
      relation: z.enum(linkRelations),
      label: z.string(),
    }),
  ),
  delegation: delegationView.nullable(),
  delegationsGiven: z.array(delegationView),
  corrections: z.array(
    z.object({
      id: z.string(),
      field: z.string(),
      previous: z.string().nullable(),
      corrected: z.string().nullable(),
      reason: z.string(),
      actorLabel: z.string(),
      correctedAt: z.string(),
    }),
  ),
  locked: z.boolean(),
  warnings: z.array(z.string()),
  can: z.object({ edit: z.boolean(), correct: z.boolean(), transmit: z.boolean() }),
});
export type DecisionView = z.infer<typeof decisionView>;

/** What the convention's decisions decide or take note of, each with its decision: an allocation points to its deliberation. */
export const decisionTargetView = z.object({
  targetType: z.enum(linkTargets),
  targetId: z.string(),
  relation: z.enum(linkRelations),
  decision: z.object({
    id: z.string(),
    reference: z.string(),
    decidedOn: z.string(),
    title: z.string(),
    body: z.object({ id: z.string(), name: z.string() }),
  }),
});
export type DecisionTargetView = z.infer<typeof decisionTargetView>;

export const decisionsQuery = z.object({
  bodyId: id('Instance').optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

// ---------------------------------------------------------------------------------------------
// COPIL / COTECH meetings and action items

export const participantInput = z
  .object({
    memberId: id('Participant').optional(),
    civility: z.enum(civilities).nullable().optional(),
    firstName: optionalText('Prénom', 100),
    lastName: z.string().trim().min(1).max(100).optional(),
    organisationId: id('Organisation').nullable().optional(),
    function: optionalText('Fonction', 200),
    status: z.enum(['present', 'excused', 'absent'], 'Présence : present, excused ou absent.').default('present'),
  })
  .refine((p) => p.memberId !== undefined || p.lastName !== undefined, {
    message: 'Indiquez un membre connu (memberId) ou un nom (lastName).',
    path: ['lastName'],
  });
export const createMeetingBody = z.object({
  heldOn: isoDate('Date de la réunion'),
  place: optionalText('Lieu', 300),
  /** Omitted: the body's default agenda (the COTECH's four purposes of Article 4). */
  agenda: z.array(text("Point de l'ordre du jour", 500)).max(50).optional(),
  participants: z.array(participantInput).max(200).default([]),
  /** Also invite the body's standing members (present by default; those already listed are kept once). */
  withStandingMembers: z.boolean('Membres permanents : oui ou non.').default(false),
});
export const updateMeetingBody = z.object({
  heldOn: isoDate('Date de la réunion').optional(),
  place: optionalText('Lieu', 300),
  minutes: optionalText('Compte rendu', 100000),
});
export const participantsBody = z.object({ participants: z.array(participantInput).max(200) });
export const meetingDecisionBody = z.object({
  text: text('Décision', 5000),
  agendaItemId: id('Point').nullable().optional(),
});
export const createActionItemBody = z.object({
  title: text('Action', 1000),
  ownerMemberId: id('Responsable').nullable().optional(),
  ownerOrganisationId: id('Organisation responsable').nullable().optional(),
  dueOn: isoDate("Date d'échéance").nullable().optional(),
});
export const updateActionItemBody = z.object({
  status: z.enum(actionItemStatuses, 'Statut : open, in_progress, done ou dropped.').optional(),
  dueOn: isoDate("Date d'échéance").nullable().optional(),
  comment: optionalText('Commentaire', 2000),
  /** The meeting where the follow-up was made. */
  meetingId: id('Réunion').nullable().optional(),
});
export const actionItemsQuery = z.object({ status: z.enum(actionItemStatuses).optional() });

export const actionItemView = z.object({
  id: z.string(),
  bodyId: z.string(),
  title: z.string(),
  owner: personRef.nullable(),
  ownerOrganisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(actionItemStatuses),
  overdue: z.boolean(),
  raisedAt: z.object({ meetingId: z.string(), heldOn: z.string() }),
  history: z.array(
    z.object({
      status: z.enum(actionItemStatuses),
      comment: z.string().nullable(),
      meetingId: z.string().nullable(),
      actorLabel: z.string(),
      occurredAt: z.string(),
    }),
  ),
});
export type ActionItemView = z.infer<typeof actionItemView>;

export const meetingView = z.object({
  id: z.string(),
  body: z.object({ id: z.string(), name: z.string(), kind: z.enum(bodyKinds), code: z.string() }),
  conventionId: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  minutes: z.string().nullable(),
  agenda: z.array(z.object({ id: z.string(), position: z.number().int(), title: z.string() })),
  participants: z.array(
    z.object({
      member: personRef,
      organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
      function: z.string().nullable(),
      status: z.enum(attendanceStatuses),
    }),
  ),
  decisions: z.array(z.object({ id: z.string(), text: z.string(), agendaItemId: z.string().nullable() })),
  actionItems: z.array(actionItemView),
  /** Action items of earlier meetings still open at this one: what to follow up. */
  followUp: z.array(actionItemView),
  previousMeetingId: z.string().nullable(),
  /** The COPIL's co-chairs, one per party (Article 4 §1); null for other bodies. */
  coChairs: z
    .object({
      department: z.object({ member: personRef, function: z.string().nullable() }).nullable(),
      landlord: z.object({ member: personRef, function: z.string().nullable() }).nullable(),
    })
    .nullable(),
  /**
   * For a COPIL held outside the 4th quarter (Article 4): the French warning of the clause's window
   * (the meeting is recorded and proves the year's COPIL all the same); null otherwise.
   */
  windowWarning: z.string().nullable(),
  can: z.object({ manage: z.boolean(), followUp: z.boolean() }),
});
export type MeetingView = z.infer<typeof meetingView>;

// ---------------------------------------------------------------------------------------------
// COPIL co-chairs and standing members

/** A person: a member known in the convention, or a name (a known spelling finds the person). */
export const personInput = z
  .object({
    memberId: id('Personne').optional(),
    civility: z.enum(civilities).nullable().optional(),
    firstName: optionalText('Prénom', 100),
    lastName: z.string().trim().min(1).max(100).optional(),
    function: optionalText('Fonction', 200),
  })
  .refine((p) => p.memberId !== undefined || p.lastName !== undefined, {
    message: 'Indiquez une personne connue (memberId) ou un nom (lastName).',
    path: ['lastName'],
  });
export type PersonInput = z.infer<typeof personInput>;

/** Article 4 §1: the COPIL is co-chaired by a representative of each party. */
export const coChairsBody = z.object({
  department: personInput.nullable(),
  landlord: personInput.nullable(),
});
export const coChairView = z.object({ member: personRef, function: z.string().nullable() });
export const coChairsView = z.object({ department: coChairView.nullable(), landlord: coChairView.nullable() });

export const standingMemberInput = z
  .object({
    memberId: id('Personne').optional(),
    civility: z.enum(civilities).nullable().optional(),
    firstName: optionalText('Prénom', 100),
    lastName: z.string().trim().min(1).max(100).optional(),
    organisationId: id('Organisation').nullable().optional(),
    function: optionalText('Fonction', 200),
    service: optionalText('Service', 200),
    role: optionalText('Rôle', 300),
  })
  .refine((p) => p.memberId !== undefined || p.lastName !== undefined, {
    message: 'Indiquez une personne connue (memberId) ou un nom (lastName).',
    path: ['lastName'],
  });
export const standingMembersBody = z.object({ members: z.array(standingMemberInput).max(100) });
export const standingMemberView = z.object({
  member: personRef,
  organisation: z.object({ id: z.string(), name: z.string() }).nullable(),
  function: z.string().nullable(),
  service: z.string().nullable(),
  role: z.string().nullable(),
});
export const standingMembersView = z.object({
  bodyId: z.string(),
  members: z.array(standingMemberView),
  can: z.object({ manage: z.boolean() }),
});
export type StandingMembersView = z.infer<typeof standingMembersView>;

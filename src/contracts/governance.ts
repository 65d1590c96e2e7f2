import { z } from 'zod';

/**
 * Governance: bodies and their rules, members (identities with spellings) and mandates, sessions
 * (agenda, attendance, proxies, recusals, votes), decisions (numbering, ACTES subject, links,
 * delegations, transmission, corrections), COPIL/COTECH meetings and their action items.
 */

export const isoDate = (label: string) => z.iso.date(`${label} : date invalide (AAAA-MM-JJ).`);
export const text = (label: string, max: number) =>
  z
    .string(`${label} : texte attendu.`)
    .trim()
    .min(1, `${label} : obligatoire.`)
    .max(max, `${label} : ${max} caractères au plus.`);
export const optionalText = (label: string, max: number) =>
  z.string(`${label} : texte attendu.`).trim().max(max, `${label} : ${max} caractères au plus.`).nullable().optional();
export const id = (label: string) => z.uuid(`${label} : identifiant invalide.`);
export const count = (label: string) =>
  z
    .number(`${label} : nombre attendu.`)
    .int(`${label} : nombre entier attendu.`)
    .min(0, `${label} : nombre positif ou nul attendu.`)
    .max(10000);
export const year = (label: string) =>
  z
    .number(`${label} : année attendue.`)
    .int(`${label} : année entière attendue.`)
    .min(2000, `${label} : année invalide.`)
    .max(2100, `${label} : année invalide.`);

// ---------------------------------------------------------------------------------------------
// Vocabulary

export const bodyKinds = [
  'oph_board',
  'oph_bureau',
  'department_assembly',
  'standing_committee',
  'steering_committee',
  'technical_committee',
  'thematic_meeting',
] as const;
export type BodyKind = (typeof bodyKinds)[number];
export const bodyKindLabels: Record<BodyKind, string> = {
  oph_board: "Conseil d'administration d'un office public de l'habitat",
  oph_bureau: "Bureau du conseil d'administration d'un office public de l'habitat",
  department_assembly: 'Assemblée plénière du Conseil départemental',
  standing_committee: 'Commission permanente du Conseil départemental',
  steering_committee: 'Comité de pilotage (COPIL)',
  technical_committee: 'Comité technique (COTECH)',
  thematic_meeting: 'Réunion partenariale thématique ou territoriale',
};

/** Whose body it is: the Département's, the landlord's, or a joint body of the convention. */
export const bodySides = ['department', 'landlord', 'joint'] as const;
export type BodySide = (typeof bodySides)[number];

/** What a decision is about, for competences and delegations. */
export const matters = [
  'convention',
  'amendment',
  'allocation',
  'funding_agreement',
  'loan_guarantee',
  'delegation',
  'other',
] as const;
export type Matter = (typeof matters)[number];
export const matterLabels: Record<Matter, string> = {
  convention: 'Convention de partenariat',
  amendment: 'Avenant',
  allocation: "Délibération d'application (montants annuels)",
  funding_agreement: "Convention d'application (convention financière annuelle)",
  loan_guarantee: "Garantie d'emprunt",
  delegation: 'Délégation de pouvoirs',
  other: 'Autre',
};

export const mandateRoles = ['president', 'vice_president', 'member'] as const;
export type MandateRole = (typeof mandateRoles)[number];
export const mandateRoleLabels: Record<MandateRole, string> = {
  president: 'Président',
  vice_president: 'Vice-président',
  member: 'Membre',
};

export const civilities = ['M.', 'Mme'] as const;
export type Civility = (typeof civilities)[number];

export const attendanceStatuses = ['present', 'represented', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];
export const attendanceStatusLabels: Record<AttendanceStatus, string> = {
  present: 'Présent',
  represented: 'Représenté (pouvoir)',
  excused: 'Excusé',
  absent: 'Absent',
};

export const voteChoices = ['for', 'against', 'abstention', 'not_taking_part'] as const;
export type VoteChoice = (typeof voteChoices)[number];
export const voteChoiceLabels: Record<VoteChoice, string> = {
  for: 'Pour',
  against: 'Contre',
  abstention: 'Abstention',
  not_taking_part: 'Ne prend pas part au vote',
};

export const outcomeCodes = [
  'unanimity',
  'unanimity_of_votes_cast',
  'majority',
  'casting_vote',
  'tie',
  'rejected',
  'no_votes_cast',
  /** Adopted, the count of votes not known (a deliberation Copil records from a text citing it). */
  'adopted_unrecorded',
] as const;
export type OutcomeCode = (typeof outcomeCodes)[number];

export const sessionStatuses = ['planned', 'held', 'no_quorum'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];
export const sessionStatusLabels: Record<SessionStatus, string> = {
  planned: 'Prévue',
  held: 'Tenue',
  no_quorum: 'Quorum non atteint',
};

export const itemStatuses = ['pending', 'voted', 'postponed'] as const;
export type ItemStatus = (typeof itemStatuses)[number];

export const actionItemStatuses = ['open', 'in_progress', 'done', 'dropped'] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];
export const actionItemStatusLabels: Record<ActionItemStatus, string> = {
  open: 'À faire',
  in_progress: 'En cours',
  done: 'Fait',
  dropped: 'Abandonné',
};

export const linkTargets = [
  'convention',
  'amendment',
  'envelope',
  'allocation',
  'funding_agreement',
  'loan_guarantee',
] as const;
export type LinkTarget = (typeof linkTargets)[number];
export const linkRelations = ['decides', 'takes_note'] as const;
export type LinkRelation = (typeof linkRelations)[number];

/**
 * The ACTES nomenclature (contrôle de légalité dématérialisé), levels 1 and 2: the subject code a
 * decision carries and the SCDL « délibérations » DELIB_MATIERE_CODE / DELIB_MATIERE_NOM.
 */
export const actesSubjects: { code: string; matter: string; subject: string }[] = [
  ['1.1', 'Commande publique', 'Marchés publics'],
  ['1.2', 'Commande publique', 'Délégation de service public'],
  ['1.3', 'Commande publique', 'Conventions de mandat'],
  ['1.4', 'Commande publique', 'Autres types de contrats'],
  ['1.5', 'Commande publique', "Transactions /protocole d'accord transactionnel"],
  ['1.6', 'Commande publique', "Actes relatifs à la maîtrise d'oeuvre"],
  ['1.7', 'Commande publique', 'Actes spéciaux et divers'],
  ['2.1', 'Urbanisme', "Documents d'urbanisme"],
  ['2.2', 'Urbanisme', "Actes relatifs au droit d'occupation ou d'utilisation des sols"],
  ['2.3', 'Urbanisme', 'Droit de préemption urbain'],
  ['3.1', 'Domaine et patrimoine', 'Acquisitions'],
  ['3.2', 'Domaine et patrimoine', 'Aliénations'],
  ['3.3', 'Domaine et patrimoine', 'Locations'],
  ['3.4', 'Domaine et patrimoine', 'Limites territoriales'],
  ['3.5', 'Domaine et patrimoine', 'Actes de gestion du domaine public'],
  ['3.6', 'Domaine et patrimoine', 'Actes de gestion du domaine privé'],
  ['4.1', 'Fonction publique', 'Personnels titulaires et stagiaires de la F.P.T.'],
  ['4.2', 'Fonction publique', 'Personnels contractuels'],
  ['4.3', 'Fonction publique', 'Fonction publique hospitalière'],
  ['4.4', 'Fonction publique', 'Autres catégories de personnels'],
  ['4.5', 'Fonction publique', 'Régime indemnitaire'],
  ['5.1', 'Institutions et vie politique', 'Election exécutif'],
  ['5.2', 'Institutions et vie politique', 'Fonctionnement des assemblées'],
  ['5.3', 'Institutions et vie politique', 'Désignation de représentants'],
  ['5.4', 'Institutions et vie politique', 'Délégation de fonctions'],
  ['5.5', 'Institutions et vie politique', 'Délégation de signature'],
  ['5.6', 'Institutions et vie politique', 'Exercice des mandats locaux'],
  ['5.7', 'Institutions et vie politique', 'Intercommunalité'],
  ['5.8', 'Institutions et vie politique', "Décision d'ester en justice"],
  ['6.1', 'Libertés publiques et pouvoirs de police', 'Police municipale'],
  ['6.2', 'Libertés publiques et pouvoirs de police', 'Pouvoirs du président du conseil général'],
  ['6.3', 'Libertés publiques et pouvoirs de police', 'Pouvoirs du président du conseil régional'],
  ['6.4', 'Libertés publiques et pouvoirs de police', 'Autres actes réglementaires'],
  ['6.5', 'Libertés publiques et pouvoirs de police', "Actes pris au nom de l'Etat"],
  ['7.1', 'Finances locales', 'Décisions budgétaires'],
  ['7.2', 'Finances locales', 'Fiscalité'],
  ['7.3', 'Finances locales', 'Emprunts'],
  ['7.4', 'Finances locales', 'Interventions économiques'],
  ['7.5', 'Finances locales', 'Subventions'],
  ['7.6', 'Finances locales', 'Contributions budgétaires'],
  ['7.7', 'Finances locales', 'Avances'],
  ['7.8', 'Finances locales', 'Fonds de concours'],
  ['7.9', 'Finances locales', 'Prise de participation (SEM, etc...)'],
  ['7.10', 'Finances locales', 'Divers'],
  ['8.1', 'Domaines de compétences par thèmes', 'Enseignement'],
  ['8.2', 'Domaines de compétences par thèmes', 'Aide sociale'],
  ['8.3', 'Domaines de compétences par thèmes', 'Voirie'],
  ['8.4', 'Domaines de compétences par thèmes', 'Aménagement du territoire'],
  ['8.5', 'Domaines de compétences par thèmes', 'Politique de la ville-habitat-logement'],
  ['8.6', 'Domaines de compétences par thèmes', 'Emploi-formation professionnelle'],
  ['8.7', 'Domaines de compétences par thèmes', 'Transports'],
  ['8.8', 'Domaines de compétences par thèmes', 'Environnement'],
  ['8.9', 'Domaines de compétences par thèmes', 'Culture'],
  ['9.1', 'Autres domaines de compétences', 'Autres domaines de compétences des communes'],
  ['9.2', 'Autres domaines de compétences', 'Autres domaines de compétences des départements'],
  ['9.3', 'Autres domaines de compétences', 'Autres domaines de compétences des régions'],
  ['9.4', 'Autres domaines de compétences', 'Voeux et motions'],
].map(([code, matter, subject]) => ({ code: code!, matter: matter!, subject: subject! }));
export const actesCodes = actesSubjects.map((s) => s.code);
export const actesCode = z
  .string('Code ACTES : texte attendu.')
  .refine(
    (code) => actesCodes.includes(code),
    'Code ACTES inconnu : un code de matière de niveau 2 de la nomenclature ACTES est attendu (ex. « 8.5 »).',
  );

// ---------------------------------------------------------------------------------------------
// Rules of a body, as data

export const quorumRule = z.object({
  /** Whom the threshold is a fraction of: all members in office, or those with a deliberative vote. */
  base: z.enum(['members_in_office', 'voting_members_in_office']),
  numerator: z.number().int().min(1).max(10),
  denominator: z.number().int().min(1).max(10),
  /** "au moins deux tiers" (at_least) or "la majorité absolue", i.e. more than half (more_than). */
  comparison: z.enum(['at_least', 'more_than']),
  /** What counts toward it: members present only, or present and represented by a proxy. */
  counts: z.enum(['present', 'present_or_represented']),
  /** Whether a present member who does not take part in an item still counts for that item. */
  recusedCount: z.boolean(),
});
export type QuorumRule = z.infer<typeof quorumRule>;

export const bodyRules = z
  .object({
    /** A deliberative body votes; a COPIL or COTECH meets, records minutes and action items. */
    deliberative: z.boolean(),
    /** Seats the statutes give, when known; members in office are counted from mandates. */
    seats: z.number().int().min(1).max(500).nullable(),
    quorum: quorumRule.nullable(),
    majority: z.object({
      /** Votes cast (pour + contre; abstentions are not cast) or all members present or represented. */
      basis: z.enum(['votes_cast', 'present_or_represented']),
      /** The president's vote settles a tie. */
      castingVote: z.boolean(),
    }),
    /** Proxies one member present may hold; 0 when the body admits none. */
    proxies: z.object({ maxPerHolder: z.number().int().min(0).max(5) }),
    /** Clear days (jours francs) between the convocation and the session; null when no rule. */
    convocationNoticeDays: z.number().int().min(0).max(90).nullable(),
    withoutQuorum: z.object({
      secondConvocation: z.boolean(),
      /** Days at least between the session without quorum and the second one; null when no rule. */
      minDelayDays: z.number().int().min(0).max(90).nullable(),
      quorumRequired: z.boolean(),
    }),
    /** Matters the body decides by its own rules (others need a delegation). */
    competences: z.array(z.enum(matters)),
    /** The agenda a new meeting starts with. */
    defaultAgenda: z.array(z.string().trim().min(1).max(500)).max(30),
  })
  .refine((r) => !r.deliberative || r.quorum !== null, {
    message: 'Une instance délibérante a une règle de quorum.',
    path: ['quorum'],
  });
export type BodyRules = z.infer<typeof bodyRules>;

export const ruleSetView = z.object({ kind: z.enum(bodyKinds), label: z.string(), rules: bodyRules });
export const actesSubjectView = z.object({ code: z.string(), matter: z.string(), subject: z.string() });
export const governanceReference = z.object({
  ruleSets: z.array(ruleSetView),
  actesSubjects: z.array(actesSubjectView),
  matters: z.array(z.object({ value: z.enum(matters), label: z.string() })),
});
export type GovernanceReference = z.infer<typeof governanceReference>;

// ---------------------------------------------------------------------------------------------
// People

export const personRef = z.object({
  id: z.string(),
  civility: z.enum(civilities).nullable(),
  firstName: z.string().nullable(),
  lastName: z.string(),
  /** "Monsieur COTTIGNY", as the minutes write a member. */
  formalName: z.string(),
});
export type PersonRef = z.infer<typeof personRef>;

export const memberView = personRef.extend({
  organisationId: z.string().nullable(),
  function: z.string().nullable(),
  /** Every spelling met in sources, canonical first. */
  spellings: z.array(z.string()),
  mandates: z.array(
    z.object({
      id: z.string(),
      bodyId: z.string(),
      bodyName: z.string(),
      role: z.enum(mandateRoles),
      quality: z.string().nullable(),
      voting: z.boolean(),
      startOn: z.string().nullable(),
      endOn: z.string().nullable(),
    }),
  ),
});
export type MemberView = z.infer<typeof memberView>;

export const createMemberBody = z.object({
  civility: z.enum(civilities, 'Civilité : « M. » ou « Mme ».').nullable().optional(),
  firstName: optionalText('Prénom', 100),
  lastName: text('Nom', 100),
  organisationId: id('Organisation').nullable().optional(),
  function: optionalText('Fonction', 200),
  aliases: z.array(text('Autre graphie', 200)).max(10).default([]),
});
export type CreateMemberBody = z.infer<typeof createMemberBody>;

export const addSpellingBody = z.object({ spelling: text('Graphie', 200) });

export const resolveQuery = z.object({ name: text('Nom', 300) });

export const mandateView = z.object({
  id: z.string(),
  member: personRef,
  role: z.enum(mandateRoles),
  quality: z.string().nullable(),
  voting: z.boolean(),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  inOffice: z.boolean(),
});
export type MandateView = z.infer<typeof mandateView>;

export const createMandateBody = z.object({
  memberId: id('Membre'),
  role: z.enum(mandateRoles, 'Rôle : président, vice-président ou membre.').default('member'),
  quality: optionalText('Qualité', 200),
  voting: z.boolean().default(true),
  startOn: isoDate('Début du mandat').nullable().optional(),
  endOn: isoDate('Fin du mandat').nullable().optional(),
});
export const updateMandateBody = z.object({
  role: z.enum(mandateRoles, 'Rôle : président, vice-président ou membre.').optional(),
  quality: optionalText('Qualité', 200),
  voting: z.boolean().optional(),
  startOn: isoDate('Début du mandat').nullable().optional(),
  endOn: isoDate('Fin du mandat').nullable().optional(),
});

// ---------------------------------------------------------------------------------------------
// Bodies and delegations

export const bodySummary = z.object({
  id: z.string(),
  conventionId: z.string(),
  kind: z.enum(bodyKinds),
  name: z.string(),
  code: z.string(),
  side: z.enum(bodySides),
  organisationName: z.string().nullable(),
  rules: bodyRules,
  membersInOffice: z.number().int(),
  signatoryName: z.string().nullable(),
  signatoryTitle: z.string().nullable(),
});
export type BodySummary = z.infer<typeof bodySummary>;

export const delegationView = z.object({
  id: z.string(),
  decisionId: z.string(),
  decisionReference: z.string(),
  grantedOn: z.string(),
  fromBody: z.object({ id: z.string(), name: z.string() }),
  toBody: z.object({ id: z.string(), name: z.string() }),
  matter: z.enum(matters),
  fromYear: z.number().int().nullable(),
  untilYear: z.number().int().nullable(),
  description: z.string(),
});
export type DelegationView = z.infer<typeof delegationView>;

export const sessionSummary = z.object({
  id: z.string(),
  heldOn: z.string(),
  place: z.string().nullable(),
  convocation: z.enum(['first', 'second']),
  status: z.enum(sessionStatuses),
  itemCount: z.number().int(),
});

export const bodyDetail = bodySummary.extend({
  mandates: z.array(mandateView),
  delegationsGiven: z.array(delegationView),
  delegationsReceived: z.array(delegationView),
  sessions: z.array(sessionSummary),
  can: z.object({ manage: z.boolean() }),
});
export type BodyDetail = z.infer<typeof bodyDetail>;

export const createBodyBody = z.object({
  kind: z.enum(bodyKinds, `Type d'instance inconnu : ${bodyKinds.join(', ')}.`),
  name: text('Nom', 200),
  code: z
    .string('Code : texte attendu.')
    .trim()
    .regex(/^[A-Z0-9-]{1,20}$/, 'Code : 1 à 20 lettres majuscules, chiffres ou tirets (ex. « CA »).'),
  side: z.enum(bodySides, 'Côté : department, landlord ou joint.'),
  /** Omitted: the ready-made rule set of the kind. */
  rules: bodyRules.optional(),
  signatoryName: optionalText('Signataire des extraits', 200),
  signatoryTitle: optionalText('Qualité du signataire', 200),
});
export type CreateBodyBody = z.infer<typeof createBodyBody>;

export const updateBodyBody = z.object({
  name: text('Nom', 200).optional(),
  rules: bodyRules.optional(),
  signatoryName: optionalText('Signataire des extraits', 200),
  signatoryTitle: optionalText('Qualité du signataire', 200),
});

export const createDelegationBody = z
  .object({
    toBodyId: id('Instance délégataire'),
    matter: z.enum(matters, 'Matière inconnue.'),
    fromYear: year('Première année').nullable().optional(),
    untilYear: year('Dernière année').nullable().optional(),
    description: text('Objet de la délégation', 2000),
  })
  .refine((d) => d.fromYear == null || d.untilYear == null || d.untilYear >= d.fromYear, {
    message: 'La dernière année précède la première.',
    path: ['untilYear'],
  });

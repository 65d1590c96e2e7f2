import type { BodyKind, BodyRules, Matter } from '../../../contracts/governance';
import { bodyKindLabels } from '../../../contracts/governance';

/**
 * Ready-made rule sets, one per kind of body. They are data: a body copies its kind's set when
 * it is created and may then change any of it (its rules of procedure may differ).
 *
 * - OPH board (DESIGN §3): quorum 2/3 of the voting members in office, present or represented;
 *   majority of votes cast, the president's vote settles a tie; one proxy per member present;
 *   without quorum, a second convocation deliberates without quorum.
 * - OPH Bureau: half at least of its members present or represented; it decides only what the
 *   board delegates to it (no matter of its own).
 * - Département's plenary assembly: absolute majority of its members in office present (proxies
 *   do not count toward the quorum, CGCT L3121-14); second convocation three days later at least,
 *   without quorum; twelve days' notice (CGCT L3121-19: report sent twelve days before).
 *   Source, CGCT L3121-14: « Le conseil départemental ne peut délibérer si la majorité absolue de
 *   ses membres en exercice n'est présente. Toutefois si, au jour fixé par la convocation, le
 *   conseil départemental ne se réunit pas en nombre suffisant pour délibérer, la réunion se tient
 *   de plein droit trois jours plus tard et les délibérations sont alors valables quel que soit le
 *   nombre des présents. »
 * - Commission permanente: absolute majority present or represented, and the same second
 *   convocation. Source, CGCT L3121-14-1: « La commission permanente ne peut délibérer si la
 *   majorité absolue de ses membres en exercice n'est présente ou représentée. Les deuxième et
 *   dernier alinéas de l'article L. 3121-14 sont applicables à la commission permanente. » (the
 *   code's text as published by Légifrance; the pure tests in department-rules.test.ts apply it).
 * - COPIL, COTECH and thematic meetings deliberate nothing: no quorum, no vote, no proxy. The
 *   COTECH's default agenda is its four purposes of Article 4 of the convention; the COPIL's is
 *   what Article 4 says its yearly meeting does.
 */

const ALL_MATTERS: Matter[] = [
  'convention',
  'amendment',
  'allocation',
  'funding_agreement',
  'loan_guarantee',
  'delegation',
  'other',
];

/** Article 4 §2 of the 2024–2033 convention: the technical committee's four purposes. */
export const COTECH_PURPOSES = [
  'La préparation de la réunion annuelle du comité de pilotage',
  'Le suivi des différents objectifs de la convention cadre et des conventions d’application',
  'La préparation annuelle de la convention d’application à venir',
  'Le suivi de l’exécution financière des différentes conventions, notamment le suivi des opérations cofinancées et la production des éléments justificatifs',
];

/** Article 4 §1: what the yearly steering committee does. */
export const COPIL_AGENDA = [
  'Présentation des actions engagées dans l’année',
  'Point sur les perspectives pour les années suivantes',
  'Bilan de la convention cadre et de la convention annuelle de l’exercice en cours',
  'Préparation de la convention d’application suivante',
];

const meeting = (defaultAgenda: string[]): BodyRules => ({
  deliberative: false,
  seats: null,
  quorum: null,
  majority: { basis: 'votes_cast', castingVote: false },
  proxies: { maxPerHolder: 0 },
  convocationNoticeDays: null,
  withoutQuorum: { secondConvocation: false, minDelayDays: null, quorumRequired: false },
  competences: [],
  defaultAgenda,
});

export const RULE_SETS: Record<BodyKind, BodyRules> = {
  oph_board: {
    deliberative: true,
    seats: null,
    quorum: {
      base: 'voting_members_in_office',
      numerator: 2,
      denominator: 3,
      comparison: 'at_least',
      counts: 'present_or_represented',
      recusedCount: false,
    },
    majority: { basis: 'votes_cast', castingVote: true },
    proxies: { maxPerHolder: 1 },
    convocationNoticeDays: 5,
    withoutQuorum: { secondConvocation: true, minDelayDays: null, quorumRequired: false },
    competences: ALL_MATTERS,
    defaultAgenda: [],
  },
  oph_bureau: {
    deliberative: true,
    seats: null,
    quorum: {
      base: 'voting_members_in_office',
      numerator: 1,
      denominator: 2,
      comparison: 'at_least',
      counts: 'present_or_represented',
      recusedCount: false,
    },
    majority: { basis: 'votes_cast', castingVote: true },
    proxies: { maxPerHolder: 1 },
    convocationNoticeDays: 5,
    withoutQuorum: { secondConvocation: true, minDelayDays: null, quorumRequired: false },
    competences: [],
    defaultAgenda: [],
  },
  department_assembly: {
    deliberative: true,
    seats: null,
    quorum: {
      base: 'members_in_office',
      numerator: 1,
      denominator: 2,
      comparison: 'more_than',
      counts: 'present',
      recusedCount: false,
    },
    majority: { basis: 'votes_cast', castingVote: true },
    proxies: { maxPerHolder: 1 },
    convocationNoticeDays: 12,
    withoutQuorum: { secondConvocation: true, minDelayDays: 3, quorumRequired: false },
    competences: ALL_MATTERS,
    defaultAgenda: [],
  },
  standing_committee: {
    deliberative: true,
    seats: null,
    quorum: {
      base: 'members_in_office',
      numerator: 1,
      denominator: 2,
      comparison: 'more_than',
      counts: 'present_or_represented',
      recusedCount: false,
    },
    majority: { basis: 'votes_cast', castingVote: true },
    proxies: { maxPerHolder: 1 },
    convocationNoticeDays: 12,
    withoutQuorum: { secondConvocation: true, minDelayDays: 3, quorumRequired: false },
    // The assembly's standing delegation (CGCT L3211-2), entered here as the committee's rule.
    competences: ['allocation', 'funding_agreement', 'amendment', 'loan_guarantee', 'other'],
    defaultAgenda: [],
  },
  steering_committee: meeting(COPIL_AGENDA),
  technical_committee: meeting(COTECH_PURPOSES),
  thematic_meeting: meeting([]),
};

export const ruleSetList = () =>
  (Object.keys(RULE_SETS) as BodyKind[]).map((kind) => ({
    kind,
    label: bodyKindLabels[kind],
    rules: structuredClone(RULE_SETS[kind]),
  }));

/**
 * The ACTES subject a decision is filed under when its item gives none: a suggestion the author
 * may change (the source documents do not give the subject codes).
 */
const DEFAULT_ACTES: Partial<Record<Matter, string>> = {
  convention: '8.5',
  amendment: '8.5',
  allocation: '7.5',
  funding_agreement: '7.5',
  loan_guarantee: '7.3',
  delegation: '5.4',
};
export const defaultActesCode = (matter: Matter): string | null => DEFAULT_ACTES[matter] ?? null;

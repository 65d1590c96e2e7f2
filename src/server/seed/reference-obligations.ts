import type { CreateDutyBody } from '../../contracts/obligations';

/**
 * The duties the 2024–2033 convention creates (articles 3 to 6 of the seed), as loaded on first
 * start. A deadline the text gives as a day ("au 31 juillet") moves to the next working day when it
 * falls on a weekend or a public holiday; a deadline given as a period ("en novembre", "au 1er
 * trimestre", "au quatrième trimestre") ends with that period and is not carried out of it.
 */
const base = { yearOffset: 0, monthsAfter: 0, reminderDays: [30, 7] };

export const referenceDuties: CreateDutyBody[] = [
  {
    ...base,
    code: 'VOLUMES',
    party: 'landlord',
    title: 'Transmettre les volumétries prévues pour l’année suivante',
    description:
      'Communiquer au Département, au plus tard en novembre de l’année précédente, les volumétries de réhabilitation et de travaux de maintenance que l’office prévoit de réaliser l’année suivante.',
    articleNumber: '3',
    recurrence: 'yearly_date',
    dueMonth: 11,
    dueDay: 30,
    yearOffset: -1,
    shiftToWorkingDay: false,
    evidenceKind: 'volume_forecast',
    evidenceDescription: 'Le prévisionnel de novembre de l’année concernée, transmis.',
  },
  {
    ...base,
    code: 'ALLOCATION',
    party: 'department',
    title: 'Voter la délibération d’application annuelle',
    description:
      'Proposer au vote de l’assemblée départementale, au 1er trimestre de l’année concernée, la délibération d’application annuelle (sous réserve des crédits votés).',
    articleNumber: '3',
    recurrence: 'yearly_quarter',
    quarter: 1,
    shiftToWorkingDay: false,
    evidenceKind: 'allocation',
    evidenceDescription: 'La délibération d’application de l’année, enregistrée dans les finances.',
  },
  {
    ...base,
    code: 'FUNDING_AGREEMENTS',
    party: 'department',
    title: 'Conclure les deux conventions financières de l’année',
    description:
      'Compléter la délibération d’application de deux conventions financières : l’une au titre du soutien en investissement, l’autre au titre du soutien en fonctionnement (travaux de maintenance).',
    articleNumber: '3',
    recurrence: 'yearly_quarter',
    quarter: 1,
    shiftToWorkingDay: false,
    evidenceKind: 'funding_agreements',
    evidenceDescription: 'Les conventions financières d’investissement et de fonctionnement de l’année, signées.',
  },
  {
    ...base,
    code: 'PROGRESS_TABLES',
    party: 'landlord',
    title: 'Transmettre les tableaux de suivi semestriels',
    description:
      'Actualiser et transmettre les tableaux de suivi de l’état d’avancement des opérations financées : état au 30 juin, transmis au 31 juillet ; état au 31 décembre, transmis au 31 janvier.',
    articleNumber: '3',
    recurrence: 'half_yearly',
    monthsAfter: 1,
    shiftToWorkingDay: true,
    evidenceKind: 'progress_table',
    evidenceDescription: 'Le tableau de suivi du semestre, accepté par le Département.',
  },
  {
    ...base,
    code: 'COTECH',
    party: 'department',
    title: 'Réunir le comité technique',
    description:
      'Réunir semestriellement le comité technique pour suivre l’exécution des conventions et préparer le comité de pilotage (coordination : Direction accompagnement des territoires).',
    articleNumber: '4',
    recurrence: 'half_yearly',
    shiftToWorkingDay: false,
    evidenceKind: 'cotech_meeting',
    evidenceDescription: 'Une réunion du COTECH tenue dans le semestre.',
  },
  {
    ...base,
    code: 'COPIL',
    party: 'department',
    title: 'Réunir le comité de pilotage',
    description:
      'Réunir le comité de pilotage au quatrième trimestre : actions engagées dans l’année, perspectives, bilan de la convention cadre et préparation de la convention d’application suivante.',
    articleNumber: '4',
    recurrence: 'yearly_quarter',
    quarter: 4,
    shiftToWorkingDay: false,
    evidenceKind: 'copil_meeting',
    evidenceDescription: 'Une réunion du COPIL tenue au quatrième trimestre.',
  },
  {
    ...base,
    code: 'CONTROL_DOCUMENTS',
    party: 'landlord',
    title: 'Présenter les pièces lors d’un contrôle du Département',
    description:
      'À tout moment, permettre au Département ou à toute personne désignée de contrôler le déroulement et l’effectivité des actions, ainsi que tout document comptable et budgétaire des conventions financières.',
    articleNumber: '5',
    recurrence: 'per_event',
    shiftToWorkingDay: true,
    evidenceKind: 'manual',
    evidenceDescription: 'Les pièces remises lors de la mission de contrôle.',
  },
  {
    ...base,
    code: 'INVITATIONS',
    party: 'landlord',
    title: 'Soumettre chaque invitation officielle avant impression',
    description:
      'Soumettre au Département, pour validation avant impression et envoi, les invitations annonçant les poses de première pierre, inaugurations ou visites de chantier, avec le logo « 62, Pas-de-Calais Mon Département ».',
    articleNumber: '6',
    recurrence: 'per_event',
    shiftToWorkingDay: true,
    evidenceKind: 'invitation',
    evidenceDescription:
      'L’invitation soumise au Département, au plus tard 30 jours avant l’événement (lecture de Copil : l’article ne fixe pas de délai).',
  },
  {
    ...base,
    code: 'PUBLICITY_PROOFS',
    party: 'landlord',
    title: 'Transmettre les justificatifs de la promotion du partenariat',
    description:
      'Transmettre tout élément justifiant la promotion de l’aide du Département : visuels PDF, photos, articles, reportages vidéo (lien), récapitulatif des actions menées auprès de la population.',
    articleNumber: '6',
    recurrence: 'per_event',
    shiftToWorkingDay: true,
    evidenceKind: 'publicity_proof',
    evidenceDescription:
      'Un justificatif déposé (et non rejeté par le Département), au plus tard 30 jours après l’événement (lecture de Copil).',
  },
];

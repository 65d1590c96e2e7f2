import { describe, expect, it } from 'vitest';
import { coChairProblems, withParticipants } from './meetings.rules';
import { buildMinutes, minutesLines, type MinutesInput } from './minutes';

const parties = { department: 'dep', landlord: 'pdch' };
const person = (memberId: string, name: string, organisationId: string | null) => ({ memberId, name, organisationId });

describe('COPIL co-chairs (Article 4 §1)', () => {
  it('accepts one co-chair per party, or either left empty until known', () => {
    expect(
      coChairProblems(
        'steering_committee',
        { department: person('a', 'Monsieur MACIEJASZ', 'dep'), landlord: person('b', 'Monsieur COTTIGNY', 'pdch') },
        parties,
      ),
    ).toEqual([]);
    expect(
      coChairProblems('steering_committee', { department: null, landlord: person('b', 'M. X', null) }, parties),
    ).toEqual([]);
    // A person whose organisation is not known in Copil may represent either party.
    expect(
      coChairProblems(
        'steering_committee',
        { department: person('a', 'Monsieur A', null), landlord: person('b', 'Monsieur B', null) },
        parties,
      ),
    ).toEqual([]);
  });

  it('refuses a co-chair of the other party, the same person twice, and co-chairs on another body', () => {
    expect(
      coChairProblems(
        'steering_committee',
        { department: person('b', 'Monsieur COTTIGNY', 'pdch'), landlord: null },
        parties,
      ),
    ).toEqual([
      {
        field: 'department',
        message:
          'Monsieur COTTIGNY appartient à Pas-de-Calais habitat : Monsieur COTTIGNY ne peut coprésider pour le Département.',
      },
    ]);
    expect(
      coChairProblems('steering_committee', { department: null, landlord: person('a', 'Madame A', 'dep') }, parties)[0]
        ?.field,
    ).toBe('landlord');
    expect(
      coChairProblems(
        'steering_committee',
        { department: person('a', 'Monsieur A', null), landlord: person('a', 'Monsieur A', null) },
        parties,
      ),
    ).toEqual([
      {
        field: 'landlord',
        message: 'Monsieur A ne peut coprésider pour les deux parties : chaque partie désigne son coprésident.',
      },
    ]);
    expect(coChairProblems('technical_committee', { department: null, landlord: null }, parties)[0]?.message).toMatch(
      /^Seul le comité de pilotage est coprésidé/,
    );
  });
});

describe('participants completed by standing members and co-chairs', () => {
  it('appends newcomers present, in order, once; keeps those listed with their presence', () => {
    expect(
      withParticipants(
        [
          { memberId: 'a', status: 'excused' },
          { memberId: 'b', status: 'present' },
        ],
        ['c', 'a', 'd', 'c'],
      ),
    ).toEqual([
      { memberId: 'a', status: 'excused' },
      { memberId: 'b', status: 'present' },
      { memberId: 'c', status: 'present' },
      { memberId: 'd', status: 'present' },
    ]);
    expect(withParticipants([], [])).toEqual([]);
  });
});

const dep = { id: 'dep', name: 'Département du Pas-de-Calais' };
const office = { id: 'pdch', name: 'Pas-de-Calais habitat' };
const minutesInput = (over: Partial<MinutesInput> = {}): MinutesInput => ({
  bodyName: 'Comité de pilotage',
  heldOn: '2024-11-21',
  place: 'Arras, Hôtel du Département',
  parties: [dep, office],
  coChairs: {
    department: {
      person: { civility: 'M.', firstName: 'Daniel', lastName: 'MACIEJASZ' },
      function: 'Vice-Président du Département',
    },
    landlord: { person: { civility: 'M.', firstName: 'Jean-Louis', lastName: 'COTTIGNY' }, function: null },
  },
  participants: [
    {
      person: { civility: 'Mme', firstName: 'Claire', lastName: 'DELATTRE' },
      organisationId: 'dep',
      function: 'Chargée de mission habitat',
      status: 'present',
    },
    {
      person: { civility: 'M.', firstName: 'Bruno', lastName: 'FONTALIRAND' },
      organisationId: 'pdch',
      function: 'Directeur général',
      status: 'present',
    },
    {
      person: { civility: 'Mme', firstName: null, lastName: 'BOUNY' },
      organisationId: 'pdch',
      function: null,
      status: 'excused',
    },
    {
      person: { civility: null, firstName: null, lastName: 'INVITÉ' },
      organisationId: null,
      function: null,
      status: 'absent',
    },
  ],
  agenda: [
    { position: 1, title: 'Présentation des actions engagées dans l’année' },
    { position: 2, title: 'Préparation de la convention d’application suivante' },
  ],
  minutes: 'Premier paragraphe\nsur deux lignes.\n\nSecond paragraphe.',
  decisions: [
    { text: 'Le bilan 2024 est approuvé.', agendaPosition: 1 },
    { text: 'Hors ordre du jour.', agendaPosition: null },
  ],
  actionItems: [
    {
      title: 'Transmettre le bilan',
      owner: 'Monsieur FONTALIRAND, Pas-de-Calais habitat',
      dueOn: '2024-12-15',
      status: 'open',
    },
  ],
  followUp: [{ title: 'Proposer une date', owner: null, dueOn: null, status: 'in_progress' }],
  ...over,
});

describe('minutes of a COPIL or COTECH meeting', () => {
  it('writes the parties, co-chairs, participants by party and presence, agenda, text, decisions and actions', () => {
    expect(minutesLines(buildMinutes(minutesInput()))).toEqual([
      'DÉPARTEMENT DU PAS-DE-CALAIS',
      'PAS-DE-CALAIS HABITAT',
      'COMPTE RENDU DE LA RÉUNION DU COMITÉ DE PILOTAGE',
      'Réunion du 21 novembre 2024 — Arras, Hôtel du Département',
      'Coprésidence',
      'Réunion coprésidée par Monsieur Daniel MACIEJASZ, Vice-Président du Département et Monsieur Jean-Louis COTTIGNY.',
      'Participants',
      'Pour Département du Pas-de-Calais, présent : Madame Claire DELATTRE, Chargée de mission habitat.',
      'Pour Pas-de-Calais habitat, présent : Monsieur Bruno FONTALIRAND, Directeur général.',
      'Pour Pas-de-Calais habitat, excusé : Madame BOUNY.',
      'Autres participants, absent : INVITÉ.',
      'Ordre du jour',
      '1. Présentation des actions engagées dans l’année',
      '2. Préparation de la convention d’application suivante',
      'Compte rendu',
      'Premier paragraphe sur deux lignes.',
      'Second paragraphe.',
      'Relevé de décisions',
      'Point 1 : Le bilan 2024 est approuvé.',
      'Hors ordre du jour.',
      'Actions décidées',
      'Transmettre le bilan (responsable : Monsieur FONTALIRAND, Pas-de-Calais habitat ; échéance : 15/12/2024 ; statut : à faire)',
      'Suivi des actions des réunions précédentes',
      'Proposer une date (responsable : non désigné ; échéance : aucune ; statut : en cours)',
    ]);
  });

  it('says what is missing rather than leaving a section empty; a COTECH has no co-chairs', () => {
    const lines = minutesLines(
      buildMinutes(
        minutesInput({
          bodyName: 'Comité technique',
          place: null,
          coChairs: null,
          participants: [],
          agenda: [],
          minutes: null,
          decisions: [],
          actionItems: [],
          followUp: [],
        }),
      ),
    );
    expect(lines).toEqual([
      'DÉPARTEMENT DU PAS-DE-CALAIS',
      'PAS-DE-CALAIS HABITAT',
      'COMPTE RENDU DE LA RÉUNION DU COMITÉ TECHNIQUE',
      'Réunion du 21 novembre 2024',
      'Participants',
      'Aucun participant enregistré.',
      'Ordre du jour',
      'Aucun point.',
      'Compte rendu',
      'Pas de compte rendu rédigé.',
      'Relevé de décisions',
      'Aucune décision.',
      'Actions décidées',
      'Aucune action.',
    ]);
    const unnamed = buildMinutes(minutesInput({ coChairs: { department: null, landlord: null } }));
    expect(unnamed.sections[0]).toEqual({ title: 'Coprésidence', lines: ['Coprésidents non renseignés.'] });
  });

  it('groups several people of one party and presence in one sentence, plural', () => {
    const m = buildMinutes(
      minutesInput({
        participants: [
          {
            person: { civility: 'M.', firstName: null, lastName: 'A' },
            organisationId: 'dep',
            function: null,
            status: 'present',
          },
          {
            person: { civility: 'Mme', firstName: null, lastName: 'B' },
            organisationId: 'dep',
            function: 'DAT',
            status: 'present',
          },
        ],
      }),
    );
    expect(m.sections[1]!.lines).toEqual(['Pour Département du Pas-de-Calais, présents : Monsieur A ; Madame B, DAT.']);
  });
});

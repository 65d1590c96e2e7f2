import { describe, expect, it } from 'vitest';
import {
  buildExtract,
  extractDocx,
  extractLines,
  extractPdf,
  nonParticipation,
  ofBody,
  type ExtractInput,
} from './extract';
import {
  formalFullName,
  formalName,
  joinFr,
  longDateFr,
  nameKey,
  rapporteurName,
  resolveName,
  spellingKeys,
  stripCivility,
} from './names.rules';
import {
  actesScdlName,
  SCDL_DELIBERATIONS_COLUMNS,
  scdlDeliberationRows,
  scdlDeliberationsCsv,
  scdlDeliberationTable,
  validateDeliberations,
  type ScdlDecision,
} from './scdl-deliberations.rules';

describe('members are identities, not strings', () => {
  it('normalises a spelling: upper case, no accents, hyphens or spaces', () => {
    expect(nameKey('MEYFROIDT-LEFAIT')).toBe('MEYFROIDTLEFAIT');
    expect(nameKey('Meyfroidt Lefait')).toBe('MEYFROIDTLEFAIT');
    expect(nameKey('Aït-Chikhebbih')).toBe('AITCHIKHEBBIH');
    expect(nameKey('PÉZÉ')).toBe('PEZE');
    expect(stripCivility('Madame Fatima AIT CHIKHEBI')).toBe('Fatima AIT CHIKHEBI');
    expect(stripCivility('M. FONTALIRAND Bruno')).toBe('FONTALIRAND Bruno');
  });

  it('the same person spelled two ways in the source is one member', () => {
    const index = [
      ...spellingKeys('Sylvie', 'MEYFROIDT-LEFAIT').map((key) => ({ memberId: 'sylvie', key })),
      ...spellingKeys('Fatima', 'AIT-CHIKHEBBIH').map((key) => ({ memberId: 'fatima', key })),
      // « AIT CHIKHEBI » differs by more than punctuation: recorded as another spelling of the same person.
      ...spellingKeys('Fatima', 'AIT CHIKHEBI').map((key) => ({ memberId: 'fatima', key })),
      ...spellingKeys(null, 'LEROUGE').map((key) => ({ memberId: 'lerouge', key })),
      ...spellingKeys('Jean-Claude', 'LEROY').map((key) => ({ memberId: 'leroy', key })),
      ...spellingKeys('Marie', 'LEROY').map((key) => ({ memberId: 'marie', key })),
    ];
    for (const written of ['Madame MEYFROIDT-LEFAIT', 'Madame Sylvie MEYFROIDT LEFAIT', 'meyfroidt lefait'])
      expect(resolveName(written, index)).toEqual({ kind: 'found', memberId: 'sylvie' });
    for (const written of ['Madame AIT-CHIKHEBBIH', 'Madame Fatima AIT CHIKHEBI', 'AIT CHIKHEBI'])
      expect(resolveName(written, index)).toEqual({ kind: 'found', memberId: 'fatima' });
    expect(resolveName('Monsieur Jean-Claude LEROY', index)).toEqual({ kind: 'found', memberId: 'leroy' });
    expect(resolveName('LEROY Jean-Claude', index)).toEqual({ kind: 'found', memberId: 'leroy' });
    expect(resolveName('Monsieur LEROY', index)).toEqual({ kind: 'ambiguous', memberIds: ['leroy', 'marie'] });
    expect(resolveName('Monsieur CAGIN', index)).toEqual({ kind: 'unknown' });
  });

  it('writes names as the minutes do', () => {
    const p = { civility: 'M.' as const, firstName: 'Bruno', lastName: 'FONTALIRAND' };
    expect([formalName(p), formalFullName(p), rapporteurName(p)]).toEqual([
      'Monsieur FONTALIRAND',
      'Monsieur Bruno FONTALIRAND',
      'M. FONTALIRAND Bruno',
    ]);
    expect(joinFr(['a', 'b', 'c'])).toBe('a, b et c');
    expect([longDateFr('2024-02-16'), longDateFr('2024-03-01')]).toEqual(['16 février 2024', '1er mars 2024']);
    expect([ofBody("Conseil d'administration"), ofBody('Commission permanente'), ofBody('Assemblée plénière')]).toEqual(
      ["du Conseil d'administration", 'de la Commission permanente', "de l'Assemblée plénière"],
    );
  });
});

const m = (civility: 'M.' | 'Mme', lastName: string, firstName: string | null = null) => ({
  civility,
  firstName,
  lastName,
});
const input: ExtractInput = {
  kind: 'oph_board',
  bodyName: "Conseil d'administration",
  organisationName: 'Pas-de-Calais habitat',
  heldOn: '2024-02-16',
  convocation: 'first',
  reference: 'CA-2024-001',
  president: m('M.', 'COTTIGNY', 'Jean-Louis'),
  attendance: [
    { person: m('M.', 'COTTIGNY', 'Jean-Louis'), status: 'present', proxyHolder: null },
    { person: m('Mme', 'AIT-CHIKHEBBIH', 'Fatima'), status: 'present', proxyHolder: null },
    { person: m('M.', 'MELLICK'), status: 'present', proxyHolder: null },
    { person: m('M.', 'PILCH'), status: 'represented', proxyHolder: m('M.', 'COTTIGNY', 'Jean-Louis') },
    { person: m('Mme', 'VAN HEGHE'), status: 'represented', proxyHolder: m('M.', 'MELLICK') },
    { person: m('M.', 'CAGIN'), status: 'excused', proxyHolder: null },
  ],
  rapporteur: m('M.', 'FONTALIRAND', 'Bruno'),
  title: 'Convention de partenariat stratégique avec le Département du Pas-de-Calais',
  report: 'Premier paragraphe\nsur deux lignes.\n\nSecond paragraphe.',
  decisionText: 'Au vu des éléments proposés :\n\n– approuvent la convention.',
  recused: [
    { person: m('M.', 'COTTIGNY', 'Jean-Louis'), quality: 'Conseiller départemental' },
    { person: m('Mme', 'AIT-CHIKHEBBIH', 'Fatima'), quality: 'Conseillère départementale' },
  ],
  outcomeWording: "Décision adoptée à l'unanimité",
  delegation: null,
  corrections: [],
  signatory: { name: 'Bruno FONTALIRAND', title: 'Directeur général' },
};

describe('extract of the minutes', () => {
  it('reads like the source: body, session, president, present, excused with and without proxy, rapporteur, decision, non-participation, outcome, signature', () => {
    expect(extractLines(buildExtract(input))).toEqual([
      'PAS-DE-CALAIS HABITAT',
      "Office Public de l'Habitat",
      "DÉCISION EXTRAITE DU PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'ADMINISTRATION",
      'SÉANCE DU 16 FÉVRIER 2024',
      'Délibération n° CA-2024-001',
      'Président : Monsieur COTTIGNY',
      'Présents : Monsieur COTTIGNY, Madame AIT-CHIKHEBBIH, Monsieur MELLICK.',
      'Excusés : Monsieur PILCH qui a donné pouvoir à Monsieur COTTIGNY, Madame VAN HEGHE qui a donné pouvoir à Monsieur MELLICK.',
      'Monsieur CAGIN.',
      'Convention de partenariat stratégique avec le Département du Pas-de-Calais',
      'Rapporteur : M. FONTALIRAND Bruno',
      'Premier paragraphe sur deux lignes.',
      'Second paragraphe.',
      '*****',
      'Au vu des éléments proposés :',
      '– approuvent la convention.',
      "Les conseillers départementaux n'ayant pas participé aux débats et au vote.",
      'Ce sont Monsieur Jean-Louis COTTIGNY et Madame Fatima AIT-CHIKHEBBIH.',
      "Décision adoptée à l'unanimité",
      'Pour extrait conforme,',
      'Bruno FONTALIRAND',
      'Directeur général',
    ]);
  });

  it('words the other cases: absent members, a second convocation, a Département body, a cited delegation, corrections', () => {
    const e = buildExtract({
      ...input,
      kind: 'standing_committee',
      bodyName: 'Commission permanente',
      organisationName: 'Département du Pas-de-Calais',
      convocation: 'second',
      president: m('Mme', 'DURAND'),
      attendance: [
        { person: m('Mme', 'DURAND'), status: 'present', proxyHolder: null },
        { person: m('M.', 'CAGIN'), status: 'excused', proxyHolder: null },
        { person: m('M.', 'PILCH'), status: 'absent', proxyHolder: null },
      ],
      recused: [],
      delegation: {
        reference: 'CD-2024-004',
        bodyName: 'Conseil départemental',
        grantedOn: '2024-01-29',
        description: 'délégation générale.',
      },
      corrections: [{ correctedOn: '2024-03-12', field: 'title', reason: 'erreur matérielle' }],
    });
    expect(e.header).toEqual(['DÉPARTEMENT DU PAS-DE-CALAIS']);
    expect(e.heading).toBe('EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DE LA COMMISSION PERMANENTE');
    expect(e.sessionLine).toBe('SÉANCE DU 16 FÉVRIER 2024 (SECONDE CONVOCATION)');
    expect(e.attendance).toEqual([
      'Présidente : Madame DURAND',
      'Présent : Madame DURAND.',
      'Excusé : Monsieur CAGIN.',
      'Absent : Monsieur PILCH.',
    ]);
    expect(e.decision[0]).toBe(
      'Vu la délibération n° CD-2024-004 du Conseil départemental du 29 janvier 2024 : délégation générale.',
    );
    expect(e.nonParticipation).toEqual([]);
    expect(e.corrections).toEqual(['Rectification du 12/03/2024 (title) : erreur matérielle']);
  });

  it('groups the members not taking part under their quality, or as members', () => {
    expect(nonParticipation([{ person: m('Mme', 'A', 'Anne'), quality: 'Conseillère départementale' }])).toEqual([
      "La conseillère départementale n'ayant pas participé aux débats et au vote.",
      "Il s'agit de Madame Anne A.",
    ]);
    expect(
      nonParticipation([
        { person: m('M.', 'B'), quality: null },
        { person: m('Mme', 'C'), quality: 'Conseillère départementale' },
      ])[0],
    ).toBe("Les membres n'ayant pas participé aux débats et au vote.");
  });

  it('lays the extract out as a PDF with an embedded font and as a DOCX', async () => {
    const e = buildExtract(input);
    const pdf = await extractPdf(e);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/DejaVuSans/);
    const docx = await extractDocx(e);
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
  });
});

describe('SCDL « délibérations »', () => {
  const decision: ScdlDecision = {
    collectivity: { name: 'Pas-de-Calais habitat', siret: '34407767200022' },
    reference: 'CA-2024-001',
    decidedOn: '2024-02-16',
    actesCode: '8.5',
    title: 'Convention de partenariat\nstratégique',
    budgetYear: null,
    budgetName: null,
    prefectureId: null,
    transmittedOn: null,
    membersInOffice: 27,
    for: 19,
    against: 0,
    abstention: 0,
    url: null,
  };

  it('writes every field of the schema in its order', () => {
    expect(SCDL_DELIBERATIONS_COLUMNS).toEqual([
      'COLL_NOM',
      'COLL_SIRET',
      'DELIB_ID',
      'DELIB_DATE',
      'DELIB_MATIERE_CODE',
      'DELIB_MATIERE_NOM',
      'DELIB_OBJET',
      'BUDGET_ANNEE',
      'BUDGET_NOM',
      'PREF_ID',
      'PREF_DATE',
      'VOTE_EFFECTIF',
      'VOTE_REEL',
      'VOTE_POUR',
      'VOTE_CONTRE',
      'VOTE_ABSTENTION',
      'DELIB_URL',
    ]);
    const rows = scdlDeliberationRows([
      decision,
      {
        ...decision,
        reference: 'CA-2024-002',
        budgetYear: '2024',
        budgetName: 'Budget principal',
        prefectureId: 'PREF062',
        transmittedOn: '2024-02-20',
        for: 12,
        against: 5,
        abstention: 2,
        url: 'https://example.test/d.pdf',
      },
    ]);
    expect(rows[1]).toEqual({
      COLL_NOM: 'Pas-de-Calais habitat',
      COLL_SIRET: '34407767200022',
      DELIB_ID: 'CA-2024-002',
      DELIB_DATE: '2024-02-16',
      DELIB_MATIERE_CODE: '8.5',
      DELIB_MATIERE_NOM: 'domaines de compétences par thèmes/politique de la ville-habitat-logement',
      DELIB_OBJET: 'Convention de partenariat stratégique',
      BUDGET_ANNEE: '2024',
      BUDGET_NOM: 'Budget principal',
      PREF_ID: 'PREF062',
      PREF_DATE: '2024-02-20',
      VOTE_EFFECTIF: '27',
      VOTE_REEL: '19',
      VOTE_POUR: '12',
      VOTE_CONTRE: '5',
      VOTE_ABSTENTION: '2',
      DELIB_URL: 'https://example.test/d.pdf',
    });
    expect(validateDeliberations(scdlDeliberationTable(rows))).toEqual([]);
    expect(scdlDeliberationsCsv(rows).split('\r\n')[0]).toBe(SCDL_DELIBERATIONS_COLUMNS.join(','));
  });

  it('names ACTES subjects as the schema asks, and refuses what a validator would', () => {
    expect(actesScdlName('7.5')).toBe('finances locales/subventions');
    expect(actesScdlName('1.5')).toBe("commande publique/transactions protocole d'accord transactionnel");
    expect(actesScdlName('7.9')).toBe('finances locales/prise de participation sem etc...');
    expect(actesScdlName('9.9')).toBeNull();
    const rows = scdlDeliberationRows([
      { ...decision, actesCode: null, transmittedOn: '2024-02-01', collectivity: { name: 'X', siret: '123' } },
    ]);
    expect(validateDeliberations(scdlDeliberationTable(rows)).map((e) => e.field)).toEqual([
      'COLL_SIRET',
      'DELIB_MATIERE_CODE',
      'DELIB_MATIERE_NOM',
      'PREF_DATE',
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../test/csv';
import { validateTable } from '../../platform/table-schema';
import {
  SCDL_COLUMNS,
  SCDL_SCHEMA,
  clip,
  describeSchedule,
  scdlCsv,
  scdlRows,
  scdlTable,
  type ScdlAgreement,
  type ScdlContext,
} from './scdl.rules';

const context: ScdlContext = {
  attribuant: { name: 'Département du Pas-de-Calais', siret: '22620001200012' },
  beneficiaire: { name: 'Pas-de-Calais habitat', siret: '34407767200022' },
  serviceInstructeur: { name: 'Direction accompagnement des territoires', siret: '22620001200012' },
  dispositif: 'Convention de partenariat 2024-2033',
  updatedOn: '2024-12-31',
};

const decision = { body: 'Conseil départemental', date: '2024-01-29', number: null };

const investment: ScdlAgreement = {
  id: '6f1d2c1e-0000-4000-8000-000000000001',
  year: 2024,
  amount: '4000000.00',
  signedOn: '2024-03-15',
  purpose: 'Réhabilitation thermique de 120 logements,\nrésidence Les Tilleuls',
  justificationDeadline: '2025-12-31',
  schedule: [
    { kind: 'advance', amount: '1200000.00' },
    { kind: 'balance', amount: '2800000.00' },
  ],
  decision,
};

const fixtures: ScdlAgreement[] = [
  investment,
  // One line, no deadline, a deliberation number, a purpose that looks like a formula.
  {
    ...investment,
    id: '6f1d2c1e-0000-4000-8000-000000000002',
    amount: '23000.01',
    purpose: '=HYPERLINK("http://evil.example")',
    justificationDeadline: null,
    schedule: [{ kind: 'balance', amount: '23000.01' }],
    decision: { ...decision, number: 'CD-2024-017' },
  },
  // A purpose far over 256 characters, three lines.
  {
    ...investment,
    id: '6f1d2c1e-0000-4000-8000-000000000003',
    year: 2025,
    amount: '3000000.00',
    purpose: 'Maintenance du parc, '.repeat(30),
    schedule: [
      { kind: 'advance', amount: '1000000.00' },
      { kind: 'instalment', amount: '1000000.00' },
      { kind: 'balance', amount: '1000000.00' },
    ],
  },
  // Not published: exactly 23 000 € (the threshold is "over"), and an unsigned agreement.
  { ...investment, id: 'at-threshold', amount: '23000.00', schedule: [{ kind: 'balance', amount: '23000.00' }] },
  { ...investment, id: 'unsigned', signedOn: null },
];

describe('SCDL subventions 2.1.1 — the copied schema', () => {
  it('is the reference schema, byte for byte, when the reference is at hand', () => {
    const copy = readFileSync(new URL('./scdl-subventions-2.1.1.schema.json', import.meta.url), 'utf8');
    let reference: string | null = null;
    try {
      reference = readFileSync(
        new URL('../../../../../shared/reference/scdl-subventions-2.1.1.schema.json', import.meta.url),
        'utf8',
      );
    } catch {
      // An installed Copil has no ../shared: the copy is the schema.
    }
    if (reference !== null) expect(copy).toBe(reference);
    expect(SCDL_SCHEMA.version).toBe('2.1.1');
    expect(SCDL_COLUMNS).toHaveLength(40);
  });
});

describe('scdlRows', () => {
  const rows = scdlRows(context, fixtures);

  it('publishes the signed agreements over 23 000 € only', () => {
    expect(rows.map((r) => r.idSubvention)).toEqual([fixtures[0]!.id, fixtures[1]!.id, fixtures[2]!.id]);
  });

  it('gives every column of the schema, and every row validates against it', () => {
    for (const row of rows) expect(Object.keys(row)).toEqual(SCDL_COLUMNS);
    expect(validateTable(SCDL_SCHEMA, scdlTable(rows))).toEqual([]);
  });

  it('maps an agreement field by field', () => {
    expect(rows[0]).toMatchObject({
      nomAttribuant: 'Département du Pas-de-Calais',
      idAttribuant: '22620001200012',
      nomServiceInstructeur: 'Direction accompagnement des territoires',
      idServiceInstructeur: '22620001200012',
      nomBeneficiaire: 'Pas-de-Calais habitat',
      idBeneficiaire: '34407767200022',
      rnaBeneficiaire: '',
      exerciceBudgetaire: '2024',
      pluriannualite: 'non',
      dateDecision: '2024-01-29',
      dateConvention: '2024-03-15',
      referenceDecision: 'Conseil départemental, délibération du 29/01/2024',
      dispositif: 'Convention de partenariat 2024-2033',
      statutLabel: 'attribuée',
      objet: 'Réhabilitation thermique de 120 logements, résidence Les Tilleuls',
      nature: 'aide en numéraire',
      montantDemande: '',
      montant: '4000000.00',
      conditionsVersement: 'échelonné',
      descriptionConditionsVersement: 'Avance 30 % : 1200000.00 € ; solde : 2800000.00 €',
      datesPeriodeVersement: '2024-03-15/2025-12-31',
      notificationUE: 'non',
      pourcentageSubvention: '1.00',
      dateMiseAJour: '2024-12-31',
    });
    expect(rows[1]).toMatchObject({
      montant: '23000.01',
      conditionsVersement: 'unique',
      descriptionConditionsVersement: 'Solde : 23000.01 €',
      datesPeriodeVersement: '2024-03-15',
      referenceDecision: 'Conseil départemental, délibération n° CD-2024-017',
      // Open data carries the text as entered (issue #20; see openDataCsv).
      objet: `=HYPERLINK("http://evil.example")`,
    });
    expect(rows[2]!.descriptionConditionsVersement).toBe(
      'Avance 33,33 % : 1000000.00 € ; acompte 33,33 % : 1000000.00 € ; solde : 1000000.00 €',
    );
    expect(Array.from(rows[2]!.objet!)).toHaveLength(256);
    expect(rows[2]!.objet!.endsWith('…')).toBe(true);
  });

  it('writes the publication CSV in the Table Schema default dialect and reads back valid', () => {
    const csv = scdlCsv(rows);
    expect(csv.startsWith('idSubvention,nomAttribuant,idAttribuant,')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    // As entered, and quoted whole: no reader splits it.
    expect(csv).toContain(`"=HYPERLINK(""http://evil.example"")"`);
    const table = readCsv(csv, ',');
    expect(table).toEqual(scdlTable(rows));
    expect(validateTable(SCDL_SCHEMA, table)).toEqual([]);
  });
});

describe('describeSchedule and clip', () => {
  it('rounds shares half up and cuts at 256 characters', () => {
    expect(
      describeSchedule('3.00', [
        { kind: 'advance', amount: '2.00' },
        { kind: 'balance', amount: '1.00' },
      ]),
    ).toBe('Avance 66,67 % : 2.00 € ; solde : 1.00 €');
    expect(
      describeSchedule('100.00', [
        { kind: 'advance', amount: '12.50' },
        { kind: 'balance', amount: '87.50' },
      ]),
    ).toBe('Avance 12,5 % : 12.50 € ; solde : 87.50 €');
    const long = describeSchedule(
      '100.00',
      Array.from({ length: 40 }, () => ({ kind: 'instalment' as const, amount: '2.50' })),
    );
    expect(Array.from(long)).toHaveLength(256);
    expect(clip('é'.repeat(10), 10)).toBe('é'.repeat(10));
    expect(clip('😀'.repeat(300), 256)).toBe(`${'😀'.repeat(255)}…`);
  });
});

describe('validateTable catches what a publication validator would refuse', () => {
  const good = scdlRows(context, [investment])[0]!;
  const problems = (changes: Record<string, string>) =>
    validateTable(SCDL_SCHEMA, scdlTable([{ ...good, ...changes }])).map((e) => ({ row: e.row, field: e.field }));

  it.each([
    ['a SIRET that is not 14 digits', { idAttribuant: '2262000120001' }, 'idAttribuant'],
    ['a SIRET with a wrong check digit', { idBeneficiaire: '34407767200023' }, 'idBeneficiaire'],
    ['a value outside the enum', { nature: 'subvention' }, 'nature'],
    ['an enum value in the wrong case', { conditionsVersement: 'Unique' }, 'conditionsVersement'],
    ['a French date', { dateConvention: '15/03/2024' }, 'dateConvention'],
    ['an impossible date', { dateDecision: '2024-02-30' }, 'dateDecision'],
    ['an objet of 257 characters', { objet: 'x'.repeat(257) }, 'objet'],
    ['a pourcentage over 1', { pourcentageSubvention: '1.5' }, 'pourcentageSubvention'],
    ['a pourcentage under 0.01', { pourcentageSubvention: '0' }, 'pourcentageSubvention'],
    ['a pourcentage written as a percentage', { pourcentageSubvention: '100 %' }, 'pourcentageSubvention'],
    ['a montant with a decimal comma', { montant: '4000000,00' }, 'montant'],
    ['a year that is not an integer', { exerciceBudgetaire: '2024.5' }, 'exerciceBudgetaire'],
    ['a missing required field', { nomBeneficiaire: '' }, 'nomBeneficiaire'],
    ['a period in the wrong shape', { datesPeriodeVersement: '2024-03-15 - 2025-12-31' }, 'datesPeriodeVersement'],
    ['an RNA number in the wrong shape', { rnaBeneficiaire: 'W12345' }, 'rnaBeneficiaire'],
    ['an idRAE longer than 5 characters', { idRAE: '123456' }, 'idRAE'],
  ])('%s', (_, changes, field) => {
    const found = problems(changes);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((e) => `${e.row}:${e.field}`))).toEqual(new Set([`2:${field}`]));
  });

  it('needs a SIRET or an RNA number for the beneficiary', () => {
    expect(problems({ idBeneficiaire: '' })).toEqual([{ row: 2, field: 'idBeneficiaire' }]);
    expect(problems({ idBeneficiaire: '', rnaBeneficiaire: 'W123456789' })).toEqual([]);
  });

  it('checks the header and the row width', () => {
    const [header, row] = scdlTable([good]) as [string[], string[]];
    expect(validateTable(SCDL_SCHEMA, [header.slice(1), row])).not.toEqual([]);
    expect(validateTable(SCDL_SCHEMA, [[...header, 'extra'], row]).map((e) => e.field)).toEqual(['extra']);
    expect(validateTable(SCDL_SCHEMA, [header, row.slice(0, -1)]).map((e) => e.field)).toContain('*');
  });

  it('reports every problem of a bad row, with its line', () => {
    const errors = validateTable(
      SCDL_SCHEMA,
      scdlTable([
        good,
        {
          ...good,
          idAttribuant: 'abc',
          nature: 'x',
          dateConvention: '2024/03/15',
          objet: 'y'.repeat(300),
          pourcentageSubvention: '2',
        },
      ]),
    );
    expect(errors.map((e) => `${e.row}:${e.field}`)).toEqual([
      '3:idAttribuant',
      '3:dateConvention',
      '3:objet',
      '3:nature',
      '3:pourcentageSubvention',
      '3:idAttribuant',
    ]);
  });
});

import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors';
import { findCommune } from '../../../kernel/geography';
import { binaryKind, ByteMeter, SniffingDecoder } from './encoding';
import { parseClass, parseDpeDate, parseSurface, validateRecord, type StagedDwelling } from './row';
import { encode, fixtureRows, rplsCsv, type RplsShape } from './rpls.fixtures';
import { mapHeader, separatorProblem } from './rpls';
import { csvRecords } from './sources';

/** Reads a CSV file the way an import does, without a database: header, then every row validated. */
async function readFile(bytes: Buffer | Buffer[], chunk = 0) {
  const chunks = Array.isArray(bytes)
    ? bytes
    : chunk > 0
      ? Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk))
      : [bytes];
  const decoder = new SniffingDecoder();
  const records = csvRecords(Readable.from(chunks), new ByteMeter(1e9), decoder);
  let mapping: ReturnType<typeof mapHeader> | null = null;
  const dwellings: StagedDwelling[] = [];
  const errors: string[] = [];
  for await (const record of records) {
    if (!mapping) {
      const separator = separatorProblem(record.values.map((v) => v ?? ''));
      if (separator) throw new Error(separator.message);
      mapping = mapHeader(record.values.map((v) => v ?? ''));
      continue;
    }
    const result = validateRecord(record, { mapping, findCommune, maxYear: 2028 });
    if (result.dwelling) dwellings.push(result.dwelling);
    errors.push(...result.errors.map((e) => e.message));
  }
  return { mapping: mapping!, dwellings, errors, encoding: decoder.encoding };
}

async function thrown(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('RPLS shapes', () => {
  it('tells the recent, older and _red shapes apart and finds every column', () => {
    for (const [shape, expected] of [
      ['recent', 'rpls_recent'],
      ['legacy', 'rpls_legacy'],
      ['red', 'rpls_red'],
    ] as const) {
      const header = rplsCsv([], shape).trim().split(';');
      const mapping = mapHeader(header);
      expect(mapping.shape).toBe(expected);
      expect(mapping.problems).toEqual([]);
      expect(Object.keys(mapping.columns).sort()).toEqual(
        expect.arrayContaining([
          'communeCode',
          'constructionType',
          'dpeDate',
          'energyClass',
          'ghgClass',
          'identInt',
          'identRep',
          'rooms',
          'surface',
        ]),
      );
    }
    expect(mapHeader(rplsCsv([], 'recent').trim().split(';')).ignored).toEqual(['REG_CODE', 'DEP_CODE', 'LOYERPRINC']);
  });

  it('matches headers whatever their case, quotes and BOM, and prefers the *_CODE column', () => {
    const mapping = mapHeader([
      '\uFEFF"depcom"',
      'TypeConst',
      'TYPECONST_CODE',
      'nbpiece',
      'SURFHAB',
      'CONSTRUCT',
      'DPEDATE',
      'DPEENERGIE',
      'DPESERRE',
      'IDENT_INT',
    ]);
    expect(mapping.problems).toEqual([]);
    expect(mapping.columns.communeCode).toBe(0);
    expect(mapping.columns.constructionType).toBe(2);
    expect(mapping.shape).toBe('rpls_recent');
  });

  it.each(['recent', 'legacy', 'red'] as RplsShape[])('reads every row of a %s file', async (shape) => {
    const { dwellings, errors } = await readFile(encode(rplsCsv(fixtureRows(120), shape), 'utf-8'));
    expect(errors).toEqual([]);
    expect(dwellings).toHaveLength(120);
    const first = dwellings[1]!;
    expect(first).toMatchObject({
      line: 3,
      identRep: '0620000000001',
      identInt: 'INT-1',
      communeCode: '62193',
      epciCode: '200090751',
      territory: 'mainland',
      constructionType: 'collective',
      rooms: 2,
      surface: '31.10',
      constructionYear: 1951,
      financing: 'PLUS',
      dpeDate: '2022-02-01',
      energyClass: 'B',
      ghgClass: 'D',
      dwellingKey: 'R:0620000000001',
    });
    expect(dwellings[0]!.qpvCode).toBe('QP062012');
    expect(dwellings[0]!.constructionType).toBe('individual');
  });

  it('reads "01/1900" as no DPE: no date and no class', async () => {
    const { dwellings } = await readFile(encode(rplsCsv(fixtureRows(1)), 'utf-8'));
    expect(dwellings[0]).toMatchObject({ dpeDate: null, energyClass: null, ghgClass: null });
  });
});

describe('encodings', () => {
  const text = rplsCsv(fixtureRows(3));

  it('reads UTF-8 with or without BOM, and Latin-1, to the same dwellings', async () => {
    const results = await Promise.all([
      readFile(encode(text, 'utf-8', true)),
      readFile(encode(text, 'utf-8')),
      readFile(encode(text, 'latin1')),
    ]);
    expect(results.map((r) => r.encoding)).toEqual(['utf-8', 'utf-8', 'windows-1252']);
    for (const r of results)
      expect(r.dwellings.map((d) => d.address)).toEqual(['RUE DES ÉCOLES 0', 'RUE DES ÉCOLES 1', 'RUE DES ÉCOLES 2']);
  });

  it('decides at the first non-ASCII byte, even deep in the file and split across chunks', async () => {
    const long = rplsCsv([
      ...fixtureRows(500).map((r) => ({ ...r, street: 'RUE HAUTE' })),
      ...fixtureRows(1, { start: 500 }),
    ]);
    for (const encoding of ['utf-8', 'latin1'] as const) {
      const r = await readFile(encode(long, encoding), 7);
      expect(r.encoding).toBe(encoding === 'utf-8' ? 'utf-8' : 'windows-1252');
      expect(r.dwellings.at(-1)!.address).toBe('RUE DES ÉCOLES 100');
    }
  });

  it('recognises binary content by its first bytes', () => {
    expect(binaryKind(Buffer.from('PK\u0003\u0004xl/workbook', 'latin1'))).toMatch(/archive ZIP/);
    expect(binaryKind(Buffer.from('%PDF-1.7'))).toMatch(/PDF/);
    expect(binaryKind(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toMatch(/UTF-16/);
    expect(binaryKind(Buffer.from([0x41, 0x3b, 0x00, 0x42]))).toMatch(/octets nuls.*octet 3/);
    expect(binaryKind(Buffer.from('DEPCOM;NBPIECE'))).toBeNull();
  });

  it('refuses an HTML page saved as .csv, by its content (issue #17)', async () => {
    expect(binaryKind(Buffer.from('\uFEFF<!DOCTYPE html>\n<html><body><script>alert(1)</script>'))).toBe(
      "c'est une page HTML ou un document XML (balise « <!doctype »)",
    );
    expect(binaryKind(Buffer.from('DEPCOM;NBPIECE\r\n<svg onload=alert(1)>;3'))).toMatch(/balise « <svg »/);
    expect(binaryKind(Buffer.from('DEPCOM;ADRESSE\r\n62041;RÉSIDENCE <LES TILLEULS>'))).toBeNull();
    const error = await thrown(readFile(Buffer.from('<html><head><title>RPLS</title></head></html>')));
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.message).toMatch(/^Le fichier n'est pas un fichier texte CSV : c'est une page HTML/);
  });

  it('refuses a binary file renamed .csv with a 415', async () => {
    const error = await thrown(readFile(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])));
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.message).toMatch(/^Le fichier n'est pas un fichier texte CSV : son contenu est une archive ZIP/);
  });

  it('refuses a file that switches from UTF-8 to Latin-1', async () => {
    const error = await thrown(readFile([encode(rplsCsv(fixtureRows(2)), 'utf-8'), encode('62041;é\r\n', 'latin1')]));
    expect(error.message).toMatch(/^Encodage incohérent/);
  });
});

describe('bad values, each named by line and column', () => {
  const one = (patch: Partial<ReturnType<typeof fixtureRows>[number]>, shape: RplsShape = 'recent') =>
    readFile(encode(rplsCsv([{ ...fixtureRows(2)[1]!, ...patch }], shape), 'utf-8'));

  it.each([
    [
      { commune: '62999' },
      'Ligne 2, colonne DEPCOM : code commune « 62999 » inconnu du découpage administratif officiel.',
    ],
    [
      { commune: 'ARRAS' },
      'Ligne 2, colonne DEPCOM : code commune « ARRAS » invalide ; attendu un code INSEE de 5 caractères (ex. 62041 pour Arras).',
    ],
    [
      { commune: '97801' },
      "Ligne 2, colonne DEPCOM : la commune 97801 est dans une collectivité d'outre-mer hors du calendrier légal (métropole et départements 971 à 976 seulement).",
    ],
    [
      { energy: 'H' },
      'Ligne 2, colonne DPEENERGIE : classe « H » inconnue ; attendu une lettre de A à G (ou vide sans DPE).',
    ],
    [
      { ghg: 'Z' },
      'Ligne 2, colonne DPESERRE : classe « Z » inconnue ; attendu une lettre de A à G (ou vide sans DPE).',
    ],
    [
      { surface: 'abc' },
      'Ligne 2, colonne SURFHAB : surface « abc » invalide ; attendu un nombre de m², par exemple 54,5.',
    ],
    [
      { dpeDate: '31/02/2020' },
      "Ligne 2, colonne DPEDATE : date « 31/02/2020 » inexistante (ce jour n'existe pas dans le calendrier).",
    ],
    [
      { dpeDate: '2020/13' },
      'Ligne 2, colonne DPEDATE : date « 2020/13 » illisible ; attendu MM/AAAA, JJ/MM/AAAA ou AAAA-MM-JJ (« 01/1900 » ou vide sans DPE).',
    ],
    [{ rooms: 'trois' }, 'Ligne 2, colonne NBPIECE : nombre de pièces « trois » invalide ; attendu un nombre entier.'],
    [{ rooms: '0' }, 'Ligne 2, colonne NBPIECE : nombre de pièces 0 hors des bornes (1 à 30).'],
    [{ year: '3024' }, 'Ligne 2, colonne CONSTRUCT : année de construction 3024 hors des bornes (1500 à 2028).'],
    [
      { type: 'X' },
      'Ligne 2, colonne TYPECONST_CODE : type de construction « X » inconnu ; attendu C (collectif), I (individuel) ou E (étudiant).',
    ],
    [
      { qpv: 'oui' },
      'Ligne 2, colonne QPV_CODE : code QPV « oui » invalide ; attendu un code de quartier (ex. QP062012), ou vide hors QPV.',
    ],
    [
      { identRep: '', identInt: '' },
      'Ligne 2, colonne IDENT_REP : identifiant manquant : IDENT_REP ou IDENT_INT doit être renseigné.',
    ],
  ])('%o', async (patch, message) => {
    const { dwellings, errors } = await one(patch);
    expect(dwellings).toEqual([]);
    expect(errors).toEqual([message]);
  });

  it('names the column as the file writes it (_red shape)', async () => {
    const { errors } = await one({ energy: 'H' }, 'red');
    expect(errors).toEqual([
      'Ligne 2, colonne DPEENERGIE_red : classe « H » inconnue ; attendu une lettre de A à G (ou vide sans DPE).',
    ]);
  });

  it('reports every wrong field of a line', async () => {
    const { errors } = await one({ energy: 'H', surface: 'abc', dpeDate: '31/02/2020' });
    expect(errors.map((e) => e.split(' : ')[0])).toEqual([
      'Ligne 2, colonne SURFHAB',
      'Ligne 2, colonne DPEDATE',
      'Ligne 2, colonne DPEENERGIE',
    ]);
  });

  it('parses values the way French files write them', () => {
    expect(parseSurface('54,5')).toEqual({ ok: true, value: '54.50' });
    expect(parseSurface(' 120.125 ')).toEqual({ ok: true, value: '120.13' });
    expect(parseSurface('0')).toMatchObject({ ok: false });
    expect(parseClass(' e ')).toEqual({ ok: true, value: 'E' });
    expect(parseClass('-')).toEqual({ ok: true, value: null });
    expect(parseDpeDate('3/2021')).toEqual({ ok: true, value: { date: '2021-03-01', noDpe: false } });
    expect(parseDpeDate('15/06/2023')).toEqual({ ok: true, value: { date: '2023-06-15', noDpe: false } });
    expect(parseDpeDate('2023-06-15')).toEqual({ ok: true, value: { date: '2023-06-15', noDpe: false } });
    expect(parseDpeDate('01/01/1900')).toEqual({ ok: true, value: { date: null, noDpe: true } });
  });
});

describe('bad headers', () => {
  it('detects a comma or tab separator', () => {
    expect(separatorProblem(['DEPCOM,NBPIECE,SURFHAB'])?.message).toMatch(
      /^séparateur « , » détecté ; un fichier RPLS sépare ses colonnes par un point-virgule/,
    );
    expect(separatorProblem(['DEPCOM\tNBPIECE'])?.message).toMatch(/^séparateur tabulation détecté/);
    expect(separatorProblem(['DEPCOM', 'NBPIECE'])).toBeNull();
  });

  it('lists the missing required columns and a missing identifier', () => {
    const mapping = mapHeader(['DEPCOM', 'TYPECONST', 'NBPIECE', 'SURFHAB', 'CONSTRUCT', 'DPEDATE']);
    expect(mapping.problems.map((p) => p.message)).toEqual([
      "colonnes obligatoires absentes : IDENT_REP, IDENT_INT, DPEENERGIE, DPESERRE (IDENT_REP ou IDENT_INT : l'une des deux suffit, elle identifie chaque logement d'un import à l'autre)",
    ]);
    expect(mapHeader(['IDENT_INT', 'DEPCOM', 'DEPCOM']).problems[0]!.message).toBe(
      'la colonne DEPCOM figure deux fois (colonnes 2 et 3)',
    );
  });
});

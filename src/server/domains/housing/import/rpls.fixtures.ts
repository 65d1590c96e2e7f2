import iconv from 'iconv-lite';

/**
 * Test files in the three RPLS shapes, generated: deterministic dwellings of real Pas-de-Calais
 * communes, with the columns a real file has (and some Copil ignores). Used by the import tests.
 */

export interface FixtureRow {
  identRep: string;
  identInt: string;
  commune: string;
  qpv: string;
  type: string;
  rooms: string;
  surface: string;
  year: string;
  financing: string;
  dpeDate: string;
  energy: string;
  ghg: string;
  street: string;
}

const COMMUNES = ['62041', '62193', '62119', '62498', '62160', '62510', '62427', '62765', '62178', '62413'];
const CLASSES = ['A', 'B', 'C', 'D', 'D', 'C', 'E', 'F', 'G', 'E'];

export function fixtureRows(count: number, options: { start?: number; prefix?: string } = {}): FixtureRow[] {
  const start = options.start ?? 0;
  const prefix = options.prefix ?? '062';
  return Array.from({ length: count }, (_, k) => {
    const i = start + k;
    return {
      identRep: `${prefix}${String(i).padStart(10, '0')}`,
      identInt: `INT-${i}`,
      commune: COMMUNES[i % COMMUNES.length]!,
      qpv: i % 7 === 0 ? 'QP062012' : '',
      type: i % 3 === 0 ? 'I' : 'C',
      rooms: String(1 + (i % 5)),
      surface: `${30 + (i % 70)},${i % 10}`,
      year: String(1950 + (i % 70)),
      financing: i % 4 === 0 ? 'PLAI' : 'PLUS',
      dpeDate: i % 50 === 0 ? '01/1900' : `${String(1 + (i % 12)).padStart(2, '0')}/2022`,
      energy: CLASSES[i % CLASSES.length]!,
      ghg: CLASSES[(i * 3) % CLASSES.length]!,
      street: `RUE DES ÉCOLES ${i % 200}`,
    };
  });
}

export type RplsShape = 'recent' | 'legacy' | 'red';

const HEADERS: Record<RplsShape, string[]> = {
  recent: [
    'REG_CODE',
    'DEP_CODE',
    'EPCI_CODE',
    'DEPCOM',
    'QPV_CODE',
    'TYPECONST_CODE',
    'NBPIECE',
    'SURFHAB',
    'CONSTRUCT',
    'FINAN_CODE',
    'DPEDATE',
    'DPEENERGIE',
    'DPESERRE',
    'IDENT_REP',
    'IDENT_INT',
    'DPE_NUM_REF',
    'NOMVOIE',
    'LOYERPRINC',
  ],
  legacy: [
    'DEPCOM',
    'EPCI',
    'QPV',
    'TYPECONST',
    'NBPIECE',
    'SURFHAB',
    'CONSTRUCT',
    'FINAN',
    'DPEDATE',
    'DPEENERGIE',
    'DPESERRE',
    'IDENT_REP',
    'IDENT_INT',
    'NOMVOIE',
  ],
  red: [
    'DEPCOM_red',
    'QPV_red',
    'TYPECONST_red',
    'NBPIECE_red',
    'SURFHAB_red',
    'CONSTRUCT_red',
    'FINAN_red',
    'DPEDATE_red',
    'DPEENERGIE_red',
    'DPESERRE_red',
    'IDENT_REP',
    'IDENT_INT',
    'NOMVOIE_red',
  ],
};

function cells(shape: RplsShape, r: FixtureRow): string[] {
  const legacyType = r.type === 'C' ? 'Collectif' : r.type === 'I' ? 'Individuel' : r.type;
  switch (shape) {
    case 'recent':
      return [
        '32',
        '62',
        '',
        r.commune,
        r.qpv,
        r.type,
        r.rooms,
        r.surface,
        r.year,
        r.financing,
        r.dpeDate,
        r.energy,
        r.ghg,
        r.identRep,
        r.identInt,
        '',
        r.street,
        '312,45',
      ];
    case 'legacy':
      return [
        r.commune,
        '',
        r.qpv === '' ? '0' : r.qpv,
        legacyType,
        r.rooms,
        r.surface,
        r.year,
        r.financing,
        r.dpeDate,
        r.energy,
        r.ghg,
        r.identRep,
        r.identInt,
        r.street,
      ];
    case 'red':
      return [
        r.commune,
        r.qpv,
        r.type,
        r.rooms,
        r.surface,
        r.year,
        r.financing,
        r.dpeDate,
        r.energy,
        r.ghg,
        r.identRep,
        r.identInt,
        r.street,
      ];
  }
}

/** CSV text, ';'-separated, CRLF, fields quoted only when needed. */
export function rplsCsv(rows: FixtureRow[], shape: RplsShape = 'recent', options: { headers?: string[] } = {}): string {
  const quote = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [
    (options.headers ?? HEADERS[shape]).join(';'),
    ...rows.map((r) => cells(shape, r).map(quote).join(';')),
  ];
  return lines.join('\r\n') + '\r\n';
}

export function encode(text: string, encoding: 'utf-8' | 'latin1', bom = false): Buffer {
  const bytes = encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'win1252');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) : bytes;
}

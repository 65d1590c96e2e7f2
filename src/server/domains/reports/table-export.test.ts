import { describe, expect, it } from 'vitest';
import {
  columnKind,
  dateOf,
  eurosOf,
  fileNameOf,
  integerOf,
  percentOf,
  sheetName,
  sheetOfDisplayedTable,
} from './table-export.rules';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('reading back the fr-FR text of a page', () => {
  it('reads amounts in euros, whatever the space the browser printed', () => {
    expect(eurosOf(`4${NNBSP}000${NNBSP}000,00${NBSP}€`)).toBe('4000000.00');
    expect(eurosOf('1 234,5 €')).toBe('1234.50');
    expect(eurosOf('12 €')).toBe('12.00');
    expect(eurosOf('−1 000,00 €')).toBe('-1000.00');
    expect(eurosOf('1 00,00 €')).toBeNull();
    expect(eurosOf('1 000,001 €')).toBeNull();
    expect(eurosOf('1 000,00')).toBeNull();
    expect(eurosOf('=1+1 €')).toBeNull();
  });

  it('reads whole numbers, never a code with a leading zero', () => {
    expect(integerOf(`2${NNBSP}500`)).toBe('2500');
    expect(integerOf('10245')).toBe('10245');
    expect(integerOf('−100')).toBe('-100');
    expect(integerOf('0')).toBe('0');
    expect(integerOf('02100')).toBeNull();
    expect(integerOf('2 50')).toBeNull();
    expect(integerOf('12,5')).toBeNull();
    expect(integerOf('99999999999999999')).toBeNull();
  });

  it('reads percentages and real dates only', () => {
    expect(percentOf(`12,5${NNBSP}%`)).toBe('12.50');
    expect(percentOf('100 %')).toBe('100.00');
    expect(percentOf('-3 %')).toBeNull();
    expect(dateOf('31/12/2024')).toBe('2024-12-31');
    expect(dateOf('29/02/2024')).toBe('2024-02-29');
    expect(dateOf('29/02/2025')).toBeNull();
    expect(dateOf('2024-12-31')).toBeNull();
  });

  it('types a column only when every filled cell reads as that kind', () => {
    expect(columnKind(['1 000,00 €', '', '—', '2,50 €']).kind).toBe('euros');
    expect(columnKind(['1 000,00 €', 'non voté']).kind).toBe('text');
    expect(columnKind(['2024', '2025']).kind).toBe('integer');
    expect(columnKind(['62041', '02100']).kind).toBe('text');
    expect(columnKind(['', '—']).kind).toBe('text');
  });
});

describe('the displayed table as a sheet', () => {
  it('keeps headers, pads short rows, leaves dashes of typed columns empty', () => {
    const sheet = sheetOfDisplayedTable({
      title: 'Enveloppes : voté / engagé [2024]',
      columns: ['Année', 'Voté', 'Échéance', 'Commentaire'],
      rows: [
        ['2024', '4 000 000,00 €', '31/12/2024', '=HYPERLINK("x")'],
        ['2025', '—'],
      ],
    });
    expect(sheet.name).toBe('Enveloppes   voté   engagé  2024'.replace(/\s+/g, ' ').slice(0, 31));
    expect(sheet.columns.map((c) => c.kind)).toEqual(['integer', 'euros', 'date', 'text']);
    expect(sheet.rows).toEqual([
      { c0: '2024', c1: '4000000.00', c2: '2024-12-31', c3: '=HYPERLINK("x")' },
      { c0: '2025', c1: null, c2: null, c3: null },
    ]);
  });

  it('names files and sheets as spreadsheets and HTTP headers accept', () => {
    expect(fileNameOf('Échéances en retard (2024)')).toBe('echeances-en-retard-2024.xlsx');
    expect(fileNameOf('€€€')).toBe('tableau.xlsx');
    expect(sheetName('a'.repeat(40))).toHaveLength(31);
    expect(sheetName('[]')).toBe('Tableau');
  });
});

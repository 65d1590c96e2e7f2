import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { energyClasses, type EnergyClass } from '../../src/contracts/housing';
import { communesOfDepartment, type Commune } from '../../src/server/kernel/geography';
import { DEMO_FIGURES, prng } from '../../src/server/seed/demo-stock';

/**
 * A full-scale RPLS stock, generated row by row (never held in memory, so 1,000,000 rows cost
 * what 1,000 do): real communes weighted by population, the class mix of the convention's
 * stock (DEMO_FIGURES), the columns of a recent RPLS file. The same seed gives the same file.
 */

export const RPLS_HEADERS = [
  'REG_CODE',
  'DEP_CODE',
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
  'BATIMENT',
  'NOMVOIE',
];

/** One office (Pas-de-Calais) up to 100,000 dwellings; beyond, a regional group (Hauts-de-France). */
export function departmentsFor(dwellings: number): string[] {
  return dwellings <= 100_000 ? ['62'] : ['02', '59', '60', '62', '80'];
}

interface Picker {
  communes: Commune[];
  cumulative: number[];
}

function communePicker(departments: string[]): Picker {
  const communes = departments.flatMap((d) => communesOfDepartment(d)).filter((c) => c.population > 0);
  let total = 0;
  const cumulative = communes.map((c) => (total += c.population));
  return { communes, cumulative: cumulative.map((x) => x / total) };
}

function pickCumulative(cumulative: number[], u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const classTotal = Object.values(DEMO_FIGURES.byClass).reduce((a, b) => a + b, 0);
const classCumulative = (() => {
  let sum = 0;
  return energyClasses.map((c) => (sum += DEMO_FIGURES.byClass[c]) / classTotal);
})();

/** The rows of a stock of `dwellings`, as RPLS cells, in a deterministic order. */
export function* stockRows(dwellings: number, seed = 2024): Generator<string[]> {
  const random = prng(seed);
  const picker = communePicker(departmentsFor(dwellings));
  for (let i = 0; i < dwellings; i++) {
    const commune = picker.communes[pickCumulative(picker.cumulative, random())]!;
    const worst = energyClasses[pickCumulative(classCumulative, random())]! as EnergyClass;
    const other = energyClasses[Math.max(0, energyClasses.indexOf(worst) - Math.floor(random() * 3))]!;
    const [energy, ghg] = random() < 0.65 ? [worst, other] : [other, worst];
    const rooms = 1 + Math.floor(random() * 5);
    const year = 1950 + Math.floor(random() * 72);
    const collective = random() < DEMO_FIGURES.collective / DEMO_FIGURES.dwellings;
    const building = collective ? `B${commune.code}-${String(Math.floor(i / 40)).padStart(6, '0')}` : '';
    yield [
      '32',
      commune.department,
      commune.code,
      random() < 0.12 ? `QP0${commune.department}${String(1 + Math.floor(random() * 40)).padStart(3, '0')}` : '',
      collective ? 'C' : 'I',
      String(rooms),
      (18 + rooms * 14 + random() * 12).toFixed(1).replace('.', ','),
      String(year),
      year < 1977 ? 'HLM/O' : year < 2000 ? 'PLA' : 'PLUS',
      random() < 0.01
        ? '01/1900'
        : `${String(1 + Math.floor(random() * 12)).padStart(2, '0')}/${2021 + Math.floor(random() * 4)}`,
      energy,
      ghg,
      `0${commune.department}${String(i).padStart(10, '0')}`,
      `GEN-${i}`,
      building,
      `RUE ${i % 500}`,
    ];
  }
}

/** Writes the stock as a `;`-separated UTF-8 RPLS CSV, respecting the stream's back-pressure. */
export async function writeStockCsv(file: string, dwellings: number, seed = 2024): Promise<void> {
  const out = createWriteStream(file);
  let chunk: string[] = [RPLS_HEADERS.join(';')];
  for (const row of stockRows(dwellings, seed)) {
    chunk.push(row.join(';'));
    if (chunk.length >= 5_000) {
      if (!out.write(chunk.join('\r\n') + '\r\n')) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end(chunk.length ? chunk.join('\r\n') + '\r\n' : '');
  await once(out, 'finish');
}

/** The same stock as an xlsx workbook (first sheet, headers on row 1), written in streaming mode. */
export async function writeStockXlsx(file: string, dwellings: number, seed = 2024): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useStyles: false,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Patrimoine');
  sheet.addRow(RPLS_HEADERS).commit();
  for (const row of stockRows(dwellings, seed)) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
}

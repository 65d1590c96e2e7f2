import { runChild } from '../lib/child';
import type { FullDatasets } from '../lib/full';
import { result, type Result } from '../lib/report';

interface DocumentFigures {
  year: number;
  contentMs: number;
  pdfMs: number;
  docxMs: number;
  csvMs: number;
  xlsxMs: number;
  bytes: Record<string, number>;
}

/**
 * The documents on the full-scale dataset of 40,000 dwellings, on the server: the annual review
 * of the last finished year in PDF (target < 3 s) and DOCX against building its content alone;
 * the xlsx export of the 40,000 dwellings (target < 2 s) against the CSV export of the same rows.
 */
export async function documentScenarios(options: { full: FullDatasets }): Promise<Result[]> {
  const target = await options.full.get('server', 40_000);
  const year = new Date().getUTCFullYear() - 1;
  const f = await runChild<DocumentFigures>('documents.ts', ['server', target.location, String(year)]);
  const size = '40 000 logements';
  const kib = (n: number | undefined) => Math.round((n ?? 0) / 1024);
  return [
    result({
      scenario: `bilan annuel ${f.year} (PDF)`,
      engine: 'server',
      size,
      measured: f.pdfMs,
      unit: 'ms',
      floorLabel: 'contenu du bilan seul',
      floor: f.contentMs,
      better: 'lower',
      target: '< 3 000 ms',
      met: f.pdfMs < 3000,
      extra: { kib: kib(f.bytes.pdf) },
    }),
    result({
      scenario: `bilan annuel ${f.year} (DOCX)`,
      engine: 'server',
      size,
      measured: f.docxMs,
      unit: 'ms',
      floorLabel: 'contenu du bilan seul',
      floor: f.contentMs,
      better: 'lower',
      target: '—',
      met: null,
      extra: { kib: kib(f.bytes.docx) },
    }),
    result({
      scenario: 'export xlsx des logements',
      engine: 'server',
      size: '40 000 lignes',
      measured: f.xlsxMs,
      unit: 'ms',
      floorLabel: 'export CSV des mêmes lignes',
      floor: f.csvMs,
      better: 'lower',
      target: '< 2 000 ms',
      met: f.xlsxMs < 2000,
      extra: { kib: kib(f.bytes.xlsx) },
    }),
  ];
}

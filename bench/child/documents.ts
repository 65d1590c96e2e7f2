import { dwellingsQuery } from '../../src/contracts/housing';
import { exportDwellings } from '../../src/server/domains/housing/exports.service';
import { buildReviewDocument, reviewFile } from '../../src/server/domains/reports/review.service';
import type { Engine } from '../../src/server/platform/db/connect';
import { openTarget } from '../lib/databases';
import { seededWorld } from '../lib/fixture';
import { repeated } from '../lib/measure';

/**
 * The documents on a full-scale database, in a process of its own (median of 3 after a warm-up):
 * the annual review of a finished year as PDF and DOCX, against building its content alone (the
 * same services the pages use: the floor of any rendering); the dwellings' xlsx export, against
 * the CSV export of the same rows (the same query, the lightest format). Prints one JSON line.
 */
const [engine, location, yearText] = process.argv.slice(2) as [Engine, string, string];
const year = Number(yearText);
const handle = await openTarget({ engine, location });
try {
  const { db } = handle;
  const world = await seededWorld(db);
  const sizes: Record<string, number> = {};
  const sized = (name: string, work: () => Promise<{ content: string | Buffer }>) => async () => {
    sizes[name] = (await work()).content.length;
  };
  const content = await repeated(() => buildReviewDocument(db, world.admin, world.conventionId, year, false), 3);
  const pdf = await repeated(
    sized('pdf', () => reviewFile(db, world.admin, world.conventionId, year, 'pdf', false)),
    3,
  );
  const docx = await repeated(
    sized('docx', () => reviewFile(db, world.admin, world.conventionId, year, 'docx', false)),
    3,
  );
  const query = dwellingsQuery.parse({});
  const csv = await repeated(
    sized('csv', () => exportDwellings(db, world.admin, world.officeId, query, 'csv')),
    3,
  );
  const xlsx = await repeated(
    sized('xlsx', () => exportDwellings(db, world.admin, world.officeId, query, 'xlsx')),
    3,
  );
  console.log(
    JSON.stringify({
      year,
      contentMs: content.medianMs,
      pdfMs: pdf.medianMs,
      docxMs: docx.medianMs,
      csvMs: csv.medianMs,
      xlsxMs: xlsx.medianMs,
      bytes: sizes,
    }),
  );
} finally {
  await handle.close();
}

import { mkdtemp, readdir, rm, utimes, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { honestBomb, lyingBomb, manyEntries } from '../test/zip-bombs';
import { BoundedArchive, createUploadDirectory, removeStaleUploadDirectories, type ArchiveLimits } from './archive';
import { AppError } from './errors';
import { loadBoundedWorkbook, PROGRESS_XLSX_LIMITS, STOCK_XLSX_LIMITS, xlsxWorksheets } from './xlsx-reader';

const wording = { subject: 'Le classeur xlsx', consequence: "rien n'a été importé" };

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Runs `work`, sampling the process's memory; the peak growth of RSS and heap, in MiB. */
async function measured<T>(work: () => Promise<T>) {
  global.gc?.();
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 5);
  const started = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - started };
  } finally {
    clearInterval(sampler);
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
    lastGrowth = { rss: (rss - base.rss) / 2 ** 20, heap: (heap - base.heapUsed) / 2 ** 20 };
  }
}
let lastGrowth = { rss: 0, heap: 0 };

/** Reads every row of every sheet of the archive through the bounded reader. */
async function readAll(archive: BoundedArchive) {
  let rows = 0;
  for await (const sheet of xlsxWorksheets(archive, { sharedStrings: 'cache', styles: 'cache' }))
    for await (const _ of sheet) rows++;
  return rows;
}

describe('bounded archive reading (issue #17, decompression bombs)', () => {
  let bombs: { honest: Buffer; lying: Buffer; many: Buffer };
  beforeAll(async () => {
    bombs = { honest: await honestBomb(), lying: await lyingBomb(64 * 1024 * 1024), many: manyEntries(20_000) };
  });

  it('refuses a workbook whose sheet declares 3 GiB, on its central directory, at once', async () => {
    expect(bombs.honest.length).toBeLessThan(4 * 1024 * 1024);
    const { ms } = await measured(async () => {
      const error = await refusal(BoundedArchive.open({ buffer: bombs.honest }, STOCK_XLSX_LIMITS, wording));
      expect(error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(error.message).toMatch(
        /^Le classeur xlsx est refusé : l'élément « xl\/worksheets\/sheet1\.xml » se décompresse en 3 Gio \(1,5 Gio au plus\) ; rien n'a été importé\.$/,
      );
    });
    console.info(`honest 3 GiB bomb refused in ${ms.toFixed(0)} ms, rss +${lastGrowth.rss.toFixed(0)} MiB`);
    expect(ms).toBeLessThan(1000);
    expect(lastGrowth.rss).toBeLessThan(128);
  });

  it('refuses a highly compressed entry by its ratio, even under the size limit', async () => {
    const small = await honestBomb(512);
    const error = await refusal(BoundedArchive.open({ buffer: small }, STOCK_XLSX_LIMITS, wording));
    expect(error.message).toMatch(/« xl\/worksheets\/sheet1\.xml » est compressé \d[\d\s ]* fois \(100 fois au plus/);
  });

  it('stops a central directory that lies about sizes as soon as the declared size is passed', async () => {
    const archive = await BoundedArchive.open({ buffer: bombs.lying }, STOCK_XLSX_LIMITS, wording);
    try {
      const { ms } = await measured(async () => {
        const error = await refusal(readAll(archive));
        expect(error.code).toBe('PAYLOAD_TOO_LARGE');
        expect(error.message).toContain('« xl/worksheets/sheet1.xml » ne se décompresse pas en la taille');
      });
      console.info(`lying 3 GiB bomb refused in ${ms.toFixed(0)} ms, rss +${lastGrowth.rss.toFixed(0)} MiB`);
      expect(ms).toBeLessThan(10_000);
      expect(lastGrowth.rss).toBeLessThan(256);
    } finally {
      archive.close();
    }
  });

  it('stops inflating at the byte budget whatever the archive declares', async () => {
    const limits: ArchiveLimits = { ...STOCK_XLSX_LIMITS, maxEntryBytes: 8 * 2 ** 20, maxTotalBytes: 8 * 2 ** 20 };
    const archive = await BoundedArchive.open({ buffer: await lyingBomb(6 * 2 ** 20, 64) }, limits, wording);
    const total = { ...limits, maxTotalBytes: 2 ** 20 };
    const budgeted = await BoundedArchive.open({ buffer: await lyingBomb(6 * 2 ** 20, 64) }, limits, wording);
    try {
      expect((await refusal(readAll(archive))).code).toBe('PAYLOAD_TOO_LARGE');
      // Declared sizes fit, the total budget does not: refused when the budget is spent.
      (budgeted as unknown as { limits: ArchiveLimits }).limits = total;
      const error = await refusal(readAll(budgeted));
      expect(error.message).toContain("l'archive se décompresse en plus de 1 Mio");
    } finally {
      archive.close();
      budgeted.close();
    }
  });

  it('refuses an archive of 20,000 entries before reading them', async () => {
    const { ms } = await measured(async () => {
      const error = await refusal(BoundedArchive.open({ buffer: bombs.many }, STOCK_XLSX_LIMITS, wording));
      expect(error.message).toMatch(
        /^Le classeur xlsx est refusé : l'archive compte 20\s005 éléments \(1\s000 au plus\) ; rien n'a été importé\.$/,
      );
    });
    expect(ms).toBeLessThan(1000);
  });

  it('refuses what is not a zip, in French', async () => {
    const error = await refusal(
      BoundedArchive.open({ buffer: Buffer.from('<html></html>') }, STOCK_XLSX_LIMITS, wording),
    );
    expect(error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(error.message).toMatch(/^Le classeur xlsx est endommagé ou n'est pas une archive zip lisible/);
  });

  it('loads a legitimate workbook whole, and refuses the bombs, for the progress table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Avancement 2024-06-30').addRow(['Identifiant', 'Référence']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const loaded = await loadBoundedWorkbook(bytes, PROGRESS_XLSX_LIMITS, wording);
    expect(loaded.getWorksheet('Avancement 2024-06-30')?.getRow(1).getCell(2).value).toBe('Référence');
    for (const bomb of [bombs.honest, bombs.lying, bombs.many]) {
      await measured(async () => {
        const error = await refusal(loadBoundedWorkbook(bomb, PROGRESS_XLSX_LIMITS, wording));
        expect(error.code).toBe('PAYLOAD_TOO_LARGE');
      });
      expect(lastGrowth.rss).toBeLessThan(256);
    }
  });
});

describe('per-request upload directories', () => {
  let root: string;
  const previous = process.env.TMPDIR;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'copil-archive-test-'));
    process.env.TMPDIR = root;
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    await rm(root, { recursive: true, force: true });
  });

  it('are private and removed; stale ones are removed at start-up, recent ones kept', async () => {
    const dir = await createUploadDirectory();
    expect(path.dirname(dir.path)).toBe(root);
    const { stat } = await import('node:fs/promises');
    expect((await stat(dir.path)).mode & 0o777).toBe(0o700);
    await dir.remove();
    expect(await readdir(root)).toEqual([]);

    const stale = path.join(root, 'copil-upload-ancien');
    await mkdir(stale);
    const old = new Date(Date.now() - 7 * 60 * 60 * 1000);
    await utimes(stale, old, old);
    const recent = await createUploadDirectory();
    expect(await removeStaleUploadDirectories()).toBe(1);
    expect(await readdir(root)).toEqual([path.basename(recent.path)]);
    await recent.remove();
  });
});

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors';
import { describeEachEngine } from '../../../test/engines';
import { createTestOrganisation, createTestUser } from '../../../test/fixtures';
import { honestBomb, lyingBomb, manyEntries } from '../../../test/zip-bombs';
import type { Principal } from '../../../kernel/principal';
import { importStock } from './import.service';
import { fixtureRows, rplsCsv } from './rpls.fixtures';

/** A workbook as exceljs's streaming writer makes it (sheet before workbook, inline strings). */
async function streamedWorkbook(rows: string[][]): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on('data', (chunk: Buffer) => parts.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Patrimoine');
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(parts);
}

const mib = (n: number) => Math.round(n / 2 ** 20);

/**
 * Issue #17: xlsx decompression bombs sent to the stock import are refused quickly, in French,
 * with bounded memory and no file left in the temporary directory; a legitimate 40,000-row
 * workbook still imports.
 */
describeEachEngine('housing: stock import of hostile workbooks', (engine) => {
  let root: string;
  const previousTmp = process.env.TMPDIR;
  let agent: Principal;
  let landlordId: string;

  const run = (bytes: Buffer, filename: string) =>
    importStock(engine.db, agent, landlordId, {
      filename,
      stream: Readable.from([bytes]),
      bytesExpected: bytes.length,
      mode: 'all_or_nothing',
    });

  async function measured<T>(work: () => Promise<T>) {
    const base = process.memoryUsage();
    let rss = base.rss;
    let heap = base.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      rss = Math.max(rss, m.rss);
      heap = Math.max(heap, m.heapUsed);
    }, 5);
    const started = performance.now();
    const outcome = await work().then(
      (value) => ({ value, error: null }),
      (error: unknown) => ({ value: null, error }),
    );
    clearInterval(sampler);
    return { ...outcome, ms: Math.round(performance.now() - started), rss: rss - base.rss, heap: heap - base.heapUsed };
  }

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'copil-bombs-test-'));
    process.env.TMPDIR = root;
    landlordId = (await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office visé' })).id;
    agent = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: landlordId });
  });
  afterAll(async () => {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    await rm(root, { recursive: true, force: true });
  });

  it('imports a legitimate 40,000-row workbook, leaving no temporary file', async () => {
    const csvLines = rplsCsv(fixtureRows(40_000, { prefix: '063' }))
      .split(/\r?\n/)
      .filter((l) => l !== '');
    const bytes = await streamedWorkbook(csvLines.map((l) => l.split(';')));
    const { value: view, error, ms, heap, rss } = await measured(() => run(bytes, 'rpls-40000.xlsx'));
    console.info(
      `[${engine.kind}] 40,000-row xlsx import (${mib(bytes.length)} MiB): ${ms} ms; heap peak +${mib(heap)} MiB, rss peak +${mib(rss)} MiB`,
    );
    expect(error).toBeNull();
    expect(view).toMatchObject({ status: 'completed', counts: { created: 40_000, rowsInvalid: 0 } });
    expect(await readdir(root)).toEqual([]);
  });

  const bombs: [string, () => Promise<Buffer>, RegExp][] = [
    [
      'a sheet honestly declared at 3 GiB',
      () => honestBomb(),
      /^Le classeur xlsx est refusé : l'élément « xl\/worksheets\/sheet1\.xml » se décompresse en 3 Gio \(1,5 Gio au plus\) ; rien n'a été importé\.$/,
    ],
    [
      'a 3 GiB sheet whose central directory declares 64 MiB',
      () => lyingBomb(64 * 2 ** 20),
      /^Le classeur xlsx est refusé : l'élément « xl\/worksheets\/sheet1\.xml » ne se décompresse pas en la taille que l'archive annonce \(archive falsifiée\) ; rien n'a été importé\.$/,
    ],
    [
      'an archive of 20,000 entries',
      async () => manyEntries(20_000),
      /^Le classeur xlsx est refusé : l'archive compte 20\s005 éléments \(1\s000 au plus\) ; rien n'a été importé\.$/,
    ],
  ];
  for (const [what, build, message] of bombs)
    it(`refuses ${what} quickly, with bounded memory, leaving nothing behind`, async () => {
      const bytes = await build();
      const { error, ms, rss, heap } = await measured(() => run(bytes, 'bombe.xlsx'));
      console.info(
        `[${engine.kind}] ${what} (${(bytes.length / 2 ** 20).toFixed(1)} MiB): refused in ${ms} ms; heap peak +${mib(heap)} MiB, rss peak +${mib(rss)} MiB`,
      );
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('PAYLOAD_TOO_LARGE');
      expect((error as AppError).message).toMatch(message);
      expect(ms).toBeLessThan(10_000);
      expect(rss).toBeLessThan(256 * 2 ** 20);
      expect(await readdir(root)).toEqual([]);
      const failed = await engine.db
        .selectFrom('stock_imports')
        .select(['status', 'failure_message'])
        .where('id', '=', (error as AppError).extra.importId as string)
        .executeTakeFirstOrThrow();
      expect(failed).toEqual({ status: 'failed', failure_message: (error as AppError).message });
      expect(
        (await sql<{ n: number }>`select count(*)::int as n from stock_import_rows`.execute(engine.db)).rows[0]!.n,
      ).toBe(0);
    });
});

import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, expectAccessible, useCopil, type RunningCopil } from './harness';

describeInBrowser('Tableau de bord de la page d’accueil', () => {
  const env = useCopil();
  let copil: RunningCopil;
  let page: Page;

  beforeAll(async () => {
    copil = env.copil;
    ({ page } = await env.signedIn('department', ['coordinator']));
  });

  const main = () => page.getByRole('main');

  it('garde la liste des conventions et montre la santé de la convention en cours, chaque chiffre menant à sa page', async () => {
    await page.goto(copil.baseUrl);
    await main().getByRole('heading', { name: 'Conventions', level: 1 }).waitFor();
    const board = main().getByRole('region', {
      name: /^Tableau de bord : Convention de partenariat stratégique 2024-2033/,
    });
    await board.waitFor();
    const envelopes = board.getByRole('table', { name: 'Enveloppes : montant, engagé, versé et reste' });
    const investment = envelopes.getByRole('row').filter({ hasText: 'investissement' });
    await expect.poll(() => investment.textContent()).toMatch(/100\s000\s000,00\s€/);
    expect(await investment.textContent()).toMatch(/4\s000\s000,00\s€/);
    const trajectory = board.getByRole('table', { name: /Logements interdits de location à chaque échéance/ });
    expect(await trajectory.getByRole('rowheader').allTextContents()).toContain('01/01/2034');
    await expectAccessible(page);

    // An indicator off target opens its page.
    await board.getByRole('link', { name: 'Logements adaptés à la perte d’autonomie' }).click();
    await main().getByRole('heading', { level: 1, name: /ADAPT/ }).waitFor();
    expect(await main().textContent()).toContain("Calculé : logements des opérations d'adaptation livrées");

    // An envelope opens the finance page.
    await page.goBack();
    await main()
      .getByRole('region', { name: /^Tableau de bord/ })
      .getByRole('link', { name: /investissement/ })
      .click();
    // The home page has its own h1: wait for the address, not for any heading.
    await page.waitForURL(/\/conventions\/[0-9a-f-]+\/finances$/);
    await main().getByRole('heading', { level: 1 }).waitFor();
  });

  it('exporte en xlsx un tableau tel que la page le montre, montants en nombres', async () => {
    await page.goto(copil.baseUrl);
    const board = main().getByRole('region', {
      name: /^Tableau de bord : Convention de partenariat stratégique 2024-2033/,
    });
    const envelopes = board.getByRole('table', { name: 'Enveloppes : montant, engagé, versé et reste' });
    await expect
      .poll(() => envelopes.getByRole('row').filter({ hasText: 'investissement' }).textContent())
      .toMatch(/100\s000\s000,00\s€/);
    const shown = await envelopes
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.map((r) =>
          [...(r as HTMLTableRowElement).cells].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
        ),
      );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      board.getByRole('button', { name: 'Exporter en xlsx : Enveloppes : montant, engagé, versé et reste' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('enveloppes-montant-engage-verse-et-reste.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await download.path())!)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...shown[0]!]);
    expect(sheet.rowCount).toBe(shown.length);
    const investment = shown.findIndex((r) => r[0]!.includes('investissement'));
    expect(sheet.getRow(investment + 1).getCell(1).value).toBe(shown[investment]![0]);
    expect(sheet.getRow(investment + 1).getCell(2).value).toBe(100_000_000);
    await expectAccessible(page);
  });
});

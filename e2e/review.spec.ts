import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, expectAccessible, useCopil, type RunningCopil } from './harness';

describeInBrowser('Bilan annuel : choix de l’année et téléchargement', () => {
  const env = useCopil();
  let copil: RunningCopil;
  let page: Page;

  beforeAll(async () => {
    copil = env.copil;
    ({ page } = await env.signedIn('department', ['coordinator']));
  });

  const main = () => page.getByRole('main');

  it('télécharge le bilan 2024 en PDF et le dossier du COPIL en DOCX, avec l’avancement annoncé', async () => {
    await page.goto(copil.baseUrl);
    await main()
      .getByRole('link', { name: /Convention de partenariat stratégique 2024-2033/ })
      .click();
    await page
      .getByRole('navigation', { name: 'Sections de la convention' })
      .getByRole('link', { name: 'Bilan annuel' })
      .click();
    await main().getByRole('heading', { name: 'Bilan annuel', level: 1 }).waitFor();
    await main().getByLabel('Année du bilan').selectOption('2024');
    await expectAccessible(page);

    const review = main().getByRole('region', { name: 'Bilan annuel 2024' });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      review.getByRole('button', { name: 'Télécharger en PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('bilan-annuel-2024.pdf');
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    await expect
      .poll(() => main().getByRole('status').last().textContent())
      .toBe('Document prêt : bilan-annuel-2024.pdf.');

    const pack = main().getByRole('region', { name: 'Dossier du COPIL 2024 et projet de demande 2025' });
    const [docx] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      pack.getByRole('button', { name: 'Télécharger en DOCX' }).click(),
    ]);
    expect(docx.suggestedFilename()).toBe('dossier-copil-2024.docx');
    expect(
      readFileSync((await docx.path())!)
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
    await expectAccessible(page);
  }, 240_000);
});

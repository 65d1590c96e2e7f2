import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, expectAccessible, login, useCopil, type RunningCopil } from './harness';

const ARTICLE_NUMBERS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'];

describeInBrowser('Texte de la convention, objectifs et version imprimable', () => {
  const env = useCopil();
  let copil: RunningCopil;
  let page: Page;

  beforeAll(async () => {
    copil = env.copil;
    page = await env.newPage();
    await login(page, copil.baseUrl, copil.admin.email, copil.admin.password);
  });

  const sections = () => page.getByRole('navigation', { name: 'Sections de la convention' });

  it('ouvre la convention 2024-2033 depuis la liste : sommaire, articles 1 à 10, visas, préambule et convention précédente', async () => {
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Conventions', level: 1 }).waitFor();
    await main.getByRole('link', { name: /Convention de partenariat stratégique 2024-2033/ }).click();
    await page.getByRole('heading', { name: 'Sommaire', level: 2 }).waitFor();
    expect(await page.title()).toMatch(/^Convention de partenariat stratégique 2024-2033.* — Copil$/);

    // The table of contents: Visas, Préambule, then Article 1 … Article 10 in order.
    const toc = (await page.getByRole('navigation', { name: 'Sommaire' }).getByRole('link').allTextContents()).map(
      (t) => t.trim(),
    );
    expect(toc.slice(0, 2)).toEqual(['Visas', 'Préambule']);
    expect(toc.slice(2).map((t) => /^Article (\d+) : /.exec(t)?.[1])).toEqual(ARTICLE_NUMBERS);

    // Every article is a section named by its heading.
    for (const n of ARTICLE_NUMBERS) {
      expect(
        await main.getByRole('heading', { level: 2, name: new RegExp(`^Article ${n} : `) }).count(),
        `titre de l'article ${n}`,
      ).toBe(1);
    }
    expect(await main.getByRole('heading', { level: 2, name: 'Article 9 : Résiliation' }).count()).toBe(1);
    expect(await main.getByRole('region', { name: 'Article 9 : Résiliation' }).textContent()).toContain(
      'délai de trois mois',
    );

    const visas = main.getByRole('region', { name: 'Visas' });
    expect(await visas.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    expect(await visas.textContent()).toContain('Vu le code général des collectivités territoriales ;');
    expect(await main.getByRole('region', { name: 'Préambule' }).textContent()).toContain(
      '161 931 logements locatifs sociaux',
    );

    // The previous convention (2021-2023), linked, with its signature date.
    const previous = main.getByRole('link', { name: '01/01/2021 – 31/12/2023' });
    expect(await previous.count()).toBe(1);
    expect(await main.textContent()).toMatch(/01\/01\/2021 – 31\/12\/2023\s*, signée le 10\/09\/2021/);
    await expectAccessible(page);

    // A table-of-contents link leads to its article.
    await page
      .getByRole('navigation', { name: 'Sommaire' })
      .getByRole('link', { name: /^Article 9 : / })
      .click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#article-9');
  });

  it('mène en deux clics du texte de la convention à un engagement du document (« 10 245 logements »)', async () => {
    // Click 1: the section "Objectifs et engagements".
    await sections().getByRole('link', { name: 'Objectifs et engagements' }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Objectifs et engagements', level: 1 }).waitFor();
    await main.getByRole('heading', { name: 'Engagements des partenaires (article 3)', level: 2 }).waitFor();
    const objectives = await main.getByRole('heading', { level: 2, name: /^Objectif \d+ : / }).allTextContents();
    expect(objectives.map((t) => /^Objectif (\d+) : /.exec(t)?.[1])).toEqual(['1', '2', '3', '4']);
    expect(objectives[0]).toContain('Garantir une offre de logement social de qualité');
    expect(await main.getByRole('status').textContent()).toMatch(/^\d+ engagements affichés pour \d{4}$/);
    await expectAccessible(page);

    // Click 2: the commitment the document states about the 10 245 dwellings.
    await main.getByRole('link', { name: /^1\.1\.a .*10 245 logements soumis aux obligations de la loi Elan/ }).click();
    await page.getByRole('heading', { name: 'Engagement 1.1.a', level: 1 }).waitFor();
    const commitment = page.getByRole('main');
    expect(await commitment.textContent()).toContain('réhabiliter les 10 245 logements');
    expect(await commitment.getByRole('definition').allTextContents()).toContain('Office');
    expect(
      await commitment
        .getByRole('table', { name: "État de l'engagement pour chaque année de la convention" })
        .getByRole('rowheader')
        .allTextContents(),
    ).toEqual(['2024', '2025', '2026', '2027', '2028', '2029', '2030', '2031', '2032', '2033']);
    expect(await page.title()).toBe('Engagement 1.1.a — Copil');
    await expectAccessible(page);

    // Its source link returns to Article 2 of the convention.
    await commitment.getByRole('link', { name: 'Article 2' }).click();
    await page.getByRole('heading', { name: /^Article 2 : Objectifs partagés/ }).waitFor();
    expect(new URL(page.url()).hash).toBe('#article-2');
  });

  it('affiche la version imprimable consolidée, avec les articles, accessible', async () => {
    await sections().getByRole('link', { name: 'Version imprimable' }).click();
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Version imprimable', level: 1 }).waitFor();
    const version = main.getByText(/^Version consolidée au \d{2}\/\d{2}\/\d{4}/);
    await version.waitFor();
    expect(await version.textContent()).toMatch(/^Version consolidée au \d{2}\/\d{2}\/\d{4}, sans avenant\.$/);
    expect(
      await main.getByRole('heading', { level: 2, name: /^Convention de partenariat stratégique 2024-2033/ }).count(),
    ).toBe(1);
    const articles = await main.getByRole('heading', { level: 3, name: /^Article \d+ : / }).allTextContents();
    expect(articles.map((t) => /^Article (\d+) : /.exec(t)?.[1])).toEqual(ARTICLE_NUMBERS);
    expect(await main.getByRole('heading', { level: 3, name: 'Préambule' }).count()).toBe(1);
    expect(await main.textContent()).toContain('Vu le code général des collectivités territoriales ;');
    expect(await main.getByRole('button', { name: 'Imprimer' }).count()).toBe(1);
    await expectAccessible(page);

    // Another consolidation date is read from the URL.
    await main.getByLabel('Version consolidée au').fill('2024-06-01');
    await main.getByRole('button', { name: 'Afficher' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?date=2024-06-01');
    await expect.poll(() => version.textContent()).toBe('Version consolidée au 01/06/2024, sans avenant.');
  });
});

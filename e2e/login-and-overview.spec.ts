import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { describeInBrowser, expectAccessible, useCopil, type RunningCopil } from './harness';

describeInBrowser('Connexion et vue d’ensemble de la convention', () => {
  const env = useCopil();
  let copil: RunningCopil;
  let page: Page;

  beforeAll(async () => {
    copil = env.copil;
    page = await env.newPage();
  });

  it('renvoie un visiteur anonyme vers la page de connexion, accessible', async () => {
    await page.goto(`${copil.baseUrl}/journal`);
    await expect.poll(() => page.url()).toContain('/connexion');
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await page.title()).toBe('Connexion — Copil');
    await expectAccessible(page);
  });

  it('refuse un mauvais mot de passe avec un message en français', async () => {
    await page.getByLabel('Adresse électronique').fill(copil.admin.email);
    await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Adresse électronique ou mot de passe incorrect.');
    await expectAccessible(page);
  });

  it('connecte l’administrateur, le ramène à la page demandée, puis affiche l’en-tête et les parties de la convention', async () => {
    await page.getByLabel('Mot de passe').fill(copil.admin.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: "Journal d'audit", level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/journal');

    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Conventions' })
      .click();
    const list = page.getByRole('main');
    await list.getByRole('heading', { name: 'Conventions', level: 1 }).waitFor();
    await expect.poll(() => list.textContent()).toContain('Du 01/01/2024 au 31/12/2033');
    await expectAccessible(page);

    await list.getByRole('link', { name: /Convention de partenariat stratégique 2024-2033/ }).click();
    await page.getByRole('heading', { name: 'Parties' }).waitFor();
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text).toContain('du 01/01/2024 au 31/12/2033');
    expect(text).toContain('Tribunal administratif de Lille');
    expect(text).toContain('Département du Pas-de-Calais');
    expect(text).toContain('226 200 012 00012');
    expect(text).toContain('Pas-de-Calais habitat');
    expect(text).toContain('344 077 672 00022');
    expect(text).toContain('Daniel MACIEJASZ, Vice-Président');
    expect(text).toContain('Jean-Louis COTTIGNY, Président');
    expect(text).toContain('Bruno FONTALIRAND, Directeur général');
    await expectAccessible(page);
  });

  it('se parcourt au clavier : le lien d’évitement mène au contenu', async () => {
    await page.goto(copil.baseUrl);
    await page.getByRole('heading', { name: 'Conventions', level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu principal' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contenu');
  });

  it('déconnecte depuis le menu du compte', async () => {
    await page.getByRole('button', { name: /Mon compte/ }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    await page.goto(`${copil.baseUrl}/`);
    await expect.poll(() => page.url()).toContain('/connexion');
  });
});

import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { createTestUser } from '../src/server/test/fixtures';
import { describeInBrowser, expectAccessible, login, useCopil, type RunningCopil } from './harness';

/** Issue #17: an account delayed after wrong passwords is unlocked by the administrator from the Comptes page. */
describeInBrowser('Déblocage d’un compte', () => {
  const env = useCopil();
  let copil: RunningCopil;
  let page: Page;

  beforeAll(async () => {
    copil = env.copil;
    page = await env.newPage();
    await login(page, copil.baseUrl, copil.admin.email, copil.admin.password);
  });

  it('montre le compte bloqué après cinq mots de passe erronés et le débloque', async () => {
    const user = await createTestUser(copil.built.database.db, { roles: ['admin'], displayName: 'Agent Bloqué' });
    for (let i = 0; i < 5; i++)
      await copil.built.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: '192.0.2.77',
        payload: { email: user.email, password: `Mauvais-Mot-${i}-Passe` },
      });

    await page.getByRole('link', { name: 'Comptes' }).click();
    await page.getByRole('heading', { name: 'Comptes', level: 1 }).waitFor();
    const row = page.getByRole('row', { name: /Agent Bloqué/ });
    await expect.poll(() => row.textContent()).toContain('Bloqué jusqu');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Débloquer le compte de Agent Bloqué' }).click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain('Compte de Agent Bloqué débloqué');
    await expect.poll(() => row.textContent()).toContain('Actif');
    await expectAccessible(page);
  });
});

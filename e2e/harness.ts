import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { buildApp, type BuiltApp } from '../src/server/app';
import { loadConfig } from '../src/server/platform/config';
import { connectEmbedded } from '../src/server/platform/db/connect';
import { createTestUser } from '../src/server/test/fixtures';

/**
 * Browser tests drive the real app (built web assets, Fastify, an in-memory PGlite seeded with
 * the reference convention) in Debian's Chromium through playwright-core.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
// COPIL_E2E_WEB_DIR lets parallel work build the web app into its own folder (`vite build --outDir …`).
const WEB_DIR = path.resolve(process.env.COPIL_E2E_WEB_DIR ?? 'dist/web');

/** describe() when Chromium is there; outside CI a loud skip with the install command; in CI a failure. */
export function describeInBrowser(name: string, fn: () => void) {
  if (existsSync(CHROMIUM)) return describe(name, fn);
  const message = `Chromium introuvable (${CHROMIUM}) : installez-le avec « apt-get install -y chromium ».`;
  if (process.env.CI === 'true') {
    return describe(name, () => {
      throw new Error(`${message} En CI, une suite navigateur sautée est un échec.`);
    });
  }
  console.warn(`\n*** SUITE NAVIGATEUR SAUTÉE — ${message} ***\n`);
  return describe.skip(name, fn);
}

/** The reference parties of the seed, by SIRET. */
export const DEPARTMENT_SIRET = '22620001200012';
export const OFFICE_SIRET = '34407767200022';
const partySirets = { department: DEPARTMENT_SIRET, office: OFFICE_SIRET } as const;

/** A page's text as a person reads it: no-break spaces as spaces, runs of spaces as one. */
export const plain = (text: string | null) =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export interface RunningCopil {
  baseUrl: string;
  admin: { email: string; password: string };
  built: BuiltApp;
  close(): Promise<void>;
}

/** `env` adds environment variables to the configuration (SMTP_URL of a test mail server…). */
export async function startCopil(env: Record<string, string> = {}): Promise<RunningCopil> {
  if (!existsSync(path.join(WEB_DIR, 'index.html'))) {
    throw new Error(
      'dist/web absent : lancez « npm run build » avant les tests navigateur (npm run test:e2e le fait).',
    );
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'copil-e2e-'));
  const config = loadConfig({
    COPIL_DATA_DIR: dataDir,
    COPIL_WEB_DIR: WEB_DIR,
    LOG_LEVEL: 'silent',
    PORT: '3000',
    ...env,
  });
  const built = await buildApp(config, { database: await connectEmbedded(null) });
  const address = await built.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl: address,
    admin: built.initialAdmin!,
    built,
    async close() {
      await built.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

export async function login(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/connexion`);
  await page.getByLabel('Adresse électronique').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
}

/** Runs axe on the page as it is; fails on any serious or critical violation, listing them. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const grave = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(grave).toEqual([]);
}

/**
 * One Copil, one Chromium and a scratch folder for a spec file: started before its tests (before
 * the spec's own beforeAll), closed after them.
 */
export function useCopil(env: () => Record<string, string> = () => ({})) {
  const state: { copil?: RunningCopil; browser?: Browser; dir?: string } = {};
  beforeAll(async () => {
    state.copil = await startCopil(env());
    state.browser = await launchBrowser();
    state.dir = mkdtempSync(path.join(tmpdir(), 'copil-e2e-files-'));
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.copil?.close();
    if (state.dir) rmSync(state.dir, { recursive: true, force: true });
  });
  return {
    get copil(): RunningCopil {
      return state.copil!;
    },
    /** A page in a fresh browser context (its own cookies: one person each), in French. */
    async newPage(): Promise<Page> {
      return (await state.browser!.newContext({ locale: 'fr-FR' })).newPage();
    },
    /** The 2024–2033 reference convention's id. */
    async referenceConventionId(): Promise<string> {
      const db = state.copil!.built.database.db;
      return (
        await db
          .selectFrom('conventions')
          .select('id')
          .where('period_start', '=', '2024-01-01')
          .executeTakeFirstOrThrow()
      ).id;
    },
    /** A new user of a reference party (the Département or the office), signed in on a page of its own. */
    async signedIn(
      party: keyof typeof partySirets,
      roles: Parameters<typeof createTestUser>[1]['roles'],
      displayName?: string,
    ) {
      const db = state.copil!.built.database.db;
      const organisationId = (
        await db
          .selectFrom('organisations')
          .select('id')
          .where('siret', '=', partySirets[party])
          .executeTakeFirstOrThrow()
      ).id;
      const user = await createTestUser(db, { roles, organisationId, ...(displayName ? { displayName } : {}) });
      const page = await (await state.browser!.newContext({ locale: 'fr-FR' })).newPage();
      await login(page, state.copil!.baseUrl, user.email, user.password);
      return { page, user, organisationId };
    },
    /** Writes a small valid PDF in the scratch folder and returns its path, for file inputs. */
    writePdf(name: string): string {
      const file = path.join(state.dir!, name);
      writeFileSync(file, minimalPdf());
      return file;
    },
  };
}

/** A minimal but valid one-page PDF (header, catalog, pages, page, xref, trailer). */
export function minimalPdf(): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = body.length;
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
}

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FullDatasets } from '../lib/full';
import { result, type Result } from '../lib/report';
import { startServer } from '../lib/server';

/**
 * The JavaScript a first visit downloads (gzipped): the entry script and the modules it preloads,
 * read from the built index.html. The floor is React and the router alone (the vendor chunk when
 * there is one), so the ratio shows what Copil itself adds.
 */
export function bundleScenario(webDir = 'dist/web'): Result[] {
  const html = readFileSync(path.join(webDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = (file: string) => gzipSync(readFileSync(path.join(webDir, file)), { level: 9 }).length / 1024;
  const total = files.reduce((sum, f) => sum + gz(f), 0);
  return [
    result({
      scenario: 'JavaScript de la première page (gzip)',
      engine: '-',
      size: `${files.length} fichiers`,
      measured: total,
      unit: 'Kio',
      floorLabel: null,
      floor: null,
      better: 'lower',
      target: '< 200 Kio',
      met: total < 200,
    }),
  ];
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Time to show the home dashboard in headless Chromium, logged in, on the full-scale data: from
 * navigation to the dashboard's heading on screen (median of 3 after a warm-up). Floor: the same
 * navigation to a page with the shell and no data (the "page not found" page).
 */
async function dashboardInBrowser(base: string, email: string, password: string): Promise<Result[]> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/connexion`);
    await page.getByLabel('Adresse électronique').fill(email);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('navigation', { name: 'Navigation principale' }).waitFor();
    const show = async (path: string, ready: () => Promise<void>) => {
      const times: number[] = [];
      for (let i = 0; i < 4; i++) {
        const start = performance.now();
        await page.goto(base + path);
        await ready();
        if (i > 0) times.push(performance.now() - start);
      }
      return times.sort((a, b) => a - b)[1]!;
    };
    const floor = await show('/page-inexistante', () =>
      page.getByRole('navigation', { name: 'Navigation principale' }).waitFor(),
    );
    const dashboard = await show('/', () =>
      page
        .getByRole('heading', { name: /^Tableau de bord/ })
        .first()
        .waitFor({ timeout: 60_000 }),
    );
    return [
      result({
        scenario: 'web : tableau de bord affiché (Chromium)',
        engine: 'server',
        size: '40 000 logements, jeu complet',
        measured: dashboard,
        unit: 'ms',
        floorLabel: 'page sans données',
        floor,
        better: 'lower',
        target: '< 1 500 ms',
        met: dashboard < 1500,
      }),
    ];
  } finally {
    await browser.close();
  }
}

/**
 * The web scenario: the first page's JavaScript, and the dashboard shown in headless Chromium on
 * the full-scale dataset of 40,000 dwellings (server), logged in as the Département's coordinator.
 * Needs the built application (`npm run build`, or --web <folder>) and, for the browser, Chromium.
 */
export async function webScenarios(options: { full: FullDatasets; webDir: string; port?: number }): Promise<Result[]> {
  if (!existsSync(path.join(options.webDir, 'index.html'))) return [];
  const results = bundleScenario(options.webDir);
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) return results;
  const target = await options.full.get('server', 40_000);
  const server = await startServer(target.location, options.port ?? 3998, options.webDir);
  try {
    const coordinator = target.world.users.find((u) => u.role === 'coordinator')!;
    results.push(...(await dashboardInBrowser(server.base, coordinator.email, target.world.password)));
  } finally {
    await server.stop();
  }
  return results;
}

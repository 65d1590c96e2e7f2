import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import viteConfig from '../../../vite.config';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  describeEachEngine,
  expectProblem,
  loginAs,
  type InjectResponse,
  type LoggedIn,
  type TestApp,
} from '../test/engines';
import { createTestUser, STRONG_PASSWORD } from '../test/fixtures';
import { honestBomb, zipOf } from '../test/zip-bombs';

/**
 * Issue 10, point 3, in one place: each web-security promise checked against the running app.
 * Deeper tests of the same mechanisms live with their code (access.db.test: lock-out and
 * throttling races; api.db.test: CSRF, expiry; conventions.api.db.test: uploads; spreadsheets.test
 * and finance exports: formula cells). This file proves each holds end to end.
 */
const FORMULA = '=HYPERLINK("http://evil.example","Cliquez")';

function cspDirectives(header: unknown): Map<string, string[]> {
  expect(typeof header).toBe('string');
  return new Map(
    (header as string)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectBaselineHeaders(response: InjectResponse) {
  const csp = cspDirectives(response.headers['content-security-policy']);
  const scripts = csp.get('script-src') ?? csp.get('default-src')!;
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src') ?? csp.get('default-src')).toEqual(["'none'"]);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(response.headers['referrer-policy']).toBe('same-origin');
}

describeEachEngine('web security', (engine) => {
  let built: TestApp;
  let webBuilt: TestApp;
  let admin: LoggedIn;
  let coordinator: LoggedIn;
  let conventionId: string;
  let address = 0;
  const remoteAddress = () => `203.0.113.${++address}`;

  beforeAll(async () => {
    built = await buildTestApp(engine);
    admin = await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
    const department = await engine.db
      .selectFrom('organisations')
      .select('id')
      .where('siret', '=', '22620001200012')
      .executeTakeFirstOrThrow();
    const coordinatorUser = await createTestUser(engine.db, { roles: ['coordinator'], organisationId: department.id });
    coordinator = await loginAs(built.app, coordinatorUser.email, coordinatorUser.password, {
      remoteAddress: '198.51.100.200',
    });
    conventionId = (
      await engine.db
        .selectFrom('conventions')
        .select('id')
        .where('period_start', '=', '2024-01-01')
        .executeTakeFirstOrThrow()
    ).id;
    // A second app serving a (tiny) built web app, as in production.
    const webDir = path.join(built.dataDir, 'web');
    mkdirSync(path.join(webDir, 'assets'), { recursive: true });
    writeFileSync(
      path.join(webDir, 'index.html'),
      '<!doctype html><html lang="fr"><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
    );
    writeFileSync(path.join(webDir, 'assets', 'app.js'), 'export {};\n');
    writeFileSync(path.join(webDir, 'assets', 'app.js.map'), '{"version":3,"sources":["../src/secret.ts"]}');
    webBuilt = await buildTestApp(engine, { COPIL_WEB_DIR: webDir });
  });
  afterAll(async () => {
    await webBuilt?.close();
    await built?.close();
  });

  describe('security headers', () => {
    it('sends a strict policy on the web app, its assets, the API, errors and unknown addresses', async () => {
      const responses = await Promise.all(
        ['/', '/conventions/quelque-chose', '/assets/app.js', '/api/health', '/api/conventions', '/api/nowhere'].map(
          (url) => webBuilt.app.inject({ method: 'GET', url }),
        ),
      );
      expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 401, 404]);
      for (const response of responses) expectBaselineHeaders(response);
      const page = cspDirectives(responses[0]!.headers['content-security-policy']);
      expect(page.get('script-src')).toEqual(["'self'"]);
      expect(page.get('style-src')).toEqual(["'self'"]);
      expect(responses[3]!.headers['cache-control']).toBe('no-store');
    });

    it('lets only the API documentation use inline styles, never inline scripts', async () => {
      const first = await built.app.inject({ method: 'GET', url: '/api/docs' });
      const docs =
        first.statusCode === 302
          ? await built.app.inject({
              method: 'GET',
              url: new URL(first.headers.location!, 'http://localhost/api/docs').pathname,
            })
          : first;
      expect(docs.statusCode).toBe(200);
      expect(docs.body).toContain('swagger-ui');
      expectBaselineHeaders(docs);
      expect(docs.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(cspDirectives(docs.headers['content-security-policy']).get('style-src')).toContain("'unsafe-inline'");
    });

    it('sends HSTS only over HTTPS: never on plain HTTP, nor on a forwarded header from an untrusted client', async () => {
      expect(
        (await built.app.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security'],
      ).toBeUndefined();
      const spoofed = await built.app.inject({
        method: 'GET',
        url: '/api/health',
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(spoofed.headers['strict-transport-security']).toBeUndefined();
    });

    it('sends HSTS behind a trusted proxy that says HTTPS, and when the public address is https://', async () => {
      const proxied = await buildTestApp(engine, { TRUST_PROXY: '127.0.0.1' }); // inject() comes from 127.0.0.1
      try {
        const https = await proxied.app.inject({
          method: 'GET',
          url: '/api/health',
          headers: { 'x-forwarded-proto': 'https' },
        });
        expect(https.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
        const http = await proxied.app.inject({
          method: 'GET',
          url: '/api/health',
          headers: { 'x-forwarded-proto': 'http' },
        });
        expect(http.headers['strict-transport-security']).toBeUndefined();
      } finally {
        await proxied.close();
      }
      const secure = await buildTestApp(engine, { PUBLIC_URL: 'https://copil.exemple.fr' });
      try {
        const user = await createTestUser(engine.db, { roles: ['admin'] });
        const login = await secure.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: remoteAddress(),
          payload: { email: user.email, password: user.password },
        });
        expect(login.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
        const cookie = login.cookies.find((c) => c.name === 'copil_session')!;
        expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
      } finally {
        await secure.close();
      }
    });

    it('serves uploaded documents and exports as sandboxed attachments', async () => {
      const pdf = Buffer.from(
        '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
        'latin1',
      );
      const boundary = '----copilsecurity';
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="piece.pdf"\r\nContent-Type: text/html\r\n\r\n`,
        ),
        pdf,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const uploaded = await coordinator.inject('POST', `/api/conventions/${conventionId}/documents`, payload, {
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      });
      expect(uploaded.statusCode).toBe(201);
      const download = await coordinator.inject('GET', `/api/documents/${uploaded.json<{ id: string }>().id}`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toMatch(/^attachment;/);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(cspDirectives(download.headers['content-security-policy']).has('sandbox')).toBe(true);

      const exported = await coordinator.inject(
        'GET',
        `/api/conventions/${conventionId}/exports/finances.csv?table=enveloppes`,
      );
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-disposition']).toMatch(/^attachment;/);
      const csp = cspDirectives(exported.headers['content-security-policy']);
      expect(csp.has('sandbox')).toBe(true);
      expect(csp.get('default-src')).toEqual(["'none'"]);
    });
  });

  describe('sessions and cookies', () => {
    it('sets the session cookie signed, HttpOnly, SameSite=Lax, not Secure on plain http://localhost', async () => {
      const user = await createTestUser(engine.db, { roles: ['admin'] });
      const login = await built.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: remoteAddress(),
        payload: { email: user.email, password: user.password },
      });
      const cookie = login.cookies.find((c) => c.name === 'copil_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
      expect(cookie.secure).toBeFalsy();
      // Signed: a tampered value is refused.
      const tampered = `${cookie.value.slice(0, -2)}xx`;
      const refused = await built.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { cookie: `copil_session=${tampered}` },
      });
      expect(refused.statusCode).toBe(401);
    });

    it('prevents session fixation: a login never adopts the session cookie it was sent', async () => {
      const attacker = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: null });
      const victim = await createTestUser(engine.db, { roles: ['admin'] });
      const planted = await loginAs(built.app, attacker.email, attacker.password);
      const login = await built.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: remoteAddress(),
        headers: { cookie: planted.cookie },
        payload: { email: victim.email, password: victim.password },
      });
      expect(login.statusCode).toBe(200);
      const fresh = login.cookies.find((c) => c.name === 'copil_session')!;
      expect(`copil_session=${fresh.value}`).not.toBe(planted.cookie);
      expect(login.json<{ csrfToken: string }>().csrfToken).not.toBe(planted.csrf);
      // The planted cookie still opens only the attacker's own session.
      const plantedSession = await built.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { cookie: planted.cookie },
      });
      expect(plantedSession.json<{ user: { email: string } }>().user.email).toBe(attacker.email);
    });

    it('requires the CSRF token on every state-changing private route the app registers', async () => {
      const writers = built.app.routeInventory.filter((r) => !['GET', 'HEAD', 'OPTIONS'].includes(r.method));
      expect(writers.length).toBeGreaterThan(40);
      const publicWriters = writers.filter((r) => r.public).map((r) => `${r.method} ${r.url}`);
      // The public writes: logging in, asking for a password link (throttled like login) and using
      // one (a single-use secret from an e-mail). JSON only: a cross-site form cannot send them.
      expect(publicWriters.sort()).toEqual([
        'POST /api/auth/login',
        'POST /api/auth/password-links/check',
        'POST /api/auth/password-links/use',
        'POST /api/auth/password-reset',
      ]);
      for (const url of publicWriters.map((w) => w.slice(5))) {
        const form = await built.app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload: 'email=victime%40example.test&token=x&password=Correct-Horse-42-Battery',
        });
        expect(form.statusCode, `${url} from a form`).toBeGreaterThanOrEqual(400);
        expect(form.statusCode, `${url} from a form`).toBeLessThan(500);
      }
      const failures: string[] = [];
      for (const route of writers.filter((r) => !r.public)) {
        const url = route.url.replace(/:[A-Za-z]+/g, randomUUID());
        const response = await admin.inject(route.method as 'POST', url, {}, { csrf: false });
        if (response.statusCode !== 403 || response.json<{ code: string }>().code !== 'CSRF_TOKEN_INVALID')
          failures.push(`${route.method} ${route.url} → ${response.statusCode}`);
        const forged = await admin.inject(
          route.method as 'POST',
          url,
          {},
          { csrf: false, headers: { 'x-csrf-token': `${admin.csrf.slice(0, -1)}0` } },
        );
        if (forged.statusCode !== 403)
          failures.push(`${route.method} ${route.url} (jeton faux) → ${forged.statusCode}`);
      }
      expect(failures).toEqual([]);
    });
  });

  describe('accounts', () => {
    it('locks an account after five failures with a French message giving the end of the lock', async () => {
      const user = await createTestUser(engine.db, { roles: ['admin'] });
      const address = remoteAddress();
      const attempt = (password: string) =>
        built.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: address,
          payload: { email: user.email, password },
        });
      for (let i = 0; i < 4; i++) expectProblem(await attempt(`Wrong-Password-${i}`), 401, 'INVALID_CREDENTIALS');
      const locked = expectProblem(await attempt('Wrong-Password-4'), 429, 'ACCOUNT_LOCKED');
      expect(locked.detail).toMatch(/bloqué/i);
      const during = await attempt(user.password);
      expectProblem(during, 429, 'ACCOUNT_LOCKED');
      expect(Number(during.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('throttles an address after 20 failures, with Retry-After', async () => {
      const address = remoteAddress();
      for (let i = 0; i < 20; i++)
        await built.app.inject({
          method: 'POST',
          url: '/api/auth/login',
          remoteAddress: address,
          payload: { email: `x${i}@example.test`, password: 'Wrong-Password-1' },
        });
      const throttled = await built.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        remoteAddress: address,
        payload: { email: built.initialAdmin!.email, password: built.initialAdmin!.password },
      });
      const body = expectProblem(throttled, 429, 'TOO_MANY_REQUESTS');
      expect(body.detail.length).toBeGreaterThan(10);
      expect(throttled.headers['retry-after']).toMatch(/^\d+$/);
    });

    it('enforces the password policy with a message on the password field', async () => {
      for (const password of ['court', 'motdepassetoutenminuscules', '123456789012']) {
        const weak = await admin.inject('POST', '/api/users', {
          email: `weak-${randomUUID()}@example.test`,
          displayName: 'Faible',
          organisationId: null,
          roles: ['admin'],
          password,
        });
        const problem = expectProblem(weak, 400, 'VALIDATION_FAILED');
        expect(problem.errors?.[0]?.field).toBe('password');
      }
      const strong = await admin.inject('POST', '/api/users', {
        email: `strong-${randomUUID()}@example.test`,
        displayName: 'Fort',
        organisationId: null,
        roles: ['admin'],
        password: STRONG_PASSWORD,
      });
      expect(strong.statusCode).toBe(201);
    });
  });

  it('serves no source map: none in the production build, none from the web folder (issue #17)', async () => {
    expect(viteConfig.build?.sourcemap).toBe(false);
    for (const url of ['/assets/app.js.map', '/assets/app.js.map?v=1', '/assets/autre.js.map']) {
      const response = await webBuilt.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body).not.toContain('secret.ts');
    }
    expect((await webBuilt.app.inject({ method: 'GET', url: '/assets/app.js' })).statusCode).toBe(200);
  });

  describe('files', () => {
    it('checks uploads by content, not by name: HTML or an executable named .pdf is refused', async () => {
      for (const bytes of [
        Buffer.from('<html><script>alert(1)</script></html>'),
        Buffer.from('MZ\x90\x00\x03', 'latin1'),
      ]) {
        const boundary = '----copilhostile';
        const payload = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="rapport.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
          ),
          bytes,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        const response = await coordinator.inject('POST', `/api/conventions/${conventionId}/documents`, payload, {
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        });
        expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
      }
    });

    it('checks every declared type by content: HTML as .csv, %PDF- then HTML, a zip that is no workbook (issue #17)', async () => {
      const send = (filename: string, bytes: Buffer) => {
        const boundary = '----copilcontent';
        const payload = Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
          ),
          bytes,
          Buffer.from(`\r\n--${boundary}--\r\n`),
        ]);
        return coordinator.inject('POST', `/api/conventions/${conventionId}/documents`, payload, {
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        });
      };
      const refused: [string, Buffer, RegExp][] = [
        [
          'tableau.csv',
          Buffer.from('<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>'),
          /^Le contenu du fichier ne correspond pas à son extension \.csv : il contient du HTML ou du XML \(balise « <!doctype »\)/,
        ],
        ['tableau.csv', Buffer.from('a;b\r\n1;<svg onload=alert(1)>\r\n'), /balise « <svg »/],
        ['rapport.pdf', Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>'), /\.pdf : .*balise « <html »/],
        ['rapport.pdf', Buffer.from('%PDF-<script>alert(1)</script>'), /extension \.pdf\.$/],
        ['image.png', Buffer.from('\x89PNG\r\n\x1a\n<html><script>alert(1)</script>', 'latin1'), /balise « <html »/],
        [
          'tableau.xlsx',
          zipOf([{ name: 'index.html', data: Buffer.from('<html></html>'), method: 0, crc: 0, uncompressedSize: 13 }]),
          /\.xlsx : partie « \[Content_Types\]\.xml » absente/,
        ],
        [
          'tableau.xlsx',
          await honestBomb(),
          /^Le document \.xlsx est refusé : l'élément « xl\/worksheets\/sheet1\.xml »/,
        ],
      ];
      for (const [filename, bytes, message] of refused) {
        const response = await send(filename, bytes);
        expect(response.statusCode, filename).toBeGreaterThanOrEqual(413);
        expect(response.statusCode, filename).toBeLessThanOrEqual(415);
        expect(response.json<{ detail: string }>().detail).toMatch(message);
      }
      const workbook = new ExcelJS.Workbook();
      workbook.addWorksheet('Feuille').addRow(['a', 'b']);
      for (const [filename, bytes] of [
        ['tableau.csv', Buffer.from('Ligne;Texte\r\n1;RÉSIDENCE <LES TILLEULS>\r\n')],
        ['tableau.xlsx', Buffer.from(await workbook.xlsx.writeBuffer())],
        ['rapport.pdf', Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n')],
      ] as const)
        expect((await send(filename, bytes)).statusCode, filename).toBe(201);
    });

    it('neutralises formula-like cells in exports', async () => {
      const overview = (await coordinator.inject('GET', `/api/conventions/${conventionId}/finance`)).json<{
        envelopes: { id: string; kind: string; allocations: { id: string; year: number }[] }[];
      }>();
      const allocation = overview.envelopes
        .find((e) => e.kind === 'operating')!
        .allocations.find((a) => a.year === 2024)!;
      const created = await coordinator.inject('POST', `/api/allocations/${allocation.id}/funding-agreement`, {
        amount: '1000.00',
        signedOn: '2024-04-02',
        purpose: FORMULA,
        schedule: [{ kind: 'balance', label: '@SUM(A1)', amount: '1000.00' }],
      });
      expect(created.statusCode).toBe(201);
      const csv = await coordinator.inject(
        'GET',
        `/api/conventions/${conventionId}/exports/finances.csv?table=conventions-financieres`,
      );
      expect(csv.statusCode).toBe(200);
      expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"",""Cliquez"")"`);
      expect(csv.body).not.toMatch(/(^|;)"?=HYPERLINK/m);
    });
  });
});

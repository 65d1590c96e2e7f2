import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CSRF_SCHEME, downloadTypes, operationIdOf, SESSION_SCHEME } from './platform/http/openapi';
import { buildTestApp, describeEachEngine, expectProblem, loginAs, type LoggedIn, type TestApp } from './test/engines';

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string }[];
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}
interface Schema {
  type?: string;
  format?: string;
  required?: string[];
  properties?: Record<string, Schema>;
}
interface Document {
  info: { version: string };
  components: {
    securitySchemes: Record<string, { type: string; in: string; name: string }>;
    responses: Record<string, { content: Record<string, unknown> }>;
  };
  paths: Record<string, Record<string, Operation>>;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)(\([^)]*\))?/g, '{$1}');

/** The OpenAPI description (issue #20): what a generated client and a linter rely on. */
describeEachEngine('OpenAPI description', (engine) => {
  let built: TestApp;
  let admin: LoggedIn;
  let doc: Document;
  let body: string;
  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
    );

  beforeAll(async () => {
    built = await buildTestApp(engine);
    admin = await loginAs(built.app, built.initialAdmin!.email, built.initialAdmin!.password);
    const response = await built.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    body = response.body;
    doc = response.json() as Document;
  });
  afterAll(async () => built?.close());

  it('describes every API route, each with its own stable camelCase operationId', () => {
    const api = built.app.routeInventory.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(api.length).toBeGreaterThan(100);
    for (const route of api) {
      const op = doc.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      expect(op, `${route.method} ${route.url}`).toBeDefined();
      expect(op!.operationId).toBe(route.schema?.operationId ?? operationIdOf(route.method, route.url));
    }
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('declares the session cookie on private routes, with the CSRF header when they change data', () => {
    expect(doc.components.securitySchemes[SESSION_SCHEME]).toMatchObject({
      type: 'apiKey',
      in: 'cookie',
      name: 'copil_session',
    });
    expect(doc.components.securitySchemes[CSRF_SCHEME]).toMatchObject({
      type: 'apiKey',
      in: 'header',
      name: 'x-csrf-token',
    });
    for (const route of built.app.routeInventory.filter(
      (r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
    )) {
      const op = doc.paths[openApiPath(route.url)]![route.method.toLowerCase()]!;
      const expected = route.public
        ? []
        : SAFE.has(route.method)
          ? [{ [SESSION_SCHEME]: [] }]
          : [{ [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] }];
      expect(op.security, `${route.method} ${route.url}`).toEqual(expected);
      if (!route.public) expect(Object.keys(op.responses), `${route.method} ${route.url}`).toContain('401');
    }
    expect(doc.paths['/api/auth/login']!.post!.security).toEqual([]);
  });

  it('declares every error as application/problem+json, and the server answers errors so', async () => {
    for (const { path, method, op } of operations()) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(response.$ref, `${method} ${path} ${status}`).toBe(`#/components/responses/Error${status}`);
      }
    }
    for (const response of Object.values(doc.components.responses)) {
      expect(Object.keys(response.content)).toEqual(['application/problem+json']);
    }
    expectProblem(await built.app.inject({ method: 'GET', url: '/api/conventions' }), 401, 'UNAUTHENTICATED');
    expectProblem(await admin.inject('GET', '/api/nothing-here'), 404, 'NOT_FOUND');
    expectProblem(await admin.inject('GET', '/api/audit?pageSize=0'), 400, 'VALIDATION_FAILED');
    expectProblem(await admin.inject('POST', '/api/organisations', {}, { csrf: false }), 403, 'CSRF_TOKEN_INVALID');
  });

  it('answers a wrong method on an existing address with 405, the methods allowed, in French', async () => {
    const health = await built.app.inject({ method: 'POST', url: '/api/health' });
    const problem = expectProblem(health, 405, 'METHOD_NOT_ALLOWED');
    expect(health.headers.allow).toBe('GET, HEAD');
    expect(problem.detail).toBe("La méthode POST n'est pas acceptée pour /api/health : utilisez GET ou HEAD.");
    expect(problem.title).toBe('Méthode non autorisée');
    const id = '00000000-0000-4000-8000-000000000000';
    const wrong = await admin.inject('DELETE', `/api/decisions/${id}?x=1`);
    expectProblem(wrong, 405, 'METHOD_NOT_ALLOWED');
    expect(wrong.headers.allow).toBe('GET, HEAD, PATCH');
    // An unknown address stays a 404.
    expectProblem(await admin.inject('DELETE', `/api/decisions/${id}/nothing`), 404, 'NOT_FOUND');
  });

  it('pages every paginated list one way: page and pageSize in, items, total, page and pageSize out', async () => {
    const paged = operations().filter(({ op }) => op.parameters?.some((p) => p.in === 'query' && p.name === 'page'));
    expect(paged.map(({ method, path }) => `${method} ${path}`).sort()).toEqual([
      'GET /api/audit',
      'GET /api/stock-imports/{id}/errors',
      'GET /api/stocks/{id}/dwellings',
    ]);
    for (const { path, op } of paged) {
      expect(
        op.parameters!.some((p) => p.in === 'query' && p.name === 'pageSize'),
        path,
      ).toBe(true);
      const schema = op.responses['200']!.content!['application/json']!.schema!;
      expect(schema.required, path).toEqual(expect.arrayContaining(['items', 'total', 'page', 'pageSize']));
      expect(schema.properties!.items!.type, path).toBe('array');
    }
    for (const { path, op } of operations()) {
      const names = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      expect(names, path).not.toContain('offset');
      expect(names, path).not.toContain('limit');
    }
    const page = (await admin.inject('GET', '/api/audit?page=2&pageSize=3')).json() as Record<string, unknown>;
    expect(page).toMatchObject({ page: 2, pageSize: 3, total: expect.any(Number) });
    expect(page.items).toHaveLength(3);
  });

  it('names the media types of every download', () => {
    const binary = { schema: { type: 'string', format: 'binary' } };
    for (const { path, method, op } of operations()) {
      const extension = /\.([a-z]+)$/.exec(path)?.[1];
      if (extension && downloadTypes[extension] && extension !== 'json') {
        expect(op.responses['200']?.content, `${method} ${path}`).toEqual({ [downloadTypes[extension]]: binary });
      }
      const success = Object.keys(op.responses).filter((s) => /^[23]/.test(s));
      expect(success.length, `${method} ${path}`).toBeGreaterThan(0);
      for (const status of success.filter((s) => s !== '204' && s[0] === '2')) {
        expect(Object.keys(op.responses[status]!.content ?? {}).length, `${method} ${path} ${status}`).toBeGreaterThan(
          0,
        );
      }
    }
    expect(Object.keys(doc.paths['/api/conventions/{id}/annual-review']!.get!.responses['200']!.content!)).toEqual([
      'application/pdf',
      downloadTypes.docx,
    ]);
    expect(Object.keys(doc.paths['/api/calendar/{file}']!.get!.responses['200']!.content!)).toEqual(['text/calendar']);
  });

  it('never tells anonymous readers the version of the software', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(doc.info.version).not.toBe(pkg.version);
    expect(body).not.toContain(`"${pkg.version}"`);
  });
});

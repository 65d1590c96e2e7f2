import fc from 'fast-check';
import type { FastifySchema } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { z } from 'zod';
import { AppError } from '../../platform/errors';
import { toAppError } from '../../platform/http/problem';
import { findUnstorableText } from '../../platform/http/text-guard';
import { buildTestApp, describeEachEngine, type TestApp } from '../../test/engines';
import { concreteUrl, prepareWalk, type Walk } from '../matrix-walk';
import type { MatrixEntry, MatrixRole } from '../matrix/types';
import { apiTargets, hostileRequest, type ApiTarget } from './api-targets';
import { fuzzRuns } from './budget';
import { expectFrenchRefusal, problemLanguageIssues } from './french';
import { DANGEROUS_KEYS, hostileJson, hostileObjectFor, hostileString, serialiseJson } from './hostile';

/**
 * Issue 10, point 8, the JSON API: every state-changing route gets generated hostile requests
 * (wrong types, nested objects, huge strings, arrays for objects, prototype keys, numbers as text,
 * impossible dates, broken JSON, other content types) from the roles that may write. Never a 500;
 * a refusal is RFC 9457 in French and leaves no audit event. The validators the routes declare
 * are first fuzzed alone, many more times (PGlite suite only: they do not touch the database).
 */
const WRITERS: MatrixRole[] = ['admin', 'coordinator', 'officeManager', 'officeAgent'];

/** Fastify's own wrapping of a validator's issues, then Copil's error handler. */
function validationError(schema: unknown, data: unknown, part: 'body' | 'querystring'): AppError | null {
  const validate = validatorCompiler({ schema: schema as z.ZodType, method: 'POST', url: '/', httpPart: part });
  const result = validate(data) as { error?: unknown };
  if (!result.error) return null;
  return toAppError(
    Object.assign(new Error('validation'), { validation: result.error, validationContext: part, statusCode: 400 }),
  );
}

/** The text guard first (it runs before validation), then the declared schema. */
function refusal(schema: unknown, data: unknown, part: 'body' | 'querystring'): AppError | null {
  let guarded: AppError | null = null;
  if (findUnstorableText(data) !== null) guarded = new AppError('VALIDATION_FAILED', 'texte refusé par le garde');
  // The validator must survive any input, guarded or not.
  const validated = validationError(schema, data, part);
  return guarded ?? validated;
}

const shapeOf = (schema: FastifySchema['body']) =>
  schema && typeof schema === 'object' && 'shape' in schema ? Object.keys(schema.shape as object) : [];

describeEachEngine('hostile JSON API', (engine) => {
  let built: TestApp;
  let walk: Walk;
  let targets: ApiTarget[];
  const auditCount = async () =>
    (await sql<{ n: number }>`select count(*)::int as n from audit_events`.execute(engine.db)).rows[0]!.n;

  beforeAll(async () => {
    built = await buildTestApp(engine);
    walk = await prepareWalk(built.app, engine.db, built.initialAdmin!);
    targets = apiTargets(built.app.routeInventory);
  });
  afterAll(async () => {
    await built?.close();
  });

  if (engine.kind === 'embedded') {
    const bodyRuns = fuzzRuns('jsonBodyValidators');
    it('runs every declared body validator on hostile values: never throws, refuses in French', () => {
      const withBody = targets.filter((t) => t.body !== null);
      expect(withBody.length, 'write routes declaring a body').toBeGreaterThan(60);
      const value = fc
        .constantFrom(...withBody)
        .chain((t) => fc.tuple(fc.constant(t), fc.oneof(hostileObjectFor(t.fields), hostileJson(t.fields))));
      fc.assert(
        fc.property(value, ([target, node]) => {
          bodyRuns.count();
          // Parsed as the server would parse it (own __proto__ keys included).
          const data: unknown = JSON.parse(serialiseJson(node));
          const error = refusal(target.body, data, 'body');
          if (error)
            expect(
              problemLanguageIssues({ detail: error.message, errors: error.fieldErrors }),
              `${target.method} ${target.url}`,
            ).toEqual([]);
        }),
        bodyRuns.params,
      );
    });

    const queryRuns = fuzzRuns('queryValidators');
    it('runs every declared query validator on hostile parameters: never throws, refuses in French', () => {
      const withQuery = built.app.routeInventory
        .filter((r) => r.schema?.querystring)
        .map((r) => ({ ...r, [fc.toStringMethod]: () => `${r.method} ${r.url}` }));
      expect(withQuery.length, 'routes declaring a query').toBeGreaterThan(5);
      const value = fc.constantFrom(...withQuery).chain((route) => {
        const keys = [...shapeOf(route.schema!.querystring), ...DANGEROUS_KEYS];
        const parameter = fc.oneof(hostileString, fc.array(hostileString, { minLength: 2, maxLength: 3 }));
        return fc.tuple(fc.constant(route), fc.dictionary(fc.constantFrom(...keys), parameter, { maxKeys: 4 }));
      });
      fc.assert(
        fc.property(value, ([route, query]) => {
          queryRuns.count();
          const error = refusal(route.schema!.querystring, query, 'querystring');
          if (error)
            expect(
              problemLanguageIssues({ detail: error.message, errors: error.fieldErrors }),
              `${route.method} ${route.url}`,
            ).toEqual([]);
        }),
        queryRuns.params,
      );
    });
  }

  const httpRuns = fuzzRuns('jsonApiWrites', { perEngine: true });
  it('answers hostile requests on every write route without a 500, in French, auditing no refusal', async () => {
    expect(targets.length, 'write routes').toBeGreaterThan(70);
    const tally = { refused: 0, accepted: 0 };
    const ids = [...new Set(walk.ids.values())];
    const cases = fc
      .record({ target: fc.constantFrom(...targets), role: fc.constantFrom(...WRITERS) })
      .chain(({ target, role }) =>
        fc.record({ target: fc.constant(target), role: fc.constant(role), request: hostileRequest(target, ids) }),
      );
    await fc.assert(
      fc.asyncProperty(cases, async ({ target, role, request }) => {
        httpRuns.count();
        let url = concreteUrl(walk, { method: target.method, url: target.url } as MatrixEntry);
        if (request.param !== null) url = url.replace(/\/[0-9a-f-]{36}(?=\/|$)/, `/${request.param}`);
        if (request.query !== null) url += `?${request.query}`;
        const user = walk.users[role]!;
        const before = await auditCount();
        // A wrong current password when changing one's own is a failed sign-in too (it counts toward the delay).
        const signIn = target.url === '/api/auth/login' || target.url === '/api/auth/password';
        const response = await walk.app.inject({
          method: target.method,
          url,
          headers: {
            cookie: user.cookie,
            'x-csrf-token': user.csrf,
            ...(request.contentType === null ? {} : { 'content-type': request.contentType }),
          },
          payload: request.payload,
          // Each sign-in attempt from its own address: the throttle is tested elsewhere.
          remoteAddress: signIn ? `203.0.113.${1 + (tally.refused % 250)}` : '127.0.0.1',
        });
        const context = `${role} ${target.method} ${url.slice(0, 200)} ${request.contentType} ${request.payload.slice(0, 300)}`;
        expect(response.statusCode, `${context} → ${response.body.slice(0, 500)}`).toBeLessThan(500);
        if (response.statusCode < 400) {
          tally.accepted++;
          return;
        }
        tally.refused++;
        expectFrenchRefusal(response, context);
        // A failed sign-in is audited on purpose (who tried which address, or which account): not a write refused.
        if (!signIn) expect(await auditCount(), `${context}: a refused request left an audit event`).toBe(before);
      }),
      httpRuns.params,
    );
    // Hostile text that passed validation (SQL, formulas, right-to-left marks…) was stored as text:
    // the tables are all there and the audit chain still verifies.
    const verify = await walk.users.admin!.inject('GET', '/api/audit/verify');
    expect(verify.json()).toMatchObject({ valid: true, firstBrokenEventId: null });
    expect(tally.refused).toBeGreaterThan(tally.accepted);
    console.info(
      `hostile JSON API [${engine.kind}]: ${tally.refused} refused, ${tally.accepted} accepted as plain text`,
    );
  }, 600_000);
});

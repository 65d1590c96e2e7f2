import fc from 'fast-check';
import type { z } from 'zod';
import type { RegisteredRoute } from '../route-inventory';
import { authorisationMatrix } from '../matrix';
import { nearlyValid } from './zod-arbitrary';
import {
  brokenJson,
  DANGEROUS_KEYS,
  deepJson,
  hostileJson,
  hostileObjectFor,
  hostileString,
  hostileStringOrHuge,
  serialiseJson,
  type JsonNode,
} from './hostile';

/**
 * The API's state-changing routes as fuzz targets: each with its declared body schema (zod, as
 * the route inventory recorded it), the names of its fields, and a valid body when the
 * authorisation matrix has one, so that mutations of it reach past validation into the service.
 */
export interface ApiTarget {
  method: 'POST' | 'PUT' | 'PATCH';
  url: string;
  body: z.ZodType | null;
  fields: string[];
  valid: unknown;
}

/** Signing out would end the session the rest of the run uses: the CSRF suite covers it. */
const LEFT_OUT = new Set(['POST /api/auth/logout']);

export function apiTargets(inventory: RegisteredRoute[]): ApiTarget[] {
  // A body computed from the walk's context (a function) needs that context: those routes get generated bodies only.
  const valid = new Map(
    authorisationMatrix
      .filter((e) => e.body !== undefined && typeof e.body !== 'function')
      .map((e) => [`${e.method} ${e.url}`, e.body]),
  );
  return inventory
    .filter(
      (r) =>
        ['POST', 'PUT', 'PATCH'].includes(r.method) &&
        r.url.startsWith('/api/') &&
        !LEFT_OUT.has(`${r.method} ${r.url}`),
    )
    .map((r) => {
      const body = (r.schema?.body as z.ZodType | undefined) ?? null;
      const shape = body && 'shape' in body ? (body.shape as Record<string, unknown>) : null;
      const label = `${r.method} ${r.url}`;
      // A counterexample names the route, not its whole schema.
      return {
        method: r.method as ApiTarget['method'],
        url: r.url,
        body,
        fields: shape ? Object.keys(shape) : [],
        valid: valid.get(label) ?? null,
        [fc.toStringMethod]: () => label,
      };
    });
}

export function toNode(value: unknown): JsonNode {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(toNode);
  return {
    entries: Object.entries(value as Record<string, unknown>).map(([k, v]): [string, JsonNode] => [k, toNode(v)]),
  };
}

/** A valid body with one field given a hostile value, dropped, wrapped, or doubled by a dangerous key. */
export function mutatedBody(valid: unknown): fc.Arbitrary<JsonNode> {
  const node = toNode(valid);
  if (node === null || typeof node !== 'object' || Array.isArray(node) || node.entries.length === 0)
    return hostileJson();
  const keys = node.entries.map(([k]) => k);
  return fc
    .tuple(
      fc.constantFrom(...keys),
      fc.oneof(
        hostileJson(keys).map((value) => ({ kind: 'replace' as const, value })),
        fc.constant({ kind: 'drop' as const }),
        fc.constant({ kind: 'wrap' as const }),
        fc.constant({ kind: 'asString' as const }),
        fc
          .tuple(fc.constantFrom(...DANGEROUS_KEYS), hostileJson(keys))
          .map(([key, value]) => ({ kind: 'extra' as const, key, value })),
      ),
    )
    .map(([key, change]) => {
      const entries = node.entries.flatMap(([k, v]): [string, JsonNode][] => {
        if (k !== key) return [[k, v]];
        switch (change.kind) {
          case 'replace':
            return [[k, change.value]];
          case 'drop':
            return [];
          case 'wrap':
            return [[k, [v]]];
          case 'asString':
            return [[k, typeof v === 'string' ? v : JSON.stringify(v)]];
          case 'extra':
            return [
              [k, v],
              [change.key, change.value],
            ];
        }
      });
      return { entries };
    });
}

export interface HostileRequest {
  contentType: string | null;
  payload: string;
  /** A query string added to the address, or a path parameter replaced (encoded): both hostile. */
  query: string | null;
  param: string | null;
}

/** The value once in `every` cases, else null. */
const rarely = <T>(every: number, value: fc.Arbitrary<T>) =>
  fc.oneof({ weight: every - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: value });

/** Percent-encodes UTF-8 bytes, as a browser would (a lone surrogate becomes U+FFFD on the way). */
export const percent = (text: string) =>
  [...Buffer.from(text, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).padStart(2, '0').toUpperCase()}`,
    )
    .join('');

/** `ids`: real identifiers of the seeded data, so that nearly valid bodies name existing things. */
export function hostileRequest(target: ApiTarget, ids: readonly string[]): fc.Arbitrary<HostileRequest> {
  const json = (node: fc.Arbitrary<JsonNode>) =>
    node.map((n) => ({ contentType: 'application/json', payload: serialiseJson(n) }));
  const bodies = [
    { weight: 4, arbitrary: json(hostileObjectFor(target.fields)) },
    { weight: 2, arbitrary: json(hostileJson(target.fields)) },
    { weight: 1, arbitrary: brokenJson.map((payload) => ({ contentType: 'application/json', payload })) },
    { weight: 1, arbitrary: deepJson.map((payload) => ({ contentType: 'application/json', payload })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data',
            'application/json; charset=utf-16',
            'application/xml',
          ),
          hostileObjectFor(target.fields),
        )
        .map(([contentType, n]) => ({ contentType, payload: serialiseJson(n) })),
    },
    { weight: 1, arbitrary: fc.constant({ contentType: 'application/json', payload: '' }) },
  ];
  if (target.valid !== null) bodies.push({ weight: 4, arbitrary: json(mutatedBody(target.valid)) });
  if (target.body !== null) bodies.push({ weight: 8, arbitrary: json(nearlyValid(target.body, ids)) });
  return fc
    .record({
      body: fc.oneof(...bodies),
      // One request in six has a hostile query string, one in ten a hostile path parameter.
      query: rarely(
        6,
        fc
          .tuple(fc.constantFrom(...DANGEROUS_KEYS, 'mode', 'page', 'q'), hostileString)
          .map(([k, v]) => `${percent(k)}=${percent(v)}`),
      ),
      param: rarely(
        10,
        fc.oneof(
          { weight: 3, arbitrary: hostileStringOrHuge.filter((s) => s.length < 5000).map(percent) },
          // Already encoded, some of it wrongly: bad escapes, overlong UTF-8, path traversal.
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              '%',
              '%E0%A4%A',
              '%zz',
              '%C0%AF',
              '..%2F..%2Fetc%2Fpasswd',
              '%2e%2e',
              '%00',
              '%FF%FE',
            ),
          },
        ),
      ),
    })
    .map(({ body, query, param }) => ({ contentType: body.contentType, payload: body.payload, query, param }));
}

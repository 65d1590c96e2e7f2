import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../../../contracts/problem';
import { CSRF_HEADER, SESSION_COOKIE } from './session-auth';
import { XLSX_TYPE } from './files';

/**
 * What the OpenAPI description says beyond the zod schemas, derived for every route so that a
 * route added tomorrow is described the same way without doing anything: a stable operationId
 * (method + path), the session cookie and CSRF header it needs, every error answered as RFC 9457
 * `application/problem+json`, and the media types of the files it hands out.
 */

export const SESSION_SCHEME = 'sessionCookie';
export const CSRF_SCHEME = 'csrfHeader';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const DOWNLOAD_EXTENSION = 'x-copil-download';

export const securitySchemes = {
  [SESSION_SCHEME]: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'Cookie de session signé (HttpOnly, SameSite=Lax), posé par POST /api/auth/login ou par la connexion OpenID Connect.',
  },
  [CSRF_SCHEME]: {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description:
      'Jeton CSRF de la session (champ csrfToken de POST /api/auth/login et de GET /api/auth/session), exigé avec le cookie sur toute requête qui modifie des données.',
  },
} as const;

/** The media type of each kind of file Copil hands out, by the extension its routes use. */
export const downloadTypes: Record<string, string> = {
  xlsx: XLSX_TYPE,
  csv: 'text/csv',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
  ics: 'text/calendar',
  json: 'application/json',
};

const PROBLEM_TYPE = 'application/problem+json';
const problemRef = { $ref: '#/components/schemas/Problem' };

/**
 * `GET /api/conventions/:id/exports/finances.csv` → `getConventionsByIdExportsFinancesCsv`: the
 * method, then each path segment (a parameter as `By<Name>`), camelCased. Stable as long as the
 * route's method and path are; a route may still choose its own with `schema.operationId`.
 */
export function operationIdOf(method: string, url: string): string {
  const words = [method.toLowerCase()];
  for (const segment of url.split('/').filter(Boolean)) {
    if (segment === 'api') continue;
    const param = /^:([A-Za-z0-9_]+)/.exec(segment) ?? /^\{([A-Za-z0-9_]+)\}$/.exec(segment);
    if (param) words.push('by', param[1]!);
    else words.push(...segment.split(/[^A-Za-z0-9]+/).filter(Boolean));
  }
  return words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
}

function methodsOf(route: Pick<RouteOptions, 'method'>): string[] {
  return (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
}

/**
 * Refuses, when the routes are registered, two routes answering to the same operationId, or one
 * route under several methods (one description would then carry one id twice): the generated
 * client names its calls after these ids.
 */
export function registerOperationIds(app: FastifyInstance) {
  const owners = new Map<string, string>();
  app.addHook('onRoute', (route) => {
    if (route.schema?.hide) return;
    const methods = methodsOf(route);
    if (methods.length === 0) return;
    if (methods.length > 1)
      throw new Error(
        `OpenAPI : la route ${route.url} répond à ${methods.join(', ')} ; déclarez une route par méthode.`,
      );
    const id = route.schema?.operationId ?? operationIdOf(methods[0]!, route.url);
    const where = `${methods[0]} ${route.url}`;
    const owner = owners.get(id);
    if (owner && owner !== where)
      throw new Error(
        `OpenAPI : operationId « ${id} » déjà pris par ${owner} ; donnez à ${where} son schema.operationId.`,
      );
    owners.set(id, where);
  });
}

type JsonSchema = Record<string, unknown> & { enum?: unknown[]; properties?: Record<string, JsonSchema> };
type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

/** The file types of a route that hands out files: declared `produces`, the path's extension, or a `format` enum. */
function downloadsOf(url: string, schema: Record<string, unknown>): string[] {
  if (Array.isArray(schema.produces)) return schema.produces as string[];
  const extension = /\.([a-z]+)$/.exec(url)?.[1];
  if (extension && downloadTypes[extension]) return [downloadTypes[extension]];
  for (const part of ['params', 'querystring'] as const) {
    const format = (schema[part] as JsonSchema | undefined)?.properties?.format;
    if (format?.enum?.every((v) => typeof v === 'string' && downloadTypes[v]))
      return format.enum.map((v) => downloadTypes[v as string]!);
  }
  return [];
}

/**
 * Per route (fastify-swagger's `transform`): the zod schemas become JSON schemas, then the
 * operationId, the security requirement and, for a download, its media types are added.
 */
export function openApiTransform(input: TransformInput) {
  const transformed = jsonSchemaTransform(input);
  const schema = { ...(transformed.schema as Record<string, unknown>) };
  if (schema.hide) return transformed;
  const method = methodsOf(input.route)[0] ?? 'GET';
  schema.operationId ??= operationIdOf(method, input.url);
  if (input.route.config?.public === true) schema.security = [];
  else if (SAFE_METHODS.has(method)) schema.security = [{ [SESSION_SCHEME]: [] }];
  else schema.security = [{ [SESSION_SCHEME]: [], [CSRF_SCHEME]: [] }];
  const response = (schema.response ?? {}) as Record<string, JsonSchema>;
  const answersJson = Object.keys(response).some((status) => /^2\d\d$/.test(status) && status !== '204');
  const downloads = answersJson ? [] : downloadsOf(input.url, schema);
  if (downloads.length > 0) schema[DOWNLOAD_EXTENSION] = downloads;
  delete schema.produces;
  return { ...transformed, schema };
}

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, { description: string; content?: Record<string, unknown> } | { $ref: string }>;
  [DOWNLOAD_EXTENSION]?: string[];
}
interface Document {
  info: Record<string, unknown>;
  components: {
    schemas?: Record<string, unknown>;
    responses?: Record<string, unknown>;
    securitySchemes?: Record<string, unknown>;
  };
  paths: Record<string, Record<string, Operation>>;
}

const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_TYPE]: { schema: problemRef } },
});

/**
 * On the whole document (fastify-swagger's `transformObject`): every error response is
 * `application/problem+json` with the one Problem schema (a shared response per status), the errors every route can give are
 * declared (400 when it takes input, 401 behind a session, 403 for the CSRF check, 500), and a
 * download's 200 names its media types.
 */
export function openApiTransformObject(input: { openapiObject: object } | { swaggerObject: object }) {
  if (!('openapiObject' in input)) return input.swaggerObject;
  const doc = input.openapiObject as Document;
  doc.components.schemas = {
    ...doc.components.schemas,
    Problem: {
      ...(z.toJSONSchema(problemSchema, { target: 'openapi-3.0' }) as Record<string, unknown>),
      description:
        'Erreur au format RFC 9457 : detail en français pour les personnes, code stable pour les programmes.',
    },
  };
  delete (doc.components.schemas.Problem as Record<string, unknown>).$schema;
  // One shared response per error status: every route's errors are the same RFC 9457 body.
  const responses: Record<string, unknown> = {};
  doc.components.responses = responses;
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(operations)) {
      const downloads = op[DOWNLOAD_EXTENSION];
      delete op[DOWNLOAD_EXTENSION];
      if (downloads) {
        const binary = { schema: { type: 'string', format: 'binary' } };
        op.responses['200'] = {
          description: 'Le fichier, en pièce jointe (content-disposition)',
          content: Object.fromEntries(downloads.map((type) => [type, binary])),
        };
      }
      const unsafe = !SAFE_METHODS.has(method.toUpperCase());
      const privateRoute = (op.security?.length ?? 0) > 0;
      const errors = new Set(Object.keys(op.responses).filter((status) => Number(status) >= 400));
      if ((op.parameters?.length ?? 0) > 0 || op.requestBody) errors.add('400');
      if (privateRoute) errors.add('401');
      if (privateRoute && unsafe) errors.add('403');
      errors.add('500');
      for (const [status, response] of Object.entries(op.responses)) {
        if ('description' in response && response.description === 'Default Response')
          response.description = status === '204' ? 'Fait, sans contenu' : 'Réponse';
      }
      for (const status of errors) {
        const name = `Error${status}`;
        responses[name] ??= problemResponse(errorDescription(status));
        op.responses[status] = { $ref: `#/components/responses/${name}` };
      }
      if (!op.operationId) throw new Error(`OpenAPI : ${method.toUpperCase()} ${path} sans operationId.`);
    }
  }
  return input.openapiObject;
}

function errorDescription(status: string): string {
  switch (status) {
    case '400':
      return 'Données invalides ou requête mal formée';
    case '401':
      return 'Connexion requise ou session expirée';
    case '403':
      return 'Action non autorisée ou jeton CSRF absent ou invalide';
    case '404':
      return 'Introuvable';
    case '409':
      return 'Conflit avec l’état actuel';
    case '413':
      return 'Contenu trop volumineux';
    case '415':
      return 'Format non pris en charge';
    case '422':
      return 'Règle de gestion non respectée';
    case '429':
      return 'Trop de requêtes';
    case '500':
      return 'Erreur interne, journalisée';
    default:
      return 'Erreur';
  }
}

import '../contracts/zod-fr';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { accessRoutes } from './domains/access/access.routes';
import { bootstrapAdministrator } from './domains/access/access.service';
import { oidcRoutes } from './domains/access/oidc.routes';
import { auditRoutes } from './domains/audit/audit.routes';
import { amendmentsRoutes } from './domains/conventions/amendments.routes';
import { commitmentsRoutes } from './domains/conventions/commitments.routes';
import { conventionsRoutes } from './domains/conventions/conventions.routes';
import { financeRoutes } from './domains/finance/finance.routes';
import { bodiesRoutes } from './domains/governance/bodies.routes';
import { decisionsRoutes } from './domains/governance/decisions.routes';
import { meetingsRoutes } from './domains/governance/meetings.routes';
import { obligationsRoutes } from './domains/obligations/obligations.routes';
import { notificationsRoutes } from './domains/obligations/notifications.routes';
import { communicationRoutes } from './domains/obligations/communication.routes';
import { guaranteeRequestsRoutes } from './domains/finance/guarantee-requests.routes';
import { reportedEventsRoutes } from './domains/obligations/reported-events.routes';
import { feedRoutes } from './domains/obligations/feed.routes';
import { controlsRoutes } from './domains/obligations/controls.routes';
import { sessionsRoutes } from './domains/governance/sessions.routes';
import { housingRoutes } from './domains/housing/housing.routes';
import { operationsRoutes } from './domains/operations/operations.routes';
import { indicatorsRoutes } from './domains/indicators/indicators.routes';
import { reportsRoutes } from './domains/reports/reports.routes';
import { requestsRoutes } from './domains/finance/requests.routes';
import { resolveSessionSecret, type Config } from './platform/config';
import { openDatabase } from './platform/database';
import { MAX_DOCUMENT_BYTES } from './platform/documents';
import type { DatabaseHandle } from './platform/db/connect';
import { migrateToLatest } from './platform/db/migrate';
import { healthRoutes } from './platform/health';
import type { AppContext } from './platform/http/context';
import { frameworkErrorHandler, registerErrorHandler, registerNotFoundHandler } from './platform/http/problem';
import {
  openApiTransform,
  openApiTransformObject,
  registerOperationIds,
  securitySchemes,
} from './platform/http/openapi';
import { registerSecurityHeaders } from './platform/http/security-headers';
import { registerSessionAuth } from './platform/http/session-auth';
import { authenticate } from './domains/access/access.service';
import { registerTextGuard } from './platform/http/text-guard';
import { registerRouteInventory } from './security/route-inventory';
import { runSeed } from './seed';

export interface BuiltApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** Set only on the very first start: the administrator's credentials, to print once. */
  initialAdmin: { email: string; password: string } | null;
  close(): Promise<void>;
}

/**
 * Builds the whole application without listening, so tests drive it with inject(). A database
 * handle may be given (tests pass an in-memory PGlite or a throw-away server database);
 * otherwise the configured one is opened.
 */
export async function buildApp(config: Config, options: { database?: DatabaseHandle } = {}): Promise<BuiltApp> {
  const database = options.database ?? (await openDatabase(config));
  if (options.database) await migrateToLatest(database.db);
  try {
    await runSeed(database.db, config.seedMode);
    const initialAdmin = await bootstrapAdministrator(database.db);
    const app = await createServer(config, database);
    return {
      app,
      database,
      initialAdmin,
      close: async () => {
        await app.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function createServer(config: Config, database: DatabaseHandle): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
    // A hop count is accepted at run time though Fastify's types only list strings and booleans.
    trustProxy: config.trustProxy as string | boolean,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const secureCookies = config.publicUrl.startsWith('https://');
  const ctx: AppContext = { db: database.db, engine: database.engine, config, secureCookies };

  registerErrorHandler(app);
  registerSecurityHeaders(app, config);
  await app.register(fastifyCookie, { secret: resolveSessionSecret(config) });
  // The documentation is public: it describes the API, never data.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), public: true };
  });
  registerRouteInventory(app);
  registerOperationIds(app);
  registerSessionAuth(app, { authenticate: (token) => authenticate(ctx.db, token), secureCookies });
  registerTextGuard(app);
  await app.register(fastifyMultipart, {
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 10 },
    throwFileSizeLimit: true,
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'API Copil',
        // The contract's version, never the software's: the document is public (like /api/health).
        version: '1',
        description:
          'API de Copil : conventions de partenariat Département / bailleur. Authentification par cookie de session ; les requêtes qui modifient des données envoient le jeton CSRF dans l’en-tête x-csrf-token. Montants en euros sous forme de chaînes décimales ("4000000.00"), dates AAAA-MM-JJ, erreurs au format RFC 9457 (application/problem+json), listes paginées par page et pageSize (réponse : items, total, page, pageSize).',
      },
      servers: [{ url: config.publicUrl }],
      components: { securitySchemes },
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  registerNotFoundHandler(app, await registerWeb(app, config));

  healthRoutes(app, ctx);
  accessRoutes(app, ctx);
  oidcRoutes(app, ctx);
  conventionsRoutes(app, ctx);
  commitmentsRoutes(app, ctx);
  amendmentsRoutes(app, ctx);
  financeRoutes(app, ctx);
  requestsRoutes(app, ctx);
  guaranteeRequestsRoutes(app, ctx);
  bodiesRoutes(app, ctx);
  sessionsRoutes(app, ctx);
  decisionsRoutes(app, ctx);
  meetingsRoutes(app, ctx);
  obligationsRoutes(app, ctx);
  notificationsRoutes(app, ctx);
  communicationRoutes(app, ctx);
  reportedEventsRoutes(app, ctx);
  feedRoutes(app, ctx);
  controlsRoutes(app, ctx);
  housingRoutes(app, ctx);
  operationsRoutes(app, ctx);
  indicatorsRoutes(app, ctx);
  reportsRoutes(app, ctx);
  auditRoutes(app, ctx);
  await app.ready();
  return app;
}

/** Serves the built single-page app; unknown non-API paths get index.html (client routing). */
async function registerWeb(app: FastifyInstance, config: Config) {
  if (!config.webDir || !existsSync(path.join(config.webDir, 'index.html'))) return null;
  // A source map left in the folder (a development build) is never served.
  await app.register(fastifyStatic, {
    root: config.webDir,
    wildcard: false,
    index: false,
    allowedPath: (pathname) => !pathname.endsWith('.map'),
  });
  app.get('/', { schema: { hide: true }, config: { public: true } }, (_request, reply) => reply.sendFile('index.html'));
  return (_request: unknown, reply: { sendFile(name: string): unknown }) => reply.sendFile('index.html');
}

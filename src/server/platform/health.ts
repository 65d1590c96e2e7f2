import { z } from 'zod';
import { appliedMigrations } from './db/migrate';
import { serverVersion } from './db/connect';
import type { AppContext, ZodApp } from './http/context';

export const healthResponse = z.object({
  status: z.literal('ok'),
  engine: z.enum(['embedded', 'server']),
  /** For an administrator only: versions tell an attacker which known flaws to try (issue #17). */
  databaseVersion: z.string().optional(),
  migrations: z.array(z.string()).optional(),
});

/**
 * Public health check: the service answers and which engine it runs on. The database version and
 * the migrations applied (which date Copil's version) are given to a signed-in administrator only.
 */
export function healthRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/health', {
    config: { public: true },
    schema: {
      tags: ['Plateforme'],
      summary: 'État du service et de sa base (versions : administrateur connecté seulement)',
      response: { 200: healthResponse },
    },
    handler: async (request) => {
      const status = { status: 'ok' as const, engine: ctx.engine };
      if (!request.auth?.principal.roles.includes('admin')) {
        await serverVersion(ctx.db); // the database still answers
        return status;
      }
      return {
        ...status,
        databaseVersion: await serverVersion(ctx.db),
        migrations: await appliedMigrations(ctx.db),
      };
    },
  });

  // Liveness for a load balancer: answers without touching the database (the benchmarks use it
  // as the framework's floor, the cost of a request through Copil's hooks with no work behind it).
  app.get('/api/health/live', {
    config: { public: true },
    schema: {
      tags: ['Plateforme'],
      summary: 'Le processus répond (sans interroger la base)',
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    handler: async () => ({ status: 'ok' as const }),
  });
}

import { z } from 'zod';
import { appliedMigrations } from './db/migrate';
import { serverVersion } from './db/connect';
import type { AppContext, ZodApp } from './http/context';

export const healthResponse = z.object({
  status: z.literal('ok'),
  engine: z.enum(['embedded', 'server']),
  databaseVersion: z.string(),
  migrations: z.array(z.string()),
});

/** Public health check: which engine, its version, the migrations applied. */
export function healthRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/health', {
    config: { public: true },
    schema: { tags: ['Plateforme'], summary: 'État du service et de sa base', response: { 200: healthResponse } },
    handler: async () => ({
      status: 'ok' as const,
      engine: ctx.engine,
      databaseVersion: await serverVersion(ctx.db),
      migrations: await appliedMigrations(ctx.db),
    }),
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

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
}

import { auditPage, auditQuery, chainVerification, checkpointsExport } from '../../../contracts/audit';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import * as service from './audit.service';

const tags = ['Journal d’audit'];

export function auditRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/audit', {
    schema: {
      tags,
      summary: 'Événements du journal, filtrés et paginés',
      querystring: auditQuery,
      response: { 200: auditPage },
    },
    handler: async (request) => service.listEvents(ctx.db, principalOf(request), request.query),
  });

  app.get('/api/audit/verify', {
    schema: { tags, summary: 'Vérifie la chaîne d’empreintes du journal', response: { 200: chainVerification } },
    handler: async (request) => service.verifyChain(ctx.db, principalOf(request), ctx.config),
  });

  app.get('/api/audit/checkpoints', {
    schema: {
      tags,
      summary: 'Points de contrôle signés de la chaîne, à conserver hors de Copil',
      response: { 200: checkpointsExport },
    },
    handler: async (request) => service.exportCheckpoints(ctx.db, principalOf(request), ctx.config),
  });
}

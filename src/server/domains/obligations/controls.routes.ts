import { idParams } from '../../kernel/params';
import { evidenceBundleQuery } from '../../../contracts/obligations-communication';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { sendFile } from '../../platform/http/files';
import { principalOf } from '../../kernel/request-auth';
import * as service from './controls.service';

const tags = ['Obligations : communication (article 6) et contrôles (article 5)'];

export function controlsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/evidence-bundle.zip', {
    schema: {
      tags,
      summary:
        "Dossier de preuves (article 5) à une date : convention telle que modifiée, délibérations et extraits, conventions financières, demandes de paiement et pièces, tableaux d'avancement, journal d'audit (CSV) et vérification de sa chaîne, manifeste SHA-256",
      params: idParams,
      querystring: evidenceBundleQuery,
      response: { 400: problemSchema, 403: problemSchema, 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(
        reply,
        await service.evidenceBundle(ctx.db, principalOf(request), request.params.id, request.query.asOf),
      ),
  });
}

import { idParams } from '../../kernel/params';
import { dashboardView, reviewQuery, tableExportBody } from '../../../contracts/reports';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import { sendFile } from '../../platform/http/files';
import * as dashboard from './dashboard.service';
import * as review from './review.service';
import * as tableExport from './table-export.service';
import * as workbook from './workbook.service';

export function reportsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/dashboard', {
    schema: {
      tags: ['Tableau de bord'],
      summary:
        "Tableau de bord d'une convention : enveloppes, trajectoire, tableaux semestriels, échéances en retard, indicateurs hors cible, prochaines réunions",
      params: idParams,
      response: { 200: dashboardView, 404: problemSchema },
    },
    handler: async (request) => dashboard.getDashboard(ctx.db, principalOf(request), request.params.id),
  });

  app.get('/api/conventions/:id/annual-review', {
    schema: {
      tags: ['Bilan annuel'],
      summary:
        "Bilan annuel d'une année en PDF (lecture) ou DOCX (modification) : objectifs, engagements, indicateurs et graphique, finances, opérations, trajectoire, gouvernance, obligations",
      params: idParams,
      querystring: reviewQuery,
      response: { 400: problemSchema, 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(
        reply,
        await review.reviewFile(
          ctx.db,
          principalOf(request),
          request.params.id,
          request.query.year,
          request.query.format,
          false,
        ),
      ),
  });

  app.get('/api/conventions/:id/copil-pack', {
    schema: {
      tags: ['Bilan annuel'],
      summary:
        "Dossier du COPIL : le bilan de l'année et le projet de demande de l'année suivante (prévisionnel de volumes, montants demandés), en PDF ou DOCX",
      params: idParams,
      querystring: reviewQuery,
      response: { 400: problemSchema, 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(
        reply,
        await review.reviewFile(
          ctx.db,
          principalOf(request),
          request.params.id,
          request.query.year,
          request.query.format,
          true,
        ),
      ),
  });

  app.get('/api/conventions/:id/exports/convention.xlsx', {
    schema: {
      tags: ['Exports'],
      summary:
        'Toutes les données de la convention dans un classeur xlsx : convention, engagements, finances, trajectoire, opérations, gouvernance, obligations, indicateurs',
      params: idParams,
      response: { 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(reply, await workbook.exportConventionWorkbook(ctx.db, principalOf(request), request.params.id)),
  });

  app.post('/api/exports/table.xlsx', {
    // A page's table can hold up to 20,000 rows of text: more than the 1 MiB default.
    bodyLimit: 16 * 1024 * 1024,
    schema: {
      tags: ['Exports'],
      summary:
        "Un tableau tel que la page l'affiche, en xlsx : titre, en-têtes, cellules (montants, nombres, pourcentages et dates en cellules typées)",
      body: tableExportBody,
      response: { 400: problemSchema, 401: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(reply, await tableExport.exportDisplayedTable(principalOf(request), request.body)),
  });
}

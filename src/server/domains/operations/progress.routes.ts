import { idParams } from '../../kernel/params';
import { z } from 'zod';
import {
  openTableBody,
  progressDiff,
  progressTableList,
  progressTableView,
  reviewCommentBody,
  tableTransitionBody,
  updateRowsBody,
} from '../../../contracts/operations-progress';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { sendFile, XLSX_TYPE } from '../../platform/http/files';
import { principalOf } from '../../kernel/request-auth';
import { receiveFile } from '../../platform/http/uploads';
import { downloadTable, uploadTable } from './progress-xlsx';
import * as progress from './progress.service';

const tags = ["Tableaux d'avancement semestriels"];
const errors = { 400: problemSchema, 403: problemSchema, 404: problemSchema, 409: problemSchema, 422: problemSchema };
const rowParams = z.object({ id: z.uuid('Identifiant invalide.'), operationId: z.uuid('Opération invalide.') });

export function progressRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/progress-tables', {
    schema: {
      tags,
      summary: "Tableaux d'avancement d'une convention, par semestre",
      params: idParams,
      response: { 200: progressTableList, 404: problemSchema },
    },
    handler: async (request) => progress.listTables(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/conventions/:id/progress-tables', {
    schema: {
      tags,
      summary: 'Ouvrir le tableau d’un semestre (office), pré-rempli depuis les opérations',
      params: idParams,
      body: openTableBody,
      response: { 201: progressTableView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await progress.openTable(ctx.db, principalOf(request), request.params.id, request.body.periodEnd)),
  });

  app.get('/api/progress-tables/:id', {
    schema: {
      tags,
      summary: 'Un tableau : lignes, commentaires, versions transmises, actions possibles',
      params: idParams,
      response: { 200: progressTableView, 404: problemSchema },
    },
    handler: async (request) => progress.getTable(ctx.db, principalOf(request), request.params.id),
  });

  app.put('/api/progress-tables/:id/rows', {
    schema: {
      tags,
      summary: 'Mettre à jour les lignes (office), tout ou rien',
      params: idParams,
      body: updateRowsBody,
      response: { 200: progressTableView, ...errors },
    },
    handler: async (request) =>
      progress.updateRows(
        ctx.db,
        principalOf(request),
        request.params.id,
        request.body.rows.map((r) => ({
          operationId: r.operationId,
          status: r.status,
          percentComplete: r.percentComplete,
          startActualOn: r.startActualOn ?? null,
          deliveryActualOn: r.deliveryActualOn ?? null,
          spentCents: r.spent ?? null,
          officeComment: r.officeComment ?? null,
        })),
      ),
  });

  app.get('/api/progress-tables/:id/xlsx', {
    schema: {
      tags,
      summary: 'Télécharger le tableau en xlsx (colonne Identifiant protégée)',
      params: idParams,
      produces: [XLSX_TYPE],
    },
    handler: async (request, reply) =>
      sendFile(reply, await downloadTable(ctx.db, principalOf(request), request.params.id)),
  });

  app.post('/api/progress-tables/:id/xlsx', {
    schema: {
      tags,
      summary: 'Renvoyer le tableau xlsx modifié (multipart, champ « file »), tout ou rien',
      description:
        "Refusé avec la ligne et la colonne de chaque erreur : fichier d'un autre semestre, colonnes changées, identifiant modifié, valeur invalide. Rien n'est enregistré en cas d'erreur.",
      consumes: ['multipart/form-data'],
      params: idParams,
      response: { 200: progressTableView, ...errors, 413: problemSchema, 415: problemSchema },
    },
    handler: async (request) => {
      const file = await receiveFile(request);
      return uploadTable(ctx.db, principalOf(request), request.params.id, await file.toBuffer());
    },
  });

  app.post('/api/progress-tables/:id/transitions', {
    schema: {
      tags,
      summary: 'Transmettre (office), renvoyer avec motif ou accepter (coordinateur DAT)',
      params: idParams,
      body: tableTransitionBody,
      response: { 200: progressTableView, ...errors },
    },
    handler: async (request) =>
      progress.transition(
        ctx.db,
        principalOf(request),
        request.params.id,
        request.body.action,
        request.body.comment ?? null,
      ),
  });

  app.put('/api/progress-tables/:id/rows/:operationId/review-comment', {
    schema: {
      tags,
      summary: 'Commentaire du Département sur une opération du tableau transmis',
      params: rowParams,
      body: reviewCommentBody,
      response: { 200: progressTableView, ...errors },
    },
    handler: async (request) =>
      progress.setReviewComment(
        ctx.db,
        principalOf(request),
        request.params.id,
        request.params.operationId,
        request.body.comment || null,
      ),
  });

  app.get('/api/progress-tables/:id/diff', {
    schema: {
      tags,
      summary: "Différences avec le tableau d'un autre semestre",
      params: idParams,
      querystring: z.object({ against: z.uuid('Tableau à comparer invalide.') }),
      response: { 200: progressDiff, 404: problemSchema },
    },
    handler: async (request) =>
      progress.diffTables(ctx.db, principalOf(request), request.params.id, request.query.against),
  });
}

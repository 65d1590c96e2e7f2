import { idParams } from '../../kernel/params';
import { z } from 'zod';
import {
  conventionDetail,
  conventionDetailQuery,
  createConventionBody,
  documentInfo,
  recordSignatureBody,
} from '../../../contracts/convention-content';
import { conventionSummary, createOrganisationBody, organisation } from '../../../contracts/conventions';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import { receiveFile } from '../../platform/http/uploads';
import { DOCUMENT_TYPES } from '../../platform/documents';
import * as documents from './documents.service';
import * as service from './conventions.service';

export function conventionsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/organisations', {
    schema: {
      tags: ['Organisations'],
      summary: 'Liste des organisations (administrateur)',
      response: { 200: z.array(organisation) },
    },
    handler: async (request) => service.listOrganisations(ctx.db, principalOf(request)),
  });

  app.post('/api/organisations', {
    schema: {
      tags: ['Organisations'],
      summary: 'Créer une organisation (SIRET contrôlé)',
      body: createOrganisationBody,
      response: { 201: organisation, 400: problemSchema, 409: problemSchema },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createOrganisation(ctx.db, principalOf(request), request.body)),
  });

  app.get('/api/conventions', {
    schema: {
      tags: ['Conventions'],
      summary: 'Conventions visibles par l’utilisateur',
      response: { 200: z.array(conventionSummary) },
    },
    handler: async (request) => service.listConventions(ctx.db, principalOf(request)),
  });

  app.post('/api/conventions', {
    schema: {
      tags: ['Conventions'],
      summary: 'Créer une convention entre un Département et un bailleur (administrateur)',
      body: createConventionBody,
      response: { 201: z.object({ id: z.string() }), 400: problemSchema },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createConvention(ctx.db, principalOf(request), request.body)),
  });

  app.get('/api/conventions/:id', {
    schema: {
      tags: ['Conventions'],
      summary:
        'Une convention telle que modifiée à une date (aujourd’hui par défaut) : en-tête, parties, articles, avenants en vigueur',
      params: idParams,
      querystring: conventionDetailQuery,
      response: { 200: conventionDetail, 404: problemSchema },
    },
    handler: async (request) =>
      service.getConventionDetail(ctx.db, principalOf(request), request.params.id, request.query.asOf),
  });

  app.put('/api/conventions/:id/signature', {
    schema: {
      tags: ['Conventions'],
      summary: 'Enregistrer la date et le lieu de signature',
      params: idParams,
      body: recordSignatureBody,
      response: { 204: z.null(), 400: problemSchema, 403: problemSchema },
    },
    handler: async (request, reply) => {
      await service.recordSignature(ctx.db, principalOf(request), request.params.id, request.body);
      return reply.code(204).send(null);
    },
  });

  app.post('/api/conventions/:id/documents', {
    schema: {
      tags: ['Conventions'],
      summary: 'Déposer une pièce justificative (multipart, champ « file » ; PDF, images, tableurs, documents)',
      consumes: ['multipart/form-data'],
      params: idParams,
      response: { 201: documentInfo, 400: problemSchema, 413: problemSchema, 415: problemSchema },
    },
    handler: async (request, reply) => {
      const file = await receiveFile(request);
      const bytes = await file.toBuffer();
      return reply.code(201).send(
        await documents.uploadDocument(ctx.db, principalOf(request), request.params.id, {
          filename: file.filename,
          bytes,
        }),
      );
    },
  });

  app.get('/api/documents/:id', {
    schema: { tags: ['Conventions'], summary: 'Télécharger une pièce', params: idParams, produces: DOCUMENT_TYPES },
    handler: async (request, reply) => {
      const doc = await documents.downloadDocument(ctx.db, principalOf(request), request.params.id);
      return reply
        .header('content-type', doc.contentType)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(doc.content);
    },
  });
}

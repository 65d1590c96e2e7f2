import { idParams } from '../../kernel/params';
import { z } from 'zod';
import { createDelegationBody } from '../../../contracts/governance';
import {
  decisionTargetView,
  correctionBody,
  decisionLinksBody,
  decisionsQuery,
  decisionView,
  transmissionBody,
  updateDecisionBody,
} from '../../../contracts/governance-sessions';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { sendFile } from '../../platform/http/files';
import { principalOf } from '../../kernel/request-auth';
import { errors } from './bodies.routes';
import * as files from './decision-files.service';
import * as links from './decision-links.service';
import * as service from './decisions.service';

const tags = ['Gouvernance : délibérations'];

export function decisionsRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/decisions', {
    schema: {
      tags,
      summary: 'Délibérations des instances de la convention (filtre par instance et année)',
      params: idParams,
      querystring: decisionsQuery,
      response: { 200: z.array(decisionView), 400: problemSchema, 404: problemSchema },
    },
    handler: async (request) => service.listDecisions(ctx.db, principalOf(request), request.params.id, request.query),
  });

  app.get('/api/decisions/:id', {
    schema: {
      tags,
      summary:
        'Une délibération : numéro, date, code ACTES, votes, objets liés, délégation citée, transmission, rectifications',
      params: idParams,
      response: { 200: decisionView, 404: problemSchema },
    },
    handler: async (request) => service.getDecision(ctx.db, principalOf(request), request.params.id),
  });

  app.patch('/api/decisions/:id', {
    schema: {
      tags,
      summary: "Modifier une délibération tant que le procès-verbal n'est pas approuvé (409 ensuite)",
      params: idParams,
      body: updateDecisionBody,
      response: { 200: decisionView, ...errors },
    },
    handler: async (request) => service.updateDecision(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.put('/api/decisions/:id/links', {
    schema: {
      tags,
      summary:
        "Ce que décide la délibération dans Copil : convention, avenant, délibération d'application, convention financière, garantie",
      params: idParams,
      body: decisionLinksBody,
      response: { 200: decisionView, ...errors },
    },
    handler: async (request) => links.setLinks(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.put('/api/decisions/:id/transmission', {
    schema: {
      tags,
      summary: 'Transmission au contrôle de légalité (préfecture) : date et autorité',
      params: idParams,
      body: transmissionBody,
      response: { 200: decisionView, ...errors },
    },
    handler: async (request) =>
      service.recordTransmission(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/decisions/:id/corrections', {
    schema: {
      tags,
      summary:
        'Rectifier une délibération dont le procès-verbal est approuvé (la rectification est enregistrée comme telle)',
      params: idParams,
      body: correctionBody,
      response: { 201: decisionView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await service.correctDecision(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.post('/api/decisions/:id/delegations', {
    schema: {
      tags,
      summary: 'La délibération délègue des pouvoirs à une autre instance (matière, années)',
      params: idParams,
      body: createDelegationBody,
      response: { 201: decisionView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await service.createDelegation(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/decisions/:id/extract.pdf', {
    schema: {
      tags,
      summary: 'Extrait du procès-verbal / du registre des délibérations, en PDF',
      params: idParams,
      response: { 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(reply, await files.extractFile(ctx.db, principalOf(request), request.params.id, 'pdf')),
  });

  app.get('/api/decisions/:id/extract.docx', {
    schema: {
      tags,
      summary: 'Extrait du procès-verbal / du registre des délibérations, en DOCX (à modifier et signer)',
      params: idParams,
      response: { 404: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(reply, await files.extractFile(ctx.db, principalOf(request), request.params.id, 'docx')),
  });

  app.get('/api/conventions/:id/exports/scdl-deliberations.csv', {
    schema: {
      tags,
      summary:
        'Données ouvertes : délibérations au format SCDL « délibérations » (CSV, virgule, UTF-8), validées avant export',
      params: idParams,
      querystring: decisionsQuery,
      response: { 400: problemSchema, 404: problemSchema, 422: problemSchema },
    },
    handler: async (request, reply) =>
      sendFile(
        reply,
        await files.exportScdlDeliberations(ctx.db, principalOf(request), request.params.id, request.query),
      ),
  });

  app.get('/api/conventions/:id/decision-targets', {
    schema: {
      tags,
      summary:
        "Ce que décident les délibérations de la convention (enveloppes, délibérations d'application, conventions financières…), chacun avec sa délibération",
      params: idParams,
      response: { 200: z.array(decisionTargetView), 404: problemSchema },
    },
    handler: async (request) => links.listDecisionTargets(ctx.db, principalOf(request), request.params.id),
  });
}

import { idParams } from '../../kernel/params';
import { z } from 'zod';
import {
  addProofBody,
  checkProofBody,
  controlView,
  createControlBody,
  createEventBody,
  decideInvitationBody,
  eventView,
  submitInvitationBody,
} from '../../../contracts/obligations-communication';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import * as service from './communication.service';
import { errors } from './obligations.routes';

const tags = ['Obligations : communication (article 6) et contrôles (article 5)'];

export function communicationRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/conventions/:id/communication-events', {
    schema: {
      tags,
      summary:
        'Événements et opérations soumis aux obligations de communication : supports exigés, invitation, justificatifs',
      params: idParams,
      response: { 200: z.array(eventView), 404: problemSchema },
    },
    handler: async (request) => service.listEvents(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/conventions/:id/communication-events', {
    schema: {
      tags,
      summary:
        'Déclarer un événement (première pierre, inauguration, visite, travaux) et les supports où le logo doit figurer',
      params: idParams,
      body: createEventBody,
      response: { 201: eventView, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createEvent(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/communication-events/:id', {
    schema: {
      tags,
      summary: 'Un événement : versions de l’invitation et décisions, justificatifs et leur vérification',
      params: idParams,
      response: { 200: eventView, 404: problemSchema },
    },
    handler: async (request) => service.getEvent(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/communication-events/:id/invitations', {
    schema: {
      tags,
      summary:
        "Soumettre le projet d'invitation (office), avant impression ; une nouvelle version après une demande de modifications",
      params: idParams,
      body: submitInvitationBody,
      response: { 200: eventView, ...errors },
    },
    handler: async (request) =>
      service.submitInvitation(ctx.db, principalOf(request), request.params.id, request.body.documentId),
  });

  app.post('/api/communication-events/:id/invitations/decision', {
    schema: {
      tags,
      summary: "Valider l'invitation ou demander des modifications (Département)",
      params: idParams,
      body: decideInvitationBody,
      response: { 200: eventView, ...errors },
    },
    handler: async (request) => service.decideInvitation(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/communication-events/:id/proofs', {
    schema: {
      tags,
      summary: 'Déposer un justificatif de publicité (visuel, photo, article, lien vidéo, récapitulatif)',
      params: idParams,
      body: addProofBody,
      response: { 200: eventView, ...errors },
    },
    handler: async (request) => service.addProof(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/publicity-proofs/:id/check', {
    schema: {
      tags,
      summary: 'Vérifier un justificatif (Département) : accepté ou refusé',
      params: idParams,
      body: checkProofBody,
      response: { 200: eventView, ...errors },
    },
    handler: async (request) => service.checkProof(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.get('/api/conventions/:id/controls', {
    schema: {
      tags,
      summary: 'Missions de contrôle (article 5)',
      params: idParams,
      response: { 200: z.array(controlView), 404: problemSchema },
    },
    handler: async (request) => service.listControls(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/conventions/:id/controls', {
    schema: {
      tags,
      summary: 'Enregistrer une mission de contrôle : dates, contrôleur, périmètre, constats, suites, pièces',
      params: idParams,
      body: createControlBody,
      response: { 201: controlView, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createControl(ctx.db, principalOf(request), request.params.id, request.body)),
  });
}

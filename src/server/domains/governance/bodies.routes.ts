import { idParams } from '../../kernel/params';
import { z } from 'zod';
import {
  addSpellingBody,
  bodyDetail,
  bodySummary,
  createBodyBody,
  createMandateBody,
  createMemberBody,
  delegationView,
  governanceReference,
  memberView,
  resolveQuery,
  updateBodyBody,
  updateMandateBody,
} from '../../../contracts/governance';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { principalOf } from '../../kernel/request-auth';
import * as service from './bodies.service';

export const errors = {
  400: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
const tags = ['Gouvernance : instances'];

export function bodiesRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/governance/reference', {
    schema: {
      tags,
      summary:
        "Jeux de règles prêts à l'emploi (CA et Bureau d'OPH, assemblée et Commission permanente du Département, COPIL, COTECH), nomenclature ACTES, matières",
      response: { 200: governanceReference },
    },
    handler: async () => service.getReference(),
  });

  app.get('/api/conventions/:id/bodies', {
    schema: {
      tags,
      summary: 'Instances de la convention, avec leurs règles et le nombre de membres en exercice',
      params: idParams,
      response: { 200: z.array(bodySummary), 404: problemSchema },
    },
    handler: async (request) => service.listBodies(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/conventions/:id/bodies', {
    schema: {
      tags,
      summary: 'Créer une instance ; sans règles fournies, elle reçoit le jeu de règles de son type',
      params: idParams,
      body: createBodyBody,
      response: { 201: z.object({ id: z.string() }), ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createBody(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/bodies/:id', {
    schema: {
      tags,
      summary: 'Une instance : règles, mandats, délégations données et reçues, séances',
      params: idParams,
      response: { 200: bodyDetail, 404: problemSchema },
    },
    handler: async (request) => service.getBody(ctx.db, principalOf(request), request.params.id),
  });

  app.patch('/api/bodies/:id', {
    schema: {
      tags,
      summary: "Modifier le nom, les règles ou le signataire des extraits d'une instance",
      params: idParams,
      body: updateBodyBody,
      response: { 200: bodyDetail, ...errors },
    },
    handler: async (request) => service.updateBody(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/bodies/:id/mandates', {
    schema: {
      tags,
      summary: 'Ajouter un mandat (début, fin, rôle, qualité, voix délibérative)',
      params: idParams,
      body: createMandateBody,
      response: { 201: bodyDetail, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createMandate(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.patch('/api/mandates/:id', {
    schema: {
      tags,
      summary: 'Modifier un mandat (fin, rôle, qualité…)',
      params: idParams,
      body: updateMandateBody,
      response: { 200: bodyDetail, ...errors },
    },
    handler: async (request) => service.updateMandate(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.get('/api/conventions/:id/members', {
    schema: {
      tags,
      summary: 'Les personnes des instances de la convention, avec toutes leurs graphies et leurs mandats',
      params: idParams,
      response: { 200: z.array(memberView), 404: problemSchema },
    },
    handler: async (request) => service.listMembers(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/conventions/:id/members', {
    schema: {
      tags,
      summary: 'Enregistrer une personne (un même nom normalisé désigne une seule personne : 409 sinon)',
      params: idParams,
      body: createMemberBody,
      response: { 201: memberView, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createMember(ctx.db, principalOf(request), request.params.id, request.body)),
  });

  app.get('/api/conventions/:id/members/resolve', {
    schema: {
      tags,
      summary:
        'Qui désigne un nom écrit dans une source (« Madame Fatima AIT CHIKHEBI ») : found, ambiguous ou unknown',
      params: idParams,
      querystring: resolveQuery,
      response: {
        200: z.object({
          match: z.enum(['found', 'ambiguous', 'unknown']),
          key: z.string(),
          members: z.array(memberView),
        }),
        400: problemSchema,
        404: problemSchema,
      },
    },
    handler: async (request) =>
      service.resolveMember(ctx.db, principalOf(request), request.params.id, request.query.name),
  });

  app.post('/api/members/:id/spellings', {
    schema: {
      tags,
      summary: "Ajouter une autre graphie d'une personne (ex. « AIT CHIKHEBI » pour « AIT-CHIKHEBBIH »)",
      params: idParams,
      body: addSpellingBody,
      response: { 201: memberView, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await service.addSpelling(ctx.db, principalOf(request), request.params.id, request.body.spelling)),
  });

  app.get('/api/conventions/:id/delegations', {
    schema: {
      tags,
      summary: 'Délégations de pouvoirs entre les instances de la convention',
      params: idParams,
      response: { 200: z.array(delegationView), 404: problemSchema },
    },
    handler: async (request) => service.listDelegations(ctx.db, principalOf(request), request.params.id),
  });
}

import { z } from 'zod';
import { createUserBody, loginBody, sessionResponse, updateUserBody, userSummary } from '../../../contracts/access';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { clearSessionCookie } from '../../platform/http/session-auth';
import { principalOf } from '../../kernel/request-auth';
import { setSessionCookie } from './session-cookie';
import * as service from './access.service';
import * as accounts from './accounts.service';
import { passwordRoutes } from './password-links.routes';

const tags = ['Accès'];
const userId = z.object({ id: z.uuid('Identifiant de compte invalide.') });
export const mailEnabled = (ctx: AppContext) => ctx.config.smtpUrl !== null;

export function accessRoutes(app: ZodApp, ctx: AppContext) {
  app.post('/api/auth/login', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Se connecter avec une adresse électronique et un mot de passe',
      body: loginBody,
      response: { 200: sessionResponse, 401: problemSchema, 429: problemSchema },
    },
    handler: async (request, reply) => {
      const result = await service.login(ctx.db, { ...request.body, clientAddress: request.ip });
      setSessionCookie(reply, result.token, ctx.secureCookies);
      return { user: result.user, csrfToken: result.csrfToken, expiresAt: result.expiresAt.toISOString() };
    },
  });

  app.post('/api/auth/logout', {
    schema: { tags, summary: 'Se déconnecter', response: { 204: z.null() } },
    handler: async (request, reply) => {
      await service.logout(ctx.db, request.auth!);
      clearSessionCookie(reply, ctx.secureCookies);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/auth/session', {
    schema: {
      tags,
      summary: 'La session en cours, son utilisateur et son jeton CSRF',
      response: { 200: sessionResponse, 401: problemSchema },
    },
    handler: async (request) => {
      const auth = request.auth!;
      return { user: auth.user, csrfToken: auth.csrfToken, expiresAt: auth.expiresAt.toISOString() };
    },
  });

  app.get('/api/users', {
    schema: { tags, summary: 'Liste des comptes (administrateur)', response: { 200: z.array(userSummary) } },
    handler: async (request) => accounts.listUsers(ctx.db, principalOf(request)),
  });

  app.post('/api/users', {
    schema: {
      tags,
      summary: 'Créer un compte (administrateur)',
      body: createUserBody,
      response: { 201: userSummary, 400: problemSchema, 409: problemSchema },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await accounts.createUser(ctx.db, principalOf(request), request.body, { mailEnabled: mailEnabled(ctx) })),
  });

  app.post('/api/users/:id/unlock', {
    schema: {
      tags,
      summary: 'Débloquer un compte retardé après des mots de passe erronés (administrateur)',
      params: userId,
      response: { 200: userSummary, 404: problemSchema },
    },
    handler: async (request) => accounts.unlockUser(ctx.db, principalOf(request), request.params.id),
  });

  app.patch('/api/users/:id', {
    schema: {
      tags,
      summary: "Modifier le nom, l'organisation ou les rôles d'un compte (administrateur)",
      params: userId,
      body: updateUserBody,
      response: { 200: userSummary, 400: problemSchema, 404: problemSchema },
    },
    handler: async (request) => accounts.updateUser(ctx.db, principalOf(request), request.params.id, request.body),
  });

  app.post('/api/users/:id/disable', {
    schema: {
      tags,
      summary: 'Désactiver un compte : ses sessions prennent fin aussitôt (administrateur)',
      params: userId,
      response: { 200: userSummary, 400: problemSchema, 404: problemSchema },
    },
    handler: async (request) => accounts.disableUser(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/users/:id/enable', {
    schema: {
      tags,
      summary: 'Réactiver un compte désactivé (administrateur)',
      params: userId,
      response: { 200: userSummary, 404: problemSchema },
    },
    handler: async (request) => accounts.enableUser(ctx.db, principalOf(request), request.params.id),
  });

  app.post('/api/users/:id/invitation', {
    schema: {
      tags,
      summary: "Renvoyer l'invitation par courriel ; le lien précédent cesse de fonctionner (administrateur)",
      params: userId,
      response: { 200: userSummary, 404: problemSchema, 409: problemSchema },
    },
    handler: async (request) =>
      accounts.resendInvitation(ctx.db, principalOf(request), request.params.id, { mailEnabled: mailEnabled(ctx) }),
  });

  passwordRoutes(app, ctx);
}

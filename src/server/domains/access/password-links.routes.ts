import {
  authOptions,
  changePasswordBody,
  changePasswordResponse,
  forgotPasswordBody,
  forgotPasswordResponse,
  linkCheckBody,
  linkInfo,
  sessionResponse,
  setPasswordBody,
} from '../../../contracts/access';
import { problemSchema } from '../../../contracts/problem';
import type { AppContext, ZodApp } from '../../platform/http/context';
import { setSessionCookie } from './session-cookie';
import * as service from './password-links.service';

const tags = ['Accès'];
const mailEnabled = (ctx: AppContext) => ctx.config.smtpUrl !== null;

/** Passwords chosen by the person: links by e-mail (public) and the change of one's own (issue #22). */
export function passwordRoutes(app: ZodApp, ctx: AppContext) {
  app.get('/api/auth/options', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Ce que propose la page de connexion (mot de passe oublié par courriel)',
      response: { 200: authOptions },
    },
    handler: async () => ({ passwordByEmail: mailEnabled(ctx) }),
  });

  app.post('/api/auth/password-reset', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Mot de passe oublié : envoie un lien par courriel (même réponse que l’adresse ait un compte ou non)',
      body: forgotPasswordBody,
      response: { 200: forgotPasswordResponse, 409: problemSchema, 429: problemSchema },
    },
    handler: async (request) =>
      service.requestPasswordReset(
        ctx.db,
        { email: request.body.email, clientAddress: request.ip },
        { mailEnabled: mailEnabled(ctx) },
      ),
  });

  app.post('/api/auth/password-links/check', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Ce que dit un lien reçu par courriel, s’il est encore valable',
      body: linkCheckBody,
      response: { 200: linkInfo, 400: problemSchema },
    },
    handler: async (request) => service.checkLink(ctx.db, request.body.token),
  });

  app.post('/api/auth/password-links/use', {
    config: { public: true },
    schema: {
      tags,
      summary: 'Choisir son mot de passe avec un lien reçu par courriel (une seule fois) ; ouvre une session',
      body: setPasswordBody,
      response: { 200: sessionResponse, 400: problemSchema },
    },
    handler: async (request, reply) => {
      const result = await service.setPasswordWithLink(ctx.db, request.body);
      setSessionCookie(reply, result.token, ctx.secureCookies);
      return { user: result.user, csrfToken: result.csrfToken, expiresAt: result.expiresAt.toISOString() };
    },
  });

  app.post('/api/auth/password', {
    schema: {
      tags,
      summary: 'Changer son propre mot de passe (l’actuel est demandé) ; les autres sessions prennent fin',
      body: changePasswordBody,
      response: { 200: changePasswordResponse, 400: problemSchema, 429: problemSchema },
    },
    handler: async (request) => service.changeOwnPassword(ctx.db, request.auth!, request.body),
  });
}

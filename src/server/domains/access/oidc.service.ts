import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import { recordAudit, SYSTEM_ACTOR } from '../../platform/audit';
import type { OidcConfig } from '../../platform/config';
import type { Db } from '../../platform/db/connect';
import { AppError } from '../../platform/errors';
import { hashPassword } from '../../platform/passwords';
import { findOrganisationBySiret } from '../conventions/conventions.queries';
import * as repo from './access.repository';
import { authenticate, openSession, type LoginResult } from './access.service';
import { updateUserFromDirectory } from './oidc.repository';
import { accountFromClaims } from './oidc.rules';

/**
 * Single sign-on by OpenID Connect: authorisation code with PKCE (S256), state and nonce, by
 * openid-client. What must survive between the redirect and the callback (verifier, state,
 * nonce) travels in a signed, HttpOnly cookie: no server memory, so any instance can finish a
 * login another one started. The account is found by e-mail, or created, with the organisation
 * (SIRET claim) and roles the provider gives; then an ordinary Copil session is opened.
 */
export interface PendingLogin {
  verifier: string;
  state: string;
  nonce: string;
}

const discovered = new Map<string, Promise<client.Configuration>>();

function providerConfiguration(oidc: OidcConfig): Promise<client.Configuration> {
  const key = `${oidc.issuer} ${oidc.clientId}`;
  let found = discovered.get(key);
  if (!found) {
    const issuer = new URL(oidc.issuer);
    // Plain http is accepted by the configuration only for a provider on this machine (tests).
    const insecure = issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
    found = client.discovery(issuer, oidc.clientId, oidc.clientSecret, undefined, insecure);
    found.catch(() => discovered.delete(key)); // a provider down at first use is retried next time
    discovered.set(key, found);
  }
  return found;
}

function unavailable(error: unknown): AppError {
  return new AppError(
    'INTERNAL',
    `Le fournisseur d'identité ne répond pas (${error instanceof Error ? error.message : String(error)}). Réessayez ou utilisez votre mot de passe Copil.`,
  );
}

export async function startLogin(
  oidc: OidcConfig,
  redirectUri: string,
): Promise<{ url: string; pending: PendingLogin }> {
  const configuration = await providerConfiguration(oidc).catch((error: unknown) => Promise.reject(unavailable(error)));
  const pending: PendingLogin = {
    verifier: client.randomPKCECodeVerifier(),
    state: client.randomState(),
    nonce: client.randomNonce(),
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  });
  return { url: url.href, pending };
}

export async function finishLogin(
  db: Db,
  oidc: OidcConfig,
  callbackUrl: URL,
  pending: PendingLogin | null,
  now = new Date(),
): Promise<LoginResult> {
  const providerError = callbackUrl.searchParams.get('error');
  if (providerError)
    throw new AppError('FORBIDDEN', `Connexion refusée par le fournisseur d'identité (${providerError}).`);
  if (!pending)
    throw new AppError(
      'SESSION_EXPIRED',
      'La connexion par authentification unique a expiré ou a été ouverte dans un autre navigateur. Recommencez.',
    );
  const configuration = await providerConfiguration(oidc).catch((error: unknown) => Promise.reject(unavailable(error)));
  let claims: Record<string, unknown>;
  try {
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    const userInfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
    claims = { ...idClaims, ...userInfo };
  } catch (error) {
    throw new AppError(
      'FORBIDDEN',
      `Réponse du fournisseur d'identité refusée (${error instanceof Error ? error.message : String(error)}). Recommencez la connexion.`,
    );
  }
  const account = accountFromClaims(claims, oidc);
  const unusablePassword = await hashPassword(randomBytes(48).toString('base64url'));

  const outcome = await db.transaction().execute(async (trx) => {
    const organisation = await findOrganisationBySiret(trx, account.siret!);
    if (!organisation) {
      throw new AppError(
        'FORBIDDEN',
        `Connexion par authentification unique refusée : l'organisation de SIRET ${account.siret} n'est pas enregistrée dans Copil. Demandez à un administrateur de la créer.`,
      );
    }
    const existing = await repo.findUserByEmail(trx, account.email);
    let user;
    if (!existing) {
      // Provisioned on first sign-on; the password is random and never given: SSO only.
      user = await repo.insertUser(trx, {
        email: account.email,
        displayName: account.displayName,
        organisationId: organisation.id,
        roles: account.roles,
        passwordHash: unusablePassword,
      });
      await recordAudit(trx, SYSTEM_ACTOR, {
        entityType: 'user',
        entityId: user.id,
        action: 'create',
        after: {
          email: user.email,
          roles: account.roles,
          organisationId: organisation.id,
          source: 'oidc',
          issuer: oidc.issuer,
        },
      });
    } else {
      if (existing.disabled_at)
        throw new AppError('FORBIDDEN', 'Ce compte Copil est désactivé. Adressez-vous à un administrateur.');
      if ((existing.roles as string[]).includes('admin'))
        throw new AppError(
          'FORBIDDEN',
          'Un compte administrateur se connecte avec son mot de passe Copil, pas par authentification unique.',
        );
      user = await updateUserFromDirectory(trx, existing.id, {
        displayName: account.displayName,
        organisationId: organisation.id,
        roles: account.roles,
      });
      const changed =
        existing.organisation_id !== organisation.id ||
        JSON.stringify([...existing.roles].sort()) !== JSON.stringify([...account.roles].sort());
      if (changed) {
        await recordAudit(trx, SYSTEM_ACTOR, {
          entityType: 'user',
          entityId: user.id,
          action: 'update',
          before: { roles: existing.roles, organisationId: existing.organisation_id },
          after: { roles: account.roles, organisationId: organisation.id, source: 'oidc' },
        });
      }
    }
    return openSession(trx, user, now, { via: 'oidc', issuer: oidc.issuer });
  });
  const authenticated = await authenticate(db, outcome.token, now);
  return { token: outcome.token, csrfToken: outcome.csrfToken, expiresAt: outcome.expiresAt, user: authenticated.user };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, describeEachEngine, loginAs, type TestApp } from '../../test/engines';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider, started here with its
 * development login and consent pages): authorisation code with PKCE, the account provisioned
 * from the claims, an ordinary Copil session at the end. The browser is played by hand: every
 * redirect followed, cookies kept, the provider's forms submitted.
 */
const PUBLIC_URL = 'http://copil.test';
const CALLBACK = `${PUBLIC_URL}/api/auth/oidc/callback`;

type Claims = Record<string, unknown>;
const people = new Map<string, Claims>();
let server: Server;
let issuer: string;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'copil',
        client_secret: 'copil-secret-for-tests',
        redirect_uris: [CALLBACK],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'siret', 'roles'] },
    cookies: { keys: ['test-cookie-key-0123456789abcdef'] },
    findAccount: (_ctx, sub) => {
      const claims = people.get(sub);
      return claims ? { accountId: sub, claims: () => ({ sub, ...claims }) } : undefined;
    },
  });
  provider.on('server_error', (_ctx: unknown, error: Error) => console.error('oidc-provider', error));
  server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
});
afterAll(() => new Promise((resolve) => server?.close(resolve)));

/** Follows the provider's pages as a browser would, until it sends the browser back to Copil. */
async function signInAtProvider(start: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const c of response.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!.trim(), value.join('='));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let url = new URL(start);
  let method = 'GET';
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (url.href.startsWith(PUBLIC_URL)) return url;
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { cookie: cookie(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      ...(body ? { body } : {}),
    });
    keep(response);
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      method = 'GET';
      body = undefined;
      continue;
    }
    const html = await response.text();
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(html);
    if (!form) throw new Error(`page sans formulaire ni redirection (${response.status}) : ${html.slice(0, 300)}`);
    body = new URLSearchParams();
    for (const [input] of form[2]!.matchAll(/<input[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(input)?.[1];
      if (!name) continue;
      body.set(
        name,
        name === 'login' ? login : name === 'password' ? 'any-password' : (/value="([^"]*)"/.exec(input)?.[1] ?? ''),
      );
    }
    url = new URL(form[1]!.replace(/&amp;/g, '&'), url);
    method = 'POST';
  }
  throw new Error('trop de redirections');
}

describeEachEngine('single sign-on (OpenID Connect)', (engine) => {
  let built: TestApp;
  let officeSiret: string;
  let officeId: string;

  const env = () => ({
    PUBLIC_URL,
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: 'copil',
    OIDC_CLIENT_SECRET: 'copil-secret-for-tests',
    OIDC_ORG_CLAIM: 'siret',
    OIDC_ROLES_CLAIM: 'roles',
    OIDC_LABEL: 'Connexion Pas-de-Calais',
  });

  beforeAll(async () => {
    built = await buildTestApp(engine, env());
    const office = await createTestOrganisation(engine.db, { kind: 'landlord', name: 'Office SSO' });
    officeSiret = office.siret;
    officeId = office.id;
  });
  afterAll(async () => built?.close());

  /** The whole round trip; returns Copil's answer to the callback and the pending cookie. */
  async function roundTrip(login: string) {
    const start = await built.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    expect(start.statusCode).toBe(302);
    const pending = start.cookies.find((c) => c.name === 'copil_oidc')!;
    expect(pending).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/oidc' });
    const authorise = new URL(start.headers.location!);
    const back = await signInAtProvider(authorise.href, login);
    const callback = await built.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie: `copil_oidc=${pending.value}` },
    });
    return { authorise, back, callback, pending };
  }

  it('announces itself to the login page', async () => {
    const status = await built.app.inject({ method: 'GET', url: '/api/auth/oidc' });
    expect(status.json()).toEqual({ enabled: true, label: 'Connexion Pas-de-Calais' });
  });

  it('signs a new person in with PKCE and provisions the account from the claims', async () => {
    people.set('alice', {
      email: 'Alice.Martin@office.test',
      email_verified: true,
      name: 'Alice Martin',
      siret: officeSiret,
      roles: ['office_agent', 'admin', 'inconnu'],
    });
    const { authorise, callback } = await roundTrip('alice');
    expect(authorise.origin).toBe(issuer);
    expect(authorise.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorise.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorise.searchParams.get('state')).toBeTruthy();
    expect(authorise.searchParams.get('nonce')).toBeTruthy();
    expect(authorise.searchParams.get('redirect_uri')).toBe(CALLBACK);

    expect(callback.statusCode).toBe(302);
    expect(callback.headers.location).toBe('/');
    const session = callback.cookies.find((c) => c.name === 'copil_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    expect(callback.cookies.find((c) => c.name === 'copil_oidc')!.value).toBe(''); // used once

    const me = await built.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: `copil_session=${session.value}` },
    });
    expect(me.statusCode).toBe(200);
    // The administrator role is never taken from the provider; unknown roles are ignored.
    expect(me.json()).toMatchObject({
      user: {
        email: 'alice.martin@office.test',
        displayName: 'Alice Martin',
        roles: ['office_agent'],
        organisation: { id: officeId },
      },
    });
    const created = await engine.db
      .selectFrom('audit_events')
      .select(['action', 'after'])
      .where('entity_type', '=', 'user')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(created).toMatchObject({ action: 'create', after: { source: 'oidc' } });
  });

  it('updates the roles of a known person at the next sign-on, with an audit event', async () => {
    people.set('alice', { ...people.get('alice'), roles: 'office_manager office_agent' });
    const { callback } = await roundTrip('alice');
    expect(callback.statusCode).toBe(302);
    const user = await engine.db
      .selectFrom('users')
      .select(['roles'])
      .where('email', '=', 'alice.martin@office.test')
      .executeTakeFirstOrThrow();
    expect([...user.roles].sort()).toEqual(['office_agent', 'office_manager']);
    expect(
      await engine.db.selectFrom('users').select('id').where('email', '=', 'alice.martin@office.test').execute(),
    ).toHaveLength(1);
  });

  it('refuses an unknown organisation, a missing role and an administrator account, back on the login page in French', async () => {
    people.set('bob', {
      email: 'bob@ailleurs.test',
      email_verified: true,
      name: 'Bob',
      siret: '73282932000074',
      roles: ['office_agent'],
    });
    const unknownOrg = (await roundTrip('bob')).callback;
    expect(unknownOrg.statusCode).toBe(302);
    expect(decodeURIComponent(unknownOrg.headers.location!)).toMatch(
      /^\/connexion\?erreur=.*SIRET 73282932000074 n'est pas enregistrée dans Copil/,
    );
    expect(unknownOrg.cookies.find((c) => c.name === 'copil_session')).toBeUndefined();

    people.set('carol', {
      email: 'carol@office.test',
      email_verified: true,
      name: 'Carol',
      siret: officeSiret,
      roles: [],
    });
    expect(decodeURIComponent((await roundTrip('carol')).callback.headers.location!)).toMatch(
      /aucun rôle Copil dans la revendication « roles »/,
    );

    const admin = await createTestUser(engine.db, { roles: ['admin'] });
    people.set('dave', {
      email: admin.email,
      email_verified: true,
      name: 'Dave',
      siret: officeSiret,
      roles: ['office_agent'],
    });
    expect(decodeURIComponent((await roundTrip('dave')).callback.headers.location!)).toMatch(
      /administrateur se connecte avec son mot de passe/,
    );
    expect(
      await engine.db.selectFrom('users').select('roles').where('id', '=', admin.id).executeTakeFirstOrThrow(),
    ).toEqual({ roles: ['admin'] });
  });

  it('refuses a callback without its pending cookie, or with another login’s state', async () => {
    people.set('erin', {
      email: 'erin@office.test',
      email_verified: true,
      name: 'Erin',
      siret: officeSiret,
      roles: ['office_agent'],
    });
    const first = await built.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    const back = await signInAtProvider(first.headers.location!, 'erin');
    const noCookie = await built.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
    expect(decodeURIComponent(noCookie.headers.location!)).toMatch(/expiré ou a été ouverte dans un autre navigateur/);
    const other = (await built.app.inject({ method: 'GET', url: '/api/auth/oidc/login' })).cookies.find(
      (c) => c.name === 'copil_oidc',
    )!;
    const wrongState = await built.app.inject({
      method: 'GET',
      url: `${back.pathname}${back.search}`,
      headers: { cookie: `copil_oidc=${other.value}` },
    });
    expect(decodeURIComponent(wrongState.headers.location!)).toMatch(
      /^\/connexion\?erreur=Réponse du fournisseur d'identité refusée/,
    );
    expect(wrongState.cookies.find((c) => c.name === 'copil_session')).toBeUndefined();
  });

  it('keeps local accounts working, and is absent when not configured', async () => {
    const local = await createTestUser(engine.db, { roles: ['office_agent'], organisationId: officeId });
    expect((await loginAs(built.app, local.email, local.password)).user.email).toBe(local.email);
    const plain = await buildTestApp(engine);
    try {
      expect((await plain.app.inject({ method: 'GET', url: '/api/auth/oidc' })).json()).toEqual({
        enabled: false,
        label: null,
      });
      expect((await plain.app.inject({ method: 'GET', url: '/api/auth/oidc/login' })).statusCode).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import { loadConfig, type ConfigError } from '../../platform/config';
import { accountFromClaims } from './oidc.rules';

const names = { orgClaim: 'siret', rolesClaim: 'roles' };

describe('single sign-on configuration', () => {
  it('is off without OIDC_* variables, on with the three, claim names defaulting to siret and roles', () => {
    expect(loadConfig({}).oidc).toBeNull();
    expect(
      loadConfig({
        OIDC_ISSUER: 'https://idp.exemple.fr/realms/cd62',
        OIDC_CLIENT_ID: 'copil',
        OIDC_CLIENT_SECRET: 's3cret',
      }).oidc,
    ).toEqual({
      issuer: 'https://idp.exemple.fr/realms/cd62',
      clientId: 'copil',
      clientSecret: 's3cret',
      orgClaim: 'siret',
      rolesClaim: 'roles',
      label: 'le compte de votre organisation',
    });
  });

  it('names each missing or wrong variable in French', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ OIDC_ISSUER: 'https://idp.exemple.fr' })).toEqual([
      expect.stringMatching(/^OIDC_CLIENT_ID : obligatoire quand OIDC_ISSUER est donné/),
      expect.stringMatching(/^OIDC_CLIENT_SECRET : obligatoire/),
    ]);
    expect(problems({ OIDC_ISSUER: 'http://idp.exemple.fr', OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's' })).toEqual([
      expect.stringMatching(/^OIDC_ISSUER : « http:\/\/idp\.exemple\.fr » invalide ; attendu une adresse https:\/\//),
    ]);
    expect(problems({ OIDC_CLIENT_ID: 'c', OIDC_CLIENT_SECRET: 's', OIDC_ROLES_CLAIM: 'rôles copil' })).toEqual([
      expect.stringMatching(/^OIDC_ISSUER : obligatoire/),
      expect.stringMatching(/^OIDC_ROLES_CLAIM : « rôles copil » n'est pas un nom de revendication/),
    ]);
  });
});

describe('account from claims', () => {
  const base = { email: ' Agent@Office.FR ', name: 'Agent', siret: '344 077 672 00022', roles: ['office_agent'] };

  it('reads e-mail, name, SIRET and roles; nested claims by a dotted name; roles as a string', () => {
    expect(accountFromClaims(base, names)).toEqual({
      email: 'agent@office.fr',
      displayName: 'Agent',
      siret: '34407767200022',
      roles: ['office_agent'],
    });
    const keycloak = {
      email: 'a@b.fr',
      given_name: 'Anne',
      family_name: 'Durand',
      org: { siret: '34407767200022' },
      realm_access: { roles: 'coordinator controller' },
    };
    expect(accountFromClaims(keycloak, { orgClaim: 'org.siret', rolesClaim: 'realm_access.roles' })).toMatchObject({
      displayName: 'Anne Durand',
      roles: ['coordinator', 'controller'],
    });
  });

  it('never grants the administrator role and refuses an identity it cannot place', () => {
    expect(() => accountFromClaims({ ...base, roles: ['admin'] }, names)).toThrow(/aucun rôle Copil/);
    expect(() => accountFromClaims({ ...base, email: undefined }, names)).toThrow(/pas donné d'adresse électronique/);
    expect(() => accountFromClaims({ ...base, email_verified: false }, names)).toThrow(/n'est pas vérifiée/);
    expect(() => accountFromClaims({ ...base, siret: '123' }, names)).toThrow(/SIRET \(14 chiffres\)/);
  });
});

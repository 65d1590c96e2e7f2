import { roles, type Role } from '../../../contracts/access';
import { AppError } from '../../platform/errors';

/**
 * What Copil reads from a single sign-on identity: the e-mail (the account's key), a name, the
 * organisation's SIRET and the Copil roles, from the claims the operator named. The
 * administrator role is never granted by the identity provider: it stays a local account.
 */
export interface DirectoryAccount {
  email: string;
  displayName: string;
  siret: string | null;
  roles: Role[];
}

const SSO_ROLES = roles.filter((r) => r !== 'admin');

function refused(message: string) {
  return new AppError('FORBIDDEN', `Connexion par authentification unique refusée : ${message}`);
}

function claimValue(claims: Record<string, unknown>, name: string): unknown {
  // A dotted name reaches into a nested claim (realm_access.roles in Keycloak).
  return name
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      claims,
    );
}

export function accountFromClaims(
  claims: Record<string, unknown>,
  names: { orgClaim: string; rolesClaim: string },
): DirectoryAccount {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!/^[^\s@]+@[^\s@]+$/.test(email))
    throw refused("le fournisseur d'identité n'a pas donné d'adresse électronique.");
  if (claims.email_verified === false)
    throw refused(`l'adresse ${email} n'est pas vérifiée par le fournisseur d'identité.`);
  const rawRoles = claimValue(claims, names.rolesClaim);
  const list = Array.isArray(rawRoles) ? rawRoles : typeof rawRoles === 'string' ? rawRoles.split(/[\s,]+/) : [];
  const granted = [
    ...new Set(list.filter((r): r is Role => typeof r === 'string' && (SSO_ROLES as string[]).includes(r))),
  ];
  if (granted.length === 0)
    throw refused(
      `aucun rôle Copil dans la revendication « ${names.rolesClaim} » (attendu : ${SSO_ROLES.join(', ')}).`,
    );
  const rawSiret = claimValue(claims, names.orgClaim);
  const siret =
    typeof rawSiret === 'string' || typeof rawSiret === 'number' ? String(rawSiret).replace(/\s/g, '') : null;
  if (!siret || !/^\d{14}$/.test(siret))
    throw refused(`la revendication « ${names.orgClaim} » doit donner le SIRET (14 chiffres) de votre organisation.`);
  const name =
    typeof claims.name === 'string' && claims.name.trim()
      ? claims.name.trim()
      : [claims.given_name, claims.family_name]
          .filter((v) => typeof v === 'string')
          .join(' ')
          .trim();
  return { email, displayName: name || email, siret, roles: granted };
}

import type { Principal } from '../kernel/principal';
import type { Role } from '../../contracts/access';
import { insertUser } from '../domains/access/access.repository';
import { insertOrganisation } from '../domains/conventions/conventions.repository';
import type { Db } from '../platform/db/connect';
import { hashPassword } from '../platform/passwords';

/** Test data written straight through the repositories (no audit event, no policy). */

export const STRONG_PASSWORD = 'Correct-Horse-42-Battery';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A 14-digit SIRET that passes the Luhn check, from 13 digits of your choice (or random ones). */
export function luhnSiret(first13?: string): string {
  const body =
    first13 ??
    Array.from({ length: 13 }, (_, i) =>
      i === 0 ? 1 + Math.floor(Math.random() * 8) : Math.floor(Math.random() * 10),
    ).join('');
  for (let check = 0; check <= 9; check++) {
    const candidate = body + check;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let d = Number(candidate[13 - i]);
      if (i % 2 === 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error('unreachable');
}

export async function createTestOrganisation(
  db: Db,
  values: { name?: string; kind: 'department' | 'landlord' | 'control_body'; siret?: string },
) {
  let siret = values.siret ?? luhnSiret();
  // La Poste's SIREN follows another rule; keep random ones away from it.
  while (siret.startsWith('356000000')) siret = luhnSiret();
  return insertOrganisation(db, {
    name: values.name ?? `Organisation ${unique()}`,
    kind: values.kind,
    siret,
    address: null,
  });
}

export async function createTestUser(
  db: Db,
  values: { roles: Role[]; organisationId?: string | null; email?: string; password?: string; displayName?: string },
): Promise<Principal & { password: string }> {
  const password = values.password ?? STRONG_PASSWORD;
  const email = values.email ?? `user-${unique()}@example.test`;
  const user = await insertUser(db, {
    email,
    displayName: values.displayName ?? `Personne ${email}`,
    organisationId: values.organisationId ?? null,
    roles: values.roles,
    passwordHash: await hashPassword(password),
  });
  return {
    id: user.id,
    displayName: user.display_name,
    email: user.email,
    roles: user.roles as Role[],
    organisationId: user.organisation_id,
    password,
  };
}

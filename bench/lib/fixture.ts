import type { Principal } from '../../src/server/kernel/principal';
import { sql } from 'kysely';
import { bootstrapAdministrator } from '../../src/server/domains/access/access.service';
import type { Db } from '../../src/server/platform/db/connect';
import { referenceOrganisations } from '../../src/server/seed/reference-convention';
import { runSeed } from '../../src/server/seed';

/** The reference data Copil loads on first start, and the administrator the scenarios act as. */
export async function seededWorld(db: Db): Promise<{
  admin: Principal;
  adminPassword: string | null;
  officeId: string;
  departmentId: string;
  conventionId: string;
}> {
  await runSeed(db, 'reference');
  const created = await bootstrapAdministrator(db);
  const user = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'email'])
    .where(sql<boolean>`'admin' = any(roles)`)
    .executeTakeFirstOrThrow();
  const org = (siret: string) =>
    db.selectFrom('organisations').select('id').where('siret', '=', siret).executeTakeFirstOrThrow();
  const office = await org(referenceOrganisations.office.siret);
  const department = await org(referenceOrganisations.department.siret);
  const convention = await db
    .selectFrom('conventions')
    .select('id')
    .orderBy('period_start', 'desc')
    .executeTakeFirstOrThrow();
  return {
    adminPassword: created?.password ?? null,
    admin: { id: user.id, displayName: user.display_name, email: user.email, roles: ['admin'], organisationId: null },
    officeId: office.id,
    departmentId: department.id,
    conventionId: convention.id,
  };
}

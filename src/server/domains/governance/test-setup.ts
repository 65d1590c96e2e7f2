import type { Principal } from '../../kernel/principal';
import { expect } from 'vitest';
import type { Role } from '../../../contracts/access';
import type { Db } from '../../platform/db/connect';
import { AppError, type ErrorCode } from '../../platform/errors';
import { runSeed } from '../../seed';
import { createTestOrganisation, createTestUser } from '../../test/fixtures';

/** Shared set-up of the governance database tests: the seed, its bodies, and people of each side. */

export async function refused(promise: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

export interface GovernanceWorld {
  conventionId: string;
  departmentId: string;
  officeId: string;
  bodies: Record<'CA' | 'BUREAU' | 'CD' | 'CP' | 'COPIL' | 'COTECH', string>;
  officeManager: Principal;
  officeAgent: Principal;
  coordinator: Principal;
  controller: Principal;
  admin: Principal;
  outsider: Principal;
}

export async function governanceWorld(db: Db): Promise<GovernanceWorld> {
  await runSeed(db, 'reference');
  const orgs = await db.selectFrom('organisations').select(['id', 'siret']).execute();
  const departmentId = orgs.find((o) => o.siret === '22620001200012')!.id;
  const officeId = orgs.find((o) => o.siret === '34407767200022')!.id;
  const conventionId = (
    await db.selectFrom('conventions').select('id').where('period_start', '=', '2024-01-01').executeTakeFirstOrThrow()
  ).id;
  const bodies = Object.fromEntries(
    (
      await db
        .selectFrom('governance_bodies')
        .select(['id', 'code'])
        .where('convention_id', '=', conventionId)
        .execute()
    ).map((b) => [b.code, b.id]),
  ) as GovernanceWorld['bodies'];
  const other = await createTestOrganisation(db, { kind: 'landlord', name: 'Office voisin' });
  const user = (roles: Role[], organisationId: string | null, displayName: string) =>
    createTestUser(db, { roles, organisationId, displayName });
  return {
    conventionId,
    departmentId,
    officeId,
    bodies,
    officeManager: await user(['office_manager'], officeId, 'Directeur de l’office'),
    officeAgent: await user(['office_agent'], officeId, 'Agent de l’office'),
    coordinator: await user(['coordinator'], departmentId, 'Coordinatrice DAT'),
    controller: await user(['controller'], departmentId, 'Contrôleur'),
    admin: await user(['admin'], null, 'Administratrice'),
    outsider: await user(['office_manager', 'office_agent'], other.id, 'Voisin'),
  };
}

export async function auditActions(db: Db, entityId: string): Promise<string[]> {
  return (
    await db.selectFrom('audit_events').select('action').where('entity_id', '=', entityId).orderBy('id').execute()
  ).map((e) => e.action);
}

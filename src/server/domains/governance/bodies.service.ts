import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import type { Transaction } from 'kysely';
import { todayInParis } from '../../../contracts/dates';
import {
  bodyRules as bodyRulesSchema,
  actesSubjects,
  bodyKinds,
  matterLabels,
  matters,
  type BodyDetail,
  type BodySummary,
  type CreateBodyBody,
  type CreateMemberBody,
  type DelegationView,
  type GovernanceReference,
  type MandateView,
  type MemberView,
} from '../../../contracts/governance';
import { recordAudit, type Actor } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import type { Database } from '../../platform/db/schema';
import { AppError, assertSomethingToChange, forbidden, notFound } from '../../platform/errors';
import * as repo from './bodies.repository';
import { canManageBody, canManageMembers } from './governance.policy';
import { nameKey, resolveName, spellingKeys, stripCivility } from './names.rules';
import { RULE_SETS, ruleSetList } from './rule-sets';
import * as sessionsRepo from './sessions.repository';
import { delegationViewOf, inOfficeOn, personOf, rulesOf } from './views';

type Trx = Transaction<Database>;
type ConventionAccess = Awaited<ReturnType<typeof loadConventionAccess>>;

export function getReference(): GovernanceReference {
  return {
    ruleSets: ruleSetList(),
    actesSubjects,
    matters: matters.map((value) => ({ value, label: matterLabels[value] })),
  };
}

/** A body with its convention's access checked: a body the principal may not see answers NOT_FOUND. */
export async function loadBodyAccess(db: Db, principal: Principal, bodyId: string) {
  const body = await repo.findBody(db, bodyId);
  if (!body) throw notFound('Instance');
  const access = await loadConventionAccess(db, principal, body.convention_id).catch(() => {
    throw notFound('Instance');
  });
  return { body, rules: rulesOf(body), access, canManage: canManageBody(principal, access.side, body.side) };
}

export function assertManage(canManage: boolean, what = 'cette instance') {
  if (!canManage)
    throw forbidden(
      `Vous ne pouvez pas modifier ${what} : chaque partie enregistre ses propres instances (le bailleur son conseil d'administration et son Bureau, le Département son assemblée et sa Commission permanente).`,
    );
}

const organisationNameOf = (access: ConventionAccess, side: repo.BodyRow['side']) =>
  side === 'joint' ? null : (access.parties.find((p) => p.party_role === side)?.name ?? null);

function summaryOf(
  body: repo.BodyRow,
  access: ConventionAccess,
  mandates: { body_id: string; start_on: string | null; end_on: string | null }[],
  today: string,
): BodySummary {
  return {
    id: body.id,
    conventionId: body.convention_id,
    kind: body.kind,
    name: body.name,
    code: body.code,
    side: body.side,
    organisationName: organisationNameOf(access, body.side),
    rules: rulesOf(body),
    membersInOffice: mandates.filter((m) => m.body_id === body.id && inOfficeOn(m, today)).length,
    signatoryName: body.signatory_name,
    signatoryTitle: body.signatory_title,
  };
}

export async function listBodies(db: Db, principal: Principal, conventionId: string): Promise<BodySummary[]> {
  const access = await loadConventionAccess(db, principal, conventionId);
  const bodies = await repo.listBodies(db, conventionId);
  const mandates = await repo.listMandates(
    db,
    bodies.map((b) => b.id),
  );
  const today = todayInParis();
  const rank = (b: repo.BodyRow) => bodyKinds.indexOf(b.kind);
  return [...bodies]
    .sort((a, b) => rank(a) - rank(b) || a.created_at.getTime() - b.created_at.getTime())
    .map((b) => summaryOf(b, access, mandates, today));
}

export async function createBody(
  db: Db,
  principal: Principal,
  conventionId: string,
  input: CreateBodyBody,
): Promise<{ id: string }> {
  const access = await loadConventionAccess(db, principal, conventionId);
  assertManage(canManageBody(principal, access.side, input.side), 'les instances de cette partie');
  const rules = input.rules ?? RULE_SETS[input.kind];
  return db.transaction().execute(async (trx) => {
    if (await repo.findBodyByCode(trx, conventionId, input.code)) {
      const message = `Le code « ${input.code} » est déjà celui d'une autre instance de la convention.`;
      throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'code', message }] });
    }
    const { id } = await repo.insertBody(trx, {
      convention_id: conventionId,
      kind: input.kind,
      name: input.name,
      code: input.code,
      side: input.side,
      rules: JSON.stringify(rules),
      signatory_name: input.signatoryName ?? null,
      signatory_title: input.signatoryTitle ?? null,
      created_by: principal.id,
      created_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_body',
      entityId: id,
      action: 'create',
      after: { ...input, rules },
    });
    return { id };
  });
}

export async function updateBody(
  db: Db,
  principal: Principal,
  bodyId: string,
  input: {
    name?: string | undefined;
    rules?: unknown;
    signatoryName?: string | null | undefined;
    signatoryTitle?: string | null | undefined;
  },
): Promise<BodyDetail> {
  const { body, canManage } = await loadBodyAccess(db, principal, bodyId);
  assertManage(canManage);
  await db.transaction().execute(async (trx) => {
    const values = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.rules !== undefined ? { rules: JSON.stringify(bodyRulesSchema.parse(input.rules)) } : {}),
      ...(input.signatoryName !== undefined ? { signatory_name: input.signatoryName } : {}),
      ...(input.signatoryTitle !== undefined ? { signatory_title: input.signatoryTitle } : {}),
    };
    assertSomethingToChange(values);
    await repo.updateBody(trx, bodyId, values);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_body',
      entityId: bodyId,
      action: 'update',
      before: {
        name: body.name,
        rules: body.rules,
        signatoryName: body.signatory_name,
        signatoryTitle: body.signatory_title,
      },
      after: input,
    });
  });
  return getBody(db, principal, bodyId);
}

function mandateViewOf(
  m: Awaited<ReturnType<typeof repo.listMandates>>[number],
  member: repo.MemberRow,
  today: string,
): MandateView {
  return {
    id: m.id,
    member: personOf(member),
    role: m.role,
    quality: m.quality,
    voting: m.voting,
    startOn: m.start_on,
    endOn: m.end_on,
    inOffice: inOfficeOn(m, today),
  };
}

export async function listDelegationViews(db: Db, conventionId: string): Promise<DelegationView[]> {
  const [delegations, bodies] = await Promise.all([
    repo.listDelegations(db, conventionId),
    repo.listBodies(db, conventionId),
  ]);
  return delegations.map((d) => delegationViewOf(d, bodies));
}

export async function listDelegations(db: Db, principal: Principal, conventionId: string): Promise<DelegationView[]> {
  await loadConventionAccess(db, principal, conventionId);
  return listDelegationViews(db, conventionId);
}

export async function getBody(db: Db, principal: Principal, bodyId: string): Promise<BodyDetail> {
  const { body, access, canManage } = await loadBodyAccess(db, principal, bodyId);
  const [mandates, members, delegations, sessions] = await Promise.all([
    repo.listMandates(db, [bodyId]),
    repo.listMembers(db, body.convention_id),
    listDelegationViews(db, body.convention_id),
    sessionsRepo.listSessions(db, bodyId),
  ]);
  const today = todayInParis();
  const memberOf = (id: string) => members.find((m) => m.id === id)!;
  return {
    ...summaryOf(body, access, mandates, today),
    mandates: mandates.map((m) => mandateViewOf(m, memberOf(m.member_id), today)),
    delegationsGiven: delegations.filter((d) => d.fromBody.id === bodyId),
    delegationsReceived: delegations.filter((d) => d.toBody.id === bodyId),
    sessions: sessions.map((s) => ({
      id: s.id,
      heldOn: s.held_on,
      place: s.place,
      convocation: s.convocation,
      status: s.status,
      itemCount: Number(s.item_count ?? 0),
    })),
    can: { manage: canManage },
  };
}

// Members --------------------------------------------------------------------------------------------

async function memberViews(db: Db | Trx, conventionId: string, only?: string[]): Promise<MemberView[]> {
  const [members, spellings] = await Promise.all([
    repo.listMembers(db, conventionId),
    repo.listSpellings(db, conventionId),
  ]);
  const selected = only ? members.filter((m) => only.includes(m.id)) : members;
  const mandates = await repo.listMandatesOfMembers(
    db,
    selected.map((m) => m.id),
  );
  return selected.map((m) => {
    const own = spellings.filter((s) => s.member_id === m.id);
    const texts = [
      ...new Set([...own.filter((s) => s.canonical), ...own.filter((s) => !s.canonical)].map((s) => s.spelling)),
    ];
    return {
      ...personOf(m),
      organisationId: m.organisation_id,
      function: m.function,
      spellings: texts,
      mandates: mandates
        .filter((x) => x.member_id === m.id)
        .map((x) => ({
          id: x.id,
          bodyId: x.body_id,
          bodyName: x.body_name,
          role: x.role,
          quality: x.quality,
          voting: x.voting,
          startOn: x.start_on,
          endOn: x.end_on,
        })),
    };
  });
}

export async function listMembers(db: Db, principal: Principal, conventionId: string): Promise<MemberView[]> {
  await loadConventionAccess(db, principal, conventionId);
  return memberViews(db, conventionId);
}

/** The spelling of a last name a written form stands for, without civility or leading first name. */
function lastNameSpelling(written: string, firstName: string | null): string {
  const stripped = stripCivility(written);
  if (firstName && nameKey(stripped).startsWith(nameKey(firstName)) && stripped.length > firstName.length) {
    const rest = stripped.slice(firstName.length).trim();
    if (nameKey(rest).length > 0 && nameKey(`${firstName}${rest}`) === nameKey(stripped)) return rest;
  }
  return stripped;
}

/** The members an identity would duplicate: same full name, or same last name where a first name is missing. */
async function duplicatesOf(
  db: Db | Trx,
  conventionId: string,
  firstName: string | null,
  lastName: string,
  except?: string,
) {
  const [members, spellings] = await Promise.all([
    repo.listMembers(db, conventionId),
    repo.listSpellings(db, conventionId),
  ]);
  const index = spellings
    .filter((s) => s.member_id !== except)
    .map((s) => ({ memberId: s.member_id, key: s.name_key }));
  const found = resolveName(firstName ? `${firstName} ${lastName}` : lastName, index);
  const ids = found.kind === 'found' ? [found.memberId] : found.kind === 'ambiguous' ? found.memberIds : [];
  const lastKey = nameKey(lastName);
  for (const m of members) {
    if (m.id === except || ids.includes(m.id)) continue;
    const sameLast = spellings.some((s) => s.member_id === m.id && s.name_key === lastKey);
    if (sameLast && (firstName === null || m.first_name === null)) ids.push(m.id);
  }
  return members.filter((m) => ids.includes(m.id));
}

/** Creates a person, with the keys of their canonical spelling and aliases; refuses a duplicate identity. */
export async function insertMemberWithSpellings(
  trx: Trx,
  conventionId: string,
  input: Omit<CreateMemberBody, 'aliases'> & { aliases: string[] },
) {
  const firstName = input.firstName ?? null;
  const duplicates = await duplicatesOf(trx, conventionId, firstName, input.lastName);
  if (duplicates.length > 0) {
    const message = `${personOf(duplicates[0]!).formalName} est déjà enregistré(e) : un même nom, une fois normalisé (majuscules, sans accents, tirets ni espaces), désigne une seule personne. Ajoutez plutôt une graphie à ce membre.`;
    throw new AppError('CONFLICT', message, {
      fieldErrors: [{ field: 'lastName', message }],
      extra: { memberId: duplicates[0]!.id },
    });
  }
  const member = await repo.insertMember(trx, {
    convention_id: conventionId,
    civility: input.civility ?? null,
    first_name: firstName,
    last_name: input.lastName,
    organisation_id: input.organisationId ?? null,
    function: input.function ?? null,
    created_at: new Date(),
  });
  await repo.insertSpellings(
    trx,
    spellingKeys(firstName, input.lastName).map((key) => ({
      member_id: member.id,
      convention_id: conventionId,
      spelling: input.lastName,
      name_key: key,
      canonical: true,
    })),
  );
  for (const alias of input.aliases) await addSpellingKeys(trx, conventionId, member, alias);
  return member;
}

async function addSpellingKeys(trx: Trx, conventionId: string, member: repo.MemberRow, written: string) {
  const spelling = lastNameSpelling(written, member.first_name);
  const keys = spellingKeys(member.first_name, spelling);
  const spellings = await repo.listSpellings(trx, conventionId);
  const clash = spellings.find(
    (s) =>
      s.member_id !== member.id &&
      keys.includes(s.name_key) &&
      (s.name_key !== nameKey(spelling) || member.first_name === null),
  );
  if (clash) {
    const message = `La graphie « ${written} » désigne déjà un autre membre.`;
    throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'spelling', message }] });
  }
  await repo.insertSpellings(
    trx,
    keys.map((key) => ({
      member_id: member.id,
      convention_id: conventionId,
      spelling,
      name_key: key,
      canonical: false,
    })),
  );
  return spelling;
}

async function checkOrganisation(access: ConventionAccess, organisationId: string | null | undefined) {
  if (organisationId && !access.parties.some((p) => p.id === organisationId)) {
    throw new AppError('VALIDATION_FAILED', "L'organisation n'est pas partie à la convention.", {
      fieldErrors: [{ field: 'organisationId', message: 'Organisation inconnue de la convention.' }],
    });
  }
}

export async function createMember(
  db: Db,
  principal: Principal,
  conventionId: string,
  input: CreateMemberBody,
): Promise<MemberView> {
  const access = await loadConventionAccess(db, principal, conventionId);
  if (!canManageMembers(principal, access.side))
    throw forbidden(
      'Seuls le coordinateur DAT, le directeur de l’office et l’administrateur enregistrent les membres des instances.',
    );
  await checkOrganisation(access, input.organisationId);
  const id = await db.transaction().execute(async (trx) => {
    const member = await insertMemberWithSpellings(trx, conventionId, input);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_member',
      entityId: member.id,
      action: 'create',
      after: input,
    });
    return member.id;
  });
  return (await memberViews(db, conventionId, [id]))[0]!;
}

export async function addSpelling(
  db: Db,
  principal: Principal,
  memberId: string,
  written: string,
): Promise<MemberView> {
  const member = await repo.findMember(db, memberId);
  if (!member) throw notFound('Membre');
  const access = await loadConventionAccess(db, principal, member.convention_id).catch(() => {
    throw notFound('Membre');
  });
  if (!canManageMembers(principal, access.side))
    throw forbidden(
      'Seuls le coordinateur DAT, le directeur de l’office et l’administrateur enregistrent les membres des instances.',
    );
  await db.transaction().execute(async (trx) => {
    const spelling = await addSpellingKeys(trx, member.convention_id, member, written);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_member',
      entityId: memberId,
      action: 'add_spelling',
      after: { written, spelling },
    });
  });
  return (await memberViews(db, member.convention_id, [memberId]))[0]!;
}

/** Who a name written in a source designates: one member, several (ambiguous), or nobody yet. */
export async function resolveMember(db: Db, principal: Principal, conventionId: string, name: string) {
  await loadConventionAccess(db, principal, conventionId);
  const spellings = await repo.listSpellings(db, conventionId);
  const found = resolveName(
    name,
    spellings.map((s) => ({ memberId: s.member_id, key: s.name_key })),
  );
  const ids = found.kind === 'found' ? [found.memberId] : found.kind === 'ambiguous' ? found.memberIds : [];
  return {
    match: found.kind,
    key: nameKey(stripCivility(name)),
    members: ids.length ? await memberViews(db, conventionId, ids) : [],
  };
}

/** A participant named in a meeting: the known identity, or a new person. */
export async function findOrCreateMember(
  trx: Trx,
  actor: Actor,
  conventionId: string,
  input: {
    civility?: 'M.' | 'Mme' | null | undefined;
    firstName?: string | null | undefined;
    lastName: string;
    organisationId?: string | null | undefined;
    function?: string | null | undefined;
  },
) {
  const spellings = await repo.listSpellings(trx, conventionId);
  const found = resolveName(
    input.firstName ? `${input.firstName} ${input.lastName}` : input.lastName,
    spellings.map((s) => ({ memberId: s.member_id, key: s.name_key })),
  );
  if (found.kind === 'found') return (await repo.findMember(trx, found.memberId))!;
  if (found.kind === 'ambiguous') {
    const message = `« ${input.lastName} » désigne plusieurs membres : précisez le prénom ou l'identifiant.`;
    throw new AppError('CONFLICT', message, { fieldErrors: [{ field: 'lastName', message }] });
  }
  const member = await insertMemberWithSpellings(trx, conventionId, {
    ...input,
    firstName: input.firstName ?? null,
    aliases: [],
  });
  await recordAudit(trx, actor, {
    entityType: 'governance_member',
    entityId: member.id,
    action: 'create',
    after: input,
  });
  return member;
}

// Mandates --------------------------------------------------------------------------------------------

const overlaps = (
  a: { start_on: string | null; end_on: string | null },
  b: { start_on: string | null; end_on: string | null },
) =>
  (a.start_on === null || b.end_on === null || a.start_on <= b.end_on) &&
  (b.start_on === null || a.end_on === null || b.start_on <= a.end_on);

async function checkMandate(
  trx: Trx,
  bodyId: string,
  candidate: { id?: string; member_id: string; role: string; start_on: string | null; end_on: string | null },
) {
  if (candidate.start_on && candidate.end_on && candidate.end_on < candidate.start_on) {
    throw new AppError('VALIDATION_FAILED', 'La fin du mandat précède son début.', {
      fieldErrors: [{ field: 'endOn', message: 'Fin avant le début.' }],
    });
  }
  const others = (await repo.listMandates(trx, [bodyId])).filter(
    (m) => m.id !== candidate.id && overlaps(m, candidate),
  );
  if (others.some((m) => m.member_id === candidate.member_id))
    throw new AppError('CONFLICT', 'Ce membre a déjà un mandat dans cette instance sur cette période.', {
      fieldErrors: [{ field: 'memberId', message: 'Mandat en double.' }],
    });
  if (candidate.role === 'president' && others.some((m) => m.role === 'president')) {
    throw new AppError('CONFLICT', "L'instance a déjà un président sur cette période : terminez d'abord son mandat.", {
      fieldErrors: [{ field: 'role', message: 'Un seul président à la fois.' }],
    });
  }
}

export async function createMandate(
  db: Db,
  principal: Principal,
  bodyId: string,
  input: {
    memberId: string;
    role: 'president' | 'vice_president' | 'member';
    quality?: string | null | undefined;
    voting: boolean;
    startOn?: string | null | undefined;
    endOn?: string | null | undefined;
  },
): Promise<BodyDetail> {
  const { body, canManage } = await loadBodyAccess(db, principal, bodyId);
  assertManage(canManage);
  const member = await repo.findMember(db, input.memberId);
  if (!member || member.convention_id !== body.convention_id)
    throw new AppError('VALIDATION_FAILED', 'Membre inconnu de cette convention.', {
      fieldErrors: [{ field: 'memberId', message: 'Membre inconnu.' }],
    });
  await db.transaction().execute(async (trx) => {
    await repo.lockBody(trx, bodyId);
    const values = {
      body_id: bodyId,
      member_id: input.memberId,
      role: input.role,
      quality: input.quality ?? null,
      voting: input.voting,
      start_on: input.startOn ?? null,
      end_on: input.endOn ?? null,
    };
    await checkMandate(trx, bodyId, values);
    const { id } = await repo.insertMandate(trx, { ...values, created_at: new Date() });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_mandate',
      entityId: id,
      action: 'create',
      after: values,
    });
  });
  return getBody(db, principal, bodyId);
}

export async function updateMandate(
  db: Db,
  principal: Principal,
  mandateId: string,
  input: {
    role?: 'president' | 'vice_president' | 'member' | undefined;
    quality?: string | null | undefined;
    voting?: boolean | undefined;
    startOn?: string | null | undefined;
    endOn?: string | null | undefined;
  },
): Promise<BodyDetail> {
  const mandate = await repo.findMandate(db, mandateId);
  if (!mandate) throw notFound('Mandat');
  const { canManage } = await loadBodyAccess(db, principal, mandate.body_id);
  assertManage(canManage);
  await db.transaction().execute(async (trx) => {
    await repo.lockBody(trx, mandate.body_id);
    const next = {
      role: input.role ?? mandate.role,
      quality: input.quality !== undefined ? input.quality : mandate.quality,
      voting: input.voting ?? mandate.voting,
      start_on: input.startOn !== undefined ? input.startOn : mandate.start_on,
      end_on: input.endOn !== undefined ? input.endOn : mandate.end_on,
    };
    await checkMandate(trx, mandate.body_id, { id: mandateId, member_id: mandate.member_id, ...next });
    await repo.updateMandate(trx, mandateId, next);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_mandate',
      entityId: mandateId,
      action: 'update',
      before: mandate,
      after: next,
    });
  });
  return getBody(db, principal, mandate.body_id);
}

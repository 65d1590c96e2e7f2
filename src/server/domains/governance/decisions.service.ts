import type { Database } from '../../platform/db/schema';
import { findConvention } from '../../kernel/convention-scope.queries';
import { envelopeKindShortLabels, fundingAgreementLabel } from '../../../contracts/format';
import { amendmentOfConvention } from '../conventions/conventions.queries';
import {
  agreementOfConvention,
  allocationOfConvention,
  envelopeOfConvention,
  loanGuaranteeOfConvention,
} from '../finance/finance.queries';
import { loadConventionAccess } from '../../kernel/convention-scope';
import { actorOf, type Principal } from '../../kernel/principal';
import { formatDateFr } from '../../../contracts/dates';
import { actesCodes } from '../../../contracts/governance';
import { type DecisionView } from '../../../contracts/governance-sessions';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError, assertSomethingToChange, notFound } from '../../platform/errors';
import * as bodiesRepo from './bodies.repository';
import { assertManage, loadBodyAccess } from './bodies.service';
import * as repo from './decisions.repository';
import { canManageBody } from './governance.policy';
import { competenceWarning, findDelegation } from './governance.rules';
import { actesScdlName } from './scdl-deliberations.rules';
import { decisionFigures } from './governance.queries';
import { storedOutcome } from './session-state';
import * as sessionsRepo from './sessions.repository';
import { delegationFactOf, delegationViewOf, inOfficeOn, rulesOf } from './views';

type ConventionAccess = Awaited<ReturnType<typeof loadConventionAccess>>;

/** A decision the principal may see (NOT_FOUND otherwise), with its body and whether they may change it. */
export async function loadDecisionAccess(db: Db, principal: Principal, decisionId: string) {
  const decision = await repo.findDecision(db, decisionId);
  if (!decision) throw notFound('Délibération');
  const access = await loadBodyAccess(db, principal, decision.body_id).catch(() => {
    throw notFound('Délibération');
  });
  return { decision, ...access };
}

export async function decisionViews(
  db: Db,
  principal: Principal,
  access: ConventionAccess,
  rows: repo.DecisionRow[],
): Promise<DecisionView[]> {
  if (rows.length === 0) return [];
  const conventionId = rows[0]!.convention_id;
  const [bodies, delegations, links, items] = await Promise.all([
    bodiesRepo.listBodies(db, conventionId),
    bodiesRepo.listDelegations(db, conventionId),
    repo.listLinks(
      db,
      rows.map((r) => r.id),
    ),
    Promise.all(rows.map((r) => sessionsRepo.findItem(db, r.agenda_item_id))),
  ]);
  const [mandates, figures] = await Promise.all([
    bodiesRepo.listMandates(
      db,
      bodies.map((b) => b.id),
    ),
    decisionFigures(db, rows),
  ]);
  const views: DecisionView[] = [];
  for (const [i, d] of rows.entries()) {
    const body = bodies.find((b) => b.id === d.body_id)!;
    const rules = rulesOf(body);
    const item = items[i]!;
    const outcome = storedOutcome(item)!;
    const f = figures.get(d.id)!;
    const cited = delegations.find((x) => x.id === d.delegation_id);
    const facts = delegations.map(delegationFactOf);
    const year = d.matter_year ?? d.year;
    const delegation = findDelegation(facts, { bodyId: d.body_id, matter: d.matter, year, on: d.decided_on });
    const locked = d.minutes_approved_on !== null;
    const canManage = canManageBody(principal, access.side, body.side);
    const corrections = await repo.listCorrections(db, d.id);
    const linkLabels = await Promise.all(
      links
        .filter((l) => l.decision_id === d.id)
        .map(async (l) => ({
          targetType: l.target_type,
          targetId: l.target_id,
          relation: l.relation,
          label: (await findLinkTarget(db, conventionId, l.target_type, l.target_id)) ?? '',
        })),
    );
    views.push({
      id: d.id,
      reference: d.reference,
      year: d.year,
      sequence: d.sequence,
      decidedOn: d.decided_on,
      body: { id: body.id, name: body.name, code: body.code, side: body.side },
      conventionId,
      sessionId: d.session_id,
      agendaItemId: d.agenda_item_id,
      title: d.title,
      text: d.text,
      matter: d.matter,
      matterYear: d.matter_year,
      actesCode: d.actes_code,
      actesName: d.actes_code ? actesScdlName(d.actes_code) : null,
      budgetYear: d.budget_year,
      budgetName: d.budget_name,
      url: d.url,
      prefectureId: d.prefecture_id,
      transmittedOn: d.transmitted_on,
      outcome: { code: outcome.code, wording: outcome.wording },
      votes: {
        present: f.present,
        represented: f.represented,
        for: f.for,
        against: f.against,
        abstention: f.abstention,
        notTakingPart: f.notTakingPart,
        membersInOffice: mandates.filter((m) => m.body_id === body.id && m.voting && inOfficeOn(m, d.decided_on))
          .length,
        voters: f.votesCast,
      },
      links: linkLabels,
      delegation: cited ? delegationViewOf(cited, bodies) : null,
      delegationsGiven: delegations.filter((x) => x.decision_id === d.id).map((x) => delegationViewOf(x, bodies)),
      corrections: corrections.map((c) => ({
        id: c.id,
        field: c.field,
        previous: c.previous,
        corrected: c.corrected,
        reason: c.reason,
        actorLabel: c.actor_label,
        correctedAt: c.corrected_at.toISOString(),
      })),
      locked,
      warnings: [
        competenceWarning({ name: body.name, competences: rules.competences }, d.matter, year, delegation),
        d.actes_code
          ? null
          : 'Code de matière ACTES à renseigner : il est exigé pour la transmission et la publication.',
      ].filter((w): w is string => w !== null),
      can: { edit: canManage && !locked, correct: canManage && locked, transmit: canManage },
    });
  }
  return views;
}

export async function listDecisions(
  db: Db,
  principal: Principal,
  conventionId: string,
  filter: { bodyId?: string | undefined; year?: number | undefined },
): Promise<DecisionView[]> {
  const access = await loadConventionAccess(db, principal, conventionId);
  return decisionViews(db, principal, access, await repo.listDecisions(db, conventionId, filter));
}

export async function getDecision(db: Db, principal: Principal, decisionId: string): Promise<DecisionView> {
  const { decision, access } = await loadDecisionAccess(db, principal, decisionId);
  return (await decisionViews(db, principal, access, [decision]))[0]!;
}

export function assertNotLocked(d: repo.DecisionRow) {
  if (d.minutes_approved_on) {
    throw new AppError(
      'CONFLICT',
      `Le procès-verbal de la séance du ${formatDateFr(d.decided_on)} a été approuvé le ${formatDateFr(d.minutes_approved_on)} : la délibération n° ${d.reference} ne se modifie plus ; enregistrez une rectification (POST /api/decisions/${d.id}/corrections).`,
    );
  }
}

const columnOf = {
  title: 'title',
  text: 'text',
  actesCode: 'actes_code',
  budgetYear: 'budget_year',
  budgetName: 'budget_name',
  url: 'url',
  matterYear: 'matter_year',
} as const;

export async function updateDecision(
  db: Db,
  principal: Principal,
  decisionId: string,
  input: Partial<Record<keyof typeof columnOf, string | number | null | undefined>>,
): Promise<DecisionView> {
  const { decision, canManage } = await loadDecisionAccess(db, principal, decisionId);
  assertManage(canManage);
  assertNotLocked(decision);
  const values = Object.fromEntries(
    Object.entries(input)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [columnOf[k as keyof typeof columnOf], v]),
  );
  assertSomethingToChange(values);
  await db.transaction().execute(async (trx) => {
    await repo.updateDecision(trx, decisionId, values);
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_decision',
      entityId: decisionId,
      action: 'update',
      before: decision,
      after: input,
    });
  });
  return getDecision(db, principal, decisionId);
}

/**
 * What a link may point to, checked against the convention: its label, or undefined when not found
 * there. Each target is read through its owner's published queries.
 */
export async function findLinkTarget(
  db: Db,
  conventionId: string,
  type: Database['governance_decision_links']['target_type'],
  id: string,
): Promise<string | undefined> {
  switch (type) {
    case 'convention':
      return id === conventionId ? (await findConvention(db, id))?.title : undefined;
    case 'amendment': {
      const a = await amendmentOfConvention(db, conventionId, id);
      return a ? `Avenant n° ${a.number} : ${a.object}` : undefined;
    }
    case 'envelope': {
      const e = await envelopeOfConvention(db, conventionId, id);
      return e ? `Enveloppe : ${e.label}` : undefined;
    }
    case 'allocation': {
      const a = await allocationOfConvention(db, conventionId, id);
      return a ? `Délibération d'application ${a.year} (${envelopeKindShortLabels[a.kind]})` : undefined;
    }
    case 'funding_agreement': {
      const g = await agreementOfConvention(db, conventionId, id);
      return g ? fundingAgreementLabel(g.year, g.kind) : undefined;
    }
    case 'loan_guarantee': {
      const l = await loanGuaranteeOfConvention(db, conventionId, id);
      return l ? `Garantie d'emprunt ${l.lender} n° ${l.contract_number}` : undefined;
    }
  }
}

/** The transmission to the prefecture (contrôle de légalité): recorded even after the minutes are approved. */
export async function recordTransmission(
  db: Db,
  principal: Principal,
  decisionId: string,
  input: { prefectureId?: string | null | undefined; transmittedOn: string },
): Promise<DecisionView> {
  const { decision, canManage } = await loadDecisionAccess(db, principal, decisionId);
  assertManage(canManage);
  if (input.transmittedOn < decision.decided_on) {
    const message = `La transmission ne peut précéder la délibération (${formatDateFr(decision.decided_on)}).`;
    throw new AppError('VALIDATION_FAILED', message, { fieldErrors: [{ field: 'transmittedOn', message }] });
  }
  await db.transaction().execute(async (trx) => {
    await repo.updateDecision(trx, decisionId, {
      transmitted_on: input.transmittedOn,
      prefecture_id: input.prefectureId ?? decision.prefecture_id,
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_decision',
      entityId: decisionId,
      action: 'transmit',
      before: { transmittedOn: decision.transmitted_on, prefectureId: decision.prefecture_id },
      after: input,
    });
  });
  return getDecision(db, principal, decisionId);
}

/**
 * A correction of a decision whose minutes are approved (rectification d'erreur matérielle): the
 * field takes its corrected value, and the correction — previous value, reason, who and when — is
 * kept and shown with the decision and in its extract.
 */
export async function correctDecision(
  db: Db,
  principal: Principal,
  decisionId: string,
  input: {
    field: 'title' | 'text' | 'actesCode' | 'budgetYear' | 'budgetName' | 'url';
    value: string | null;
    reason: string;
  },
): Promise<DecisionView> {
  const { decision, canManage } = await loadDecisionAccess(db, principal, decisionId);
  assertManage(canManage);
  if (!decision.minutes_approved_on)
    throw new AppError(
      'CONFLICT',
      "Le procès-verbal n'est pas encore approuvé : modifiez directement la délibération.",
    );
  const value = input.value === '' ? null : input.value;
  const invalid =
    (input.field === 'title' && !value) ||
    (input.field === 'actesCode' && value !== null && !actesCodes.includes(value)) ||
    (input.field === 'budgetYear' && value !== null && !/^\d{4}(\/\d{4})?$/.test(value)) ||
    (input.field === 'url' && value !== null && !/^https?:\/\/\S+$/.test(value));
  if (invalid)
    throw new AppError('VALIDATION_FAILED', `Valeur invalide pour ${input.field}.`, {
      fieldErrors: [{ field: 'value', message: 'Valeur invalide pour ce champ.' }],
    });
  const column = columnOf[input.field];
  const previous = decision[column];
  const actor = actorOf(principal);
  await db.transaction().execute(async (trx) => {
    await repo.updateDecision(trx, decisionId, { [column]: value });
    const { id } = await repo.insertCorrection(trx, {
      decision_id: decisionId,
      field: input.field,
      previous: previous === null ? null : String(previous),
      corrected: value,
      reason: input.reason,
      actor_id: principal.id,
      actor_label: actor.label,
      corrected_at: new Date(),
    });
    await recordAudit(trx, actor, {
      entityType: 'governance_decision',
      entityId: decisionId,
      action: 'correct',
      before: { [input.field]: previous },
      after: { [input.field]: value, reason: input.reason, correctionId: id },
    });
  });
  return getDecision(db, principal, decisionId);
}

/** A decision delegates powers on a matter (from a year, until a year) to another body of the convention. */
export async function createDelegation(
  db: Db,
  principal: Principal,
  decisionId: string,
  input: {
    toBodyId: string;
    matter: 'convention' | 'amendment' | 'allocation' | 'funding_agreement' | 'loan_guarantee' | 'delegation' | 'other';
    fromYear?: number | null | undefined;
    untilYear?: number | null | undefined;
    description: string;
  },
): Promise<DecisionView> {
  const { decision, canManage } = await loadDecisionAccess(db, principal, decisionId);
  assertManage(canManage);
  assertNotLocked(decision);
  const target = await bodiesRepo.findBody(db, input.toBodyId);
  const field = (message: string) =>
    new AppError('VALIDATION_FAILED', message, { fieldErrors: [{ field: 'toBodyId', message }] });
  if (!target || target.convention_id !== decision.convention_id)
    throw field('Instance délégataire inconnue de cette convention.');
  if (target.id === decision.body_id) throw field('Une instance ne se délègue pas ses propres pouvoirs.');
  if (!rulesOf(target).deliberative)
    throw field(`${target.name} ne délibère pas : elle ne peut recevoir de délégation.`);
  await db.transaction().execute(async (trx) => {
    const { id } = await bodiesRepo.insertDelegation(trx, {
      decision_id: decisionId,
      from_body_id: decision.body_id,
      to_body_id: input.toBodyId,
      matter: input.matter,
      from_year: input.fromYear ?? null,
      until_year: input.untilYear ?? null,
      description: input.description,
      created_at: new Date(),
    });
    await recordAudit(trx, actorOf(principal), {
      entityType: 'delegation',
      entityId: id,
      action: 'create',
      after: { decisionId, ...input },
    });
  });
  return getDecision(db, principal, decisionId);
}

// ---------------------------------------------------------------------------------------------
// Files: the extract (PDF, DOCX) and the SCDL « délibérations » open data

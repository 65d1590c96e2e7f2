import { actorOf, type Principal } from '../../kernel/principal';
import { loadConventionAccess } from '../../kernel/convention-scope';
import {
  type DecisionTargetView,
  type DecisionView,
  type decisionLinksBody,
} from '../../../contracts/governance-sessions';
import type { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import type { Db } from '../../platform/db/connect';
import { AppError } from '../../platform/errors';
import { assertManage } from './bodies.service';
import * as bodiesRepo from './bodies.repository';
import * as repo from './decisions.repository';

import { assertNotLocked, findLinkTarget, getDecision, loadDecisionAccess } from './decisions.service';

/**
 * What a decision decides or takes note of in Copil, each target checked with its owner's published
 * query: the convention, an amendment, an allocation, a financial convention, a loan guarantee.
 */

/** What the decision decides or takes note of in Copil: a convention, an amendment, an allocation, a financial convention, a guarantee. */
export async function setLinks(
  db: Db,
  principal: Principal,
  decisionId: string,
  input: z.infer<typeof decisionLinksBody>,
): Promise<DecisionView> {
  const { decision, canManage } = await loadDecisionAccess(db, principal, decisionId);
  assertManage(canManage);
  assertNotLocked(decision);
  const problems = [];
  for (const [i, link] of input.links.entries()) {
    if ((await findLinkTarget(db, decision.convention_id, link.targetType, link.targetId)) === undefined)
      problems.push({ field: `links.${i}.targetId`, message: 'Objet introuvable dans cette convention.' });
  }
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems[0]!.message, { fieldErrors: problems });
  const unique = [...new Map(input.links.map((l) => [`${l.targetType}:${l.targetId}`, l])).values()];
  await db.transaction().execute(async (trx) => {
    await repo.replaceLinks(
      trx,
      decisionId,
      unique.map((l) => ({
        decision_id: decisionId,
        target_type: l.targetType,
        target_id: l.targetId,
        relation: l.relation,
      })),
    );
    await recordAudit(trx, actorOf(principal), {
      entityType: 'governance_decision',
      entityId: decisionId,
      action: 'link',
      after: unique,
    });
  });
  return getDecision(db, principal, decisionId);
}

/**
 * Everything the convention's decisions decide or take note of, each with its decision, by date:
 * the finance page shows an allocation's or an envelope's deliberation from it, and a
 * deliberation's page lists what it voted (DecisionView.links).
 */
export async function listDecisionTargets(
  db: Db,
  principal: Principal,
  conventionId: string,
): Promise<DecisionTargetView[]> {
  await loadConventionAccess(db, principal, conventionId);
  const [decisions, bodies] = await Promise.all([
    repo.listDecisions(db, conventionId),
    bodiesRepo.listBodies(db, conventionId),
  ]);
  const links = await repo.listLinks(
    db,
    decisions.map((d) => d.id),
  );
  return decisions.flatMap((d) => {
    const body = bodies.find((b) => b.id === d.body_id)!;
    return links
      .filter((l) => l.decision_id === d.id)
      .map((l) => ({
        targetType: l.target_type,
        targetId: l.target_id,
        relation: l.relation,
        decision: {
          id: d.id,
          reference: d.reference,
          decidedOn: d.decided_on,
          title: d.title,
          body: { id: body.id, name: body.name },
        },
      }));
  });
}

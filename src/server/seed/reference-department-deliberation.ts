import type { Transaction } from 'kysely';
import { recordAudit, SYSTEM_ACTOR } from '../platform/audit';
import type { Database } from '../platform/db/schema';
import * as decisionsRepo from '../domains/governance/decisions.repository';
import { envelopesWithAllocations } from '../domains/finance/finance.queries';
import { defaultActesCode } from '../domains/governance/rule-sets';
import * as sessionsRepo from '../domains/governance/sessions.repository';
import { referenceDeliberation } from './reference-finance';

type Trx = Transaction<Database>;

/**
 * The Département's own deliberation of 29 January 2024, recorded like the office's board session:
 * the Conseil départemental's session, its one item and its decision, which decides the convention,
 * its two envelopes (the AP of 100 M€ and the AE of 50 M€, Article 3) and their 2024 allocations
 * (4 M€ and 5 M€), linked through the finance domain's published reads.
 *
 * Sources, both in ../shared/seed: the convention's visas (« Vu la délibération du Conseil
 * départemental du 29 janvier 2024 approuvant la présente convention et autorisant sa
 * signature ») and the board's decision of 16 February 2024 (« prennent acte de la décision prise
 * par l'assemblée délibérante départementale le 29 janvier 2024 d'octroyer à l'office une
 * subvention 2024 de 4 millions d'euros … et une subvention d'exploitation de 5 millions d'euros »).
 * Neither gives the attendance nor the count of votes: the session has no attendance list and the
 * item is recorded adopted without a count (outcome « adopted_unrecorded »), nothing invented. Its
 * Copil number CD-2024-001 is the first of the body in Copil, not the Département's register
 * number.
 */
export const departmentSession = {
  heldOn: referenceDeliberation.date,
  minutes:
    "Séance connue par les textes qui la citent : les visas de la convention 2024-2033 et la décision du conseil d'administration de Pas-de-Calais habitat du 16 février 2024. La feuille de présence et le décompte des voix n'y figurent pas.",
};

export const departmentItem = {
  title: 'Convention de partenariat stratégique 2024-2033 avec Pas-de-Calais habitat',
  text: [
    'Approuve la convention de partenariat 2024-2033 entre le Département du Pas-de-Calais et Pas-de-Calais habitat et autorise sa signature (visas de la convention).',
    "Octroie à l'office une subvention 2024 de 4 millions d'euros au titre de la première tranche de l'enveloppe globale de 100 millions d'euros fléchée vers le soutien à l'investissement dans les programmes de réhabilitation, et une subvention d'exploitation de 5 millions d'euros destinée à renforcer les efforts de maintenance du parc locatif de l'office (décision du conseil d'administration de l'office du 16 février 2024).",
  ],
  reference: 'CD-2024-001',
};

export async function seedDepartmentDeliberation(trx: Trx, conventionId: string, assemblyId: string): Promise<void> {
  const now = new Date();
  const { id: sessionId } = await sessionsRepo.insertSession(trx, {
    body_id: assemblyId,
    held_on: departmentSession.heldOn,
    place: null,
    convened_on: null,
    president_member_id: null,
    minutes: departmentSession.minutes,
    created_by: null,
    created_at: now,
  });
  const { id: itemId } = await sessionsRepo.insertItem(trx, {
    session_id: sessionId,
    position: 1,
    title: departmentItem.title,
    rapporteur_member_id: null,
    report: null,
    draft_decision: departmentItem.text.join('\n\n'),
    matter: 'convention',
    matter_year: 2024,
    actes_code: defaultActesCode('convention'),
  });
  await sessionsRepo.updateItem(trx, itemId, { status: 'voted', outcome: 'adopted_unrecorded' });
  await sessionsRepo.updateSession(trx, sessionId, { status: 'held', closed_at: now });
  await recordAudit(trx, SYSTEM_ACTOR, {
    entityType: 'governance_session',
    entityId: sessionId,
    action: 'seed',
    after: { heldOn: departmentSession.heldOn, attendance: 'non reproduite', votes: 'non reproduits' },
  });
  const { id: decisionId } = await decisionsRepo.insertDecision(trx, {
    body_id: assemblyId,
    agenda_item_id: itemId,
    year: 2024,
    sequence: 1,
    reference: departmentItem.reference,
    decided_on: departmentSession.heldOn,
    title: departmentItem.title,
    text: departmentItem.text.join('\n\n'),
    matter: 'convention',
    matter_year: 2024,
    actes_code: defaultActesCode('convention'),
    budget_year: null,
    budget_name: null,
    url: null,
    prefecture_id: null,
    transmitted_on: null,
    delegation_id: null,
    created_at: now,
  });
  // What it votes: the convention, its two envelopes and their 2024 allocations.
  const envelopes = await envelopesWithAllocations(trx, conventionId);
  const links = [
    {
      decision_id: decisionId,
      target_type: 'convention' as const,
      target_id: conventionId,
      relation: 'decides' as const,
    },
    ...envelopes.flatMap((e) => [
      { decision_id: decisionId, target_type: 'envelope' as const, target_id: e.id, relation: 'decides' as const },
      ...e.allocations
        .filter((a) => a.year === 2024)
        .map((a) => ({
          decision_id: decisionId,
          target_type: 'allocation' as const,
          target_id: a.id,
          relation: 'decides' as const,
        })),
    ]),
  ];
  await decisionsRepo.replaceLinks(trx, decisionId, links);
  await recordAudit(trx, SYSTEM_ACTOR, {
    entityType: 'governance_decision',
    entityId: decisionId,
    action: 'seed',
    after: { reference: departmentItem.reference, outcome: 'adopted_unrecorded', links: links.length },
  });
}

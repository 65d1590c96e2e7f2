import type { SeedMode } from '../platform/config';
import { recordAudit, SYSTEM_ACTOR } from '../platform/audit';
import type { Db } from '../platform/db/connect';
import type { Transaction } from 'kysely';
import type { Database } from '../platform/db/schema';
import * as content from '../domains/conventions/content.repository';
import * as conventions from '../domains/conventions/conventions.repository';
import { referenceConvention, referenceOrganisations } from './reference-convention';
import { referenceConventionContent } from './reference-convention-content';
import { referenceDeliberation, referenceEnvelopes, referenceGuaranteePortfolio } from './reference-finance';
import * as finance from '../domains/finance/finance.repository';
import * as guarantees from '../domains/finance/guarantees.repository';
import { seedDemoStock } from './demo-stock';
import { seedGovernance } from './reference-governance';
import { referenceDuties } from './reference-obligations';
import { insertDutyWithInstances } from '../domains/obligations/obligations.service';
import { seedIndicators } from './reference-indicators';
import { seedForecastBaseline, seedPreviousOperations } from './reference-operations';

type Trx = Transaction<Database>;
type OrgIds = Record<keyof typeof referenceOrganisations, string>;

/**
 * Loads the reference data on first start (mode `reference`): the two parties, the 2021–2023
 * convention it follows, and the 2024–2033 convention in full. Does nothing in mode `none` or when
 * the reference parties already exist, so restarts never duplicate it.
 */
export async function runSeed(db: Db, mode: SeedMode): Promise<'loaded' | 'present' | 'skipped'> {
  if (mode === 'none') return 'skipped';
  return db.transaction().execute(async (trx) => {
    if (await conventions.findOrganisationBySiret(trx, referenceOrganisations.office.siret)) return 'present';
    const ids: OrgIds = { department: '', office: '' };
    for (const key of Object.keys(referenceOrganisations) as (keyof typeof referenceOrganisations)[]) {
      const org = await conventions.insertOrganisation(trx, referenceOrganisations[key]);
      ids[key] = org.id;
      await recordAudit(trx, SYSTEM_ACTOR, {
        entityType: 'organisation',
        entityId: org.id,
        action: 'seed',
        after: org,
      });
    }
    const previousId = await seedPreviousConvention(trx, ids);
    const id = await seedReferenceConvention(trx, ids);
    await seedContent(trx, id, previousId);
    await seedFinance(trx, id);
    await seedGovernance(trx, id, ids);
    for (const duty of referenceDuties) await insertDutyWithInstances(trx, SYSTEM_ACTOR, id, duty, 'seed');
    await seedIndicators(trx, id);
    await seedPreviousOperations(trx, previousId, ids.office);
    await seedForecastBaseline(trx, id);
    await seedDemoStock(trx, ids.office);
    return 'loaded';
  });
}

async function insertParties(trx: Trx, conventionId: string, ids: OrgIds, withRepresentation: boolean) {
  let signatoryPosition = 0;
  for (const [position, party] of referenceConvention.parties.entries()) {
    const organisationId = ids[party.organisation];
    await conventions.insertParty(trx, {
      convention_id: conventionId,
      organisation_id: organisationId,
      party_role: party.partyRole,
      designation: withRepresentation ? party.designation : null,
      representation: withRepresentation ? party.representation : null,
      position,
    });
    if (!withRepresentation) continue;
    for (const s of party.signatories) {
      await conventions.insertSignatory(trx, {
        convention_id: conventionId,
        organisation_id: organisationId,
        full_name: s.fullName,
        title: s.title,
        position: signatoryPosition++,
      });
    }
  }
}

/** The 2021–2023 convention: only what the source says of it (period, signature date, parties). */
async function seedPreviousConvention(trx: Trx, ids: OrgIds): Promise<string> {
  const p = referenceConventionContent.previousConvention;
  const { id } = await conventions.insertConvention(trx, {
    title: p.title,
    period_start: p.periodStart,
    period_end: p.periodEnd,
    signature_place: null,
    signature_date: p.signatureDate,
    jurisdiction: referenceConvention.jurisdiction,
    terminated_on: null,
  });
  await insertParties(trx, id, ids, false);
  await recordAudit(trx, SYSTEM_ACTOR, { entityType: 'convention', entityId: id, action: 'seed', after: p });
  return id;
}

async function seedReferenceConvention(trx: Trx, ids: OrgIds): Promise<string> {
  const c = referenceConvention;
  const { id } = await conventions.insertConvention(trx, {
    title: c.title,
    period_start: c.periodStart,
    period_end: c.periodEnd,
    signature_place: c.signaturePlace,
    signature_date: c.signatureDate,
    jurisdiction: c.jurisdiction,
    terminated_on: null,
  });
  await insertParties(trx, id, ids, true);
  await recordAudit(trx, SYSTEM_ACTOR, {
    entityType: 'convention',
    entityId: id,
    action: 'seed',
    after: {
      title: c.title,
      periodStart: c.periodStart,
      periodEnd: c.periodEnd,
      parties: c.parties.map((p) => p.organisation),
    },
  });
  return id;
}

async function seedContent(trx: Trx, conventionId: string, previousId: string) {
  const seed = referenceConventionContent;
  await content.setPreamble(trx, conventionId, {
    preamble: seed.preamble,
    previousConventionId: previousId,
    previousReviewArticle: seed.previousConvention.reviewArticle,
  });
  for (const [position, text] of seed.legalBases.entries())
    await content.insertLegalBasis(trx, { convention_id: conventionId, position, text });
  for (const [position, a] of seed.articles.entries()) {
    await content.insertArticle(trx, {
      convention_id: conventionId,
      number: a.number,
      title: a.title,
      body: a.body,
      position,
    });
  }
  let axisPosition = 0;
  let commitmentPosition = 0;
  const insertAxis = async (
    objectiveId: string | null,
    axis: (typeof seed.partnerCommitments)[number],
    article: string,
  ) => {
    const { id: axisId } = await content.insertAxis(trx, {
      convention_id: conventionId,
      objective_id: objectiveId,
      code: axis.code,
      title: axis.title,
      article_number: article,
      position: axisPosition++,
    });
    for (const c of axis.commitments) {
      await content.insertCommitment(trx, {
        convention_id: conventionId,
        axis_id: axisId,
        code: c.code,
        party: c.party,
        text: c.text,
        article_number: c.article,
        position: commitmentPosition++,
      });
    }
  };
  for (const [position, o] of seed.objectives.entries()) {
    const { id: objectiveId } = await content.insertObjective(trx, {
      convention_id: conventionId,
      code: o.code,
      title: o.title,
      article_number: o.article,
      position,
    });
    for (const axis of o.axes) await insertAxis(objectiveId, axis, o.article);
  }
  for (const axis of seed.partnerCommitments) await insertAxis(null, axis, '3');
  await recordAudit(trx, SYSTEM_ACTOR, {
    entityType: 'convention',
    entityId: conventionId,
    action: 'seed',
    after: {
      legalBases: seed.legalBases.length,
      articles: seed.articles.length,
      objectives: seed.objectives.length,
      commitments: seed.objectives
        .flatMap((o) => o.axes)
        .concat(seed.partnerCommitments)
        .reduce((n, a) => n + a.commitments.length, 0),
    },
  });
}

/** The two envelopes, their 2024 allocations and the reported guarantee figures. */
async function seedFinance(trx: Trx, conventionId: string) {
  const now = new Date();
  for (const env of referenceEnvelopes) {
    const { id: envelopeId } = await finance.insertEnvelope(trx, {
      convention_id: conventionId,
      kind: env.kind,
      label: env.label,
      amount_cents: env.amountCents,
      period_start: referenceConvention.periodStart,
      period_end: referenceConvention.periodEnd,
      deliberation_ref: referenceDeliberation.ref,
      deliberation_date: referenceDeliberation.date,
      created_at: now,
    });
    await recordAudit(trx, SYSTEM_ACTOR, {
      entityType: 'envelope',
      entityId: envelopeId,
      action: 'seed',
      after: { kind: env.kind, amountCents: env.amountCents },
    });
    const { id: allocationId } = await finance.insertAllocation(trx, {
      envelope_id: envelopeId,
      year: 2024,
      amount_cents: env.allocation2024Cents,
      deliberation_body: referenceDeliberation.body,
      deliberation_date: referenceDeliberation.date,
      deliberation_number: null,
      created_by: null,
      created_at: now,
    });
    await recordAudit(trx, SYSTEM_ACTOR, {
      entityType: 'allocation',
      entityId: allocationId,
      action: 'seed',
      after: { year: 2024, amountCents: env.allocation2024Cents },
    });
  }
  const g = referenceGuaranteePortfolio;
  await guarantees.insertPortfolioTotal(trx, {
    convention_id: conventionId,
    as_of: g.asOf,
    office_outstanding_cents: g.officeOutstandingCents,
    department_total_cents: null,
    reported_share: g.reportedShare,
    source: g.source,
  });
  await recordAudit(trx, SYSTEM_ACTOR, {
    entityType: 'convention',
    entityId: conventionId,
    action: 'seed',
    after: { guaranteePortfolio: g },
  });
}

import { sql } from 'kysely';
import type { Db } from '../../src/server/platform/db/connect';

/**
 * The rules of the finance chain and of the operations, asked of the loaded data in SQL: what the
 * services check under row locks when people enter things one at a time must also hold for a
 * dataset loaded in bulk. Each query returns the rows that break its rule; all must be empty.
 */
const RULES: [string, string][] = [
  [
    'Σ délibérations d’application ≤ enveloppe',
    `select e.id from envelopes e join allocations a on a.envelope_id = e.id group by e.id, e.amount_cents having sum(a.amount_cents) > e.amount_cents`,
  ],
  [
    'convention financière ≤ délibération d’application',
    `select g.id from funding_agreements g join allocations a on a.id = g.allocation_id where g.amount_cents > a.amount_cents`,
  ],
  [
    'échéancier = montant de la convention financière',
    `select g.id from funding_agreements g join schedule_lines l on l.funding_agreement_id = g.id group by g.id, g.amount_cents having sum(l.amount_cents) <> g.amount_cents`,
  ],
  [
    'Σ affectations ≤ convention financière',
    `select g.id from funding_agreements g join affectations x on x.funding_agreement_id = g.id group by g.id, g.amount_cents having sum(x.amount_cents) > g.amount_cents`,
  ],
  [
    'Σ demandes (non rejetées) d’une ligne ≤ la ligne',
    `select l.id from schedule_lines l join payment_requests r on r.schedule_line_id = l.id and r.status <> 'rejected' group by l.id, l.amount_cents having sum(r.amount_cents) > l.amount_cents`,
  ],
  [
    'Σ versements ≤ convention financière',
    `select g.id from funding_agreements g join payments p on p.funding_agreement_id = g.id group by g.id, g.amount_cents having sum(p.amount_cents) > g.amount_cents`,
  ],
  [
    'versement = demande payée',
    `select p.id from payments p join payment_requests r on r.id = p.request_id where r.status <> 'paid' or r.amount_cents <> p.amount_cents`,
  ],
  [
    'demande validée ou payée avec toutes ses pièces exigées',
    `select r.id from payment_requests r join schedule_lines l on l.id = r.schedule_line_id, jsonb_array_elements_text(l.required_documents) as req(name)
     where r.status in ('approved', 'paid') and not exists (select 1 from payment_request_documents d where d.request_id = r.id and d.requirement = req.name)`,
  ],
  [
    'demande sur une opération affectée à sa convention financière',
    `select r.id from payment_requests r where r.operation_id is not null and not exists (select 1 from affectations x where x.operation_id = r.operation_id and x.funding_agreement_id = r.funding_agreement_id)`,
  ],
  [
    'Σ plan de financement ≤ coût (TTC, sinon HT)',
    `select o.id from operations o join operation_funding_lines f on f.operation_id = o.id where o.convention_id = :convention
     group by o.id having sum(f.amount_cents) > coalesce(o.cost_incl_tax_cents, o.cost_excl_tax_cents, 0)`,
  ],
  [
    'un logement dans une seule réhabilitation active',
    `select od.dwelling_id from operation_dwellings od join operations o on o.id = od.operation_id
     where o.convention_id = :convention and o.kind in ('thermal_renovation', 'vacant_renovation') and o.status in ('planned', 'in_progress') group by od.dwelling_id having count(*) > 1`,
  ],
  [
    'classe visée jamais moins bonne',
    `select od.operation_id from operation_dwellings od where od.target_class collate "C" > od.class_before collate "C"`,
  ],
  [
    'livrée exactement quand la livraison réelle est connue, à 100 %',
    `select o.id from operations o left join operation_phases d on d.operation_id = o.id and d.phase = 'delivery'
     where o.convention_id = :convention and ((o.status = 'delivered') <> (d.actual_on is not null) or (o.status = 'delivered' and o.percent_complete <> 100))`,
  ],
  [
    'ligne d’avancement : aucune date après la fin du semestre',
    `select r.operation_id from progress_table_rows r join progress_tables t on t.id = r.progress_table_id where r.start_actual_on > t.period_end or r.delivery_actual_on > t.period_end
     or (r.status = 'delivered') <> (r.delivery_actual_on is not null)`,
  ],
];

/** The rules' breaches in the dataset's convention (the seed's earlier convention keeps what its source says). */
export async function datasetProblems(db: Db, conventionId: string): Promise<string[]> {
  if (!/^[0-9a-f-]{36}$/.test(conventionId)) throw new Error('Identifiant de convention invalide.');
  const problems: string[] = [];
  for (const [rule, query] of RULES) {
    const { rows } = await sql
      .raw<{ id: string }>(`${query.replaceAll(':convention', `'${conventionId}'`)} limit 3`)
      .execute(db);
    if (rows.length > 0)
      problems.push(`${rule} : ${rows.length} cas (${rows.map((r) => Object.values(r)[0]).join(', ')})`);
  }
  return problems;
}

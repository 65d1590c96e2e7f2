import { sql, type Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Issue #17: the audit journal is scoped like everything else. Each event carries the convention
 * and the organisation it concerns, found from the entity it names by one SQL function
 * (audit_event_scope) that recordAudit calls at write time and that backfills the existing rows.
 * An event with neither is a platform event (accounts, organisations, logins): the administrator's
 * alone. `private_to_organisation` marks what only the acting organisation may read (an office's
 * draft payment requests, which the Département's own list hides).
 * The scope is not part of the hashed content: it says who may read an event, not what happened.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `alter table audit_events add column convention_id uuid;
    alter table audit_events add column organisation_id uuid;
    alter table audit_events add column private_to_organisation boolean not null default false;
    create index audit_events_convention_idx on audit_events(convention_id, id);
    create index audit_events_organisation_idx on audit_events(organisation_id, id);`,
  );
  // One statement (its body holds semicolons that execScript would split on).
  await sql
    .raw(
      `create function audit_event_scope(p_entity_type text, p_entity_id text, out convention_id uuid, out organisation_id uuid)
    language plpgsql stable as $$
    declare
      eid uuid;
    begin
      convention_id := null;
      organisation_id := null;
      if p_entity_id !~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
        return;
      end if;
      eid := p_entity_id::uuid;
      case p_entity_type
        when 'convention' then select c.id into convention_id from conventions c where c.id = eid;
        when 'envelope' then select t.convention_id into convention_id from envelopes t where t.id = eid;
        when 'loan_guarantee' then select t.convention_id into convention_id from loan_guarantees t where t.id = eid;
        when 'operation' then select t.convention_id, t.organisation_id into convention_id, organisation_id from operations t where t.id = eid;
        when 'progress_table' then select t.convention_id, t.organisation_id into convention_id, organisation_id from progress_tables t where t.id = eid;
        when 'volume_forecast' then select t.convention_id, t.organisation_id into convention_id, organisation_id from volume_forecasts t where t.id = eid;
        when 'indicator' then select t.convention_id into convention_id from indicators t where t.id = eid;
        when 'duty' then select t.convention_id into convention_id from duties t where t.id = eid;
        when 'duty_instance' then select d.convention_id into convention_id from duty_instances t join duties d on d.id = t.duty_id where t.id = eid;
        when 'communication_event' then select t.convention_id into convention_id from communication_events t where t.id = eid;
        when 'invitation' then select t.convention_id into convention_id from communication_events t where t.id = eid;
        when 'publicity_proof' then select e.convention_id into convention_id from publicity_proofs t join communication_events e on e.id = t.event_id where t.id = eid;
        when 'control_mission' then select t.convention_id into convention_id from control_missions t where t.id = eid;
        when 'amendment' then select t.convention_id into convention_id from amendments t where t.id = eid;
        when 'termination_notice' then select t.convention_id into convention_id from termination_notices t where t.id = eid;
        when 'commitment' then select t.convention_id into convention_id from commitments t where t.id = eid;
        when 'governance_body' then select t.convention_id into convention_id from governance_bodies t where t.id = eid;
        when 'governance_member' then select t.convention_id into convention_id from governance_members t where t.id = eid;
        when 'governance_mandate' then select b.convention_id into convention_id from governance_mandates t join governance_bodies b on b.id = t.body_id where t.id = eid;
        when 'governance_session' then select b.convention_id into convention_id from governance_sessions t join governance_bodies b on b.id = t.body_id where t.id = eid;
        when 'agenda_item' then select b.convention_id into convention_id from governance_agenda_items t join governance_sessions s on s.id = t.session_id join governance_bodies b on b.id = s.body_id where t.id = eid;
        when 'governance_decision' then select b.convention_id into convention_id from governance_decisions t join governance_bodies b on b.id = t.body_id where t.id = eid;
        when 'delegation' then select b.convention_id into convention_id from governance_delegations t join governance_bodies b on b.id = t.from_body_id where t.id = eid;
        when 'action_item' then select b.convention_id into convention_id from governance_action_items t join governance_bodies b on b.id = t.body_id where t.id = eid;
        when 'allocation' then select e.convention_id into convention_id from allocations t join envelopes e on e.id = t.envelope_id where t.id = eid;
        when 'funding_agreement' then select e.convention_id into convention_id from funding_agreements t join allocations a on a.id = t.allocation_id join envelopes e on e.id = a.envelope_id where t.id = eid;
        when 'affectation' then select e.convention_id into convention_id from affectations t join funding_agreements f on f.id = t.funding_agreement_id join allocations a on a.id = f.allocation_id join envelopes e on e.id = a.envelope_id where t.id = eid;
        when 'payment_request' then select e.convention_id into convention_id from payment_requests t join funding_agreements f on f.id = t.funding_agreement_id join allocations a on a.id = f.allocation_id join envelopes e on e.id = a.envelope_id where t.id = eid;
        when 'payment' then select e.convention_id into convention_id from payments t join funding_agreements f on f.id = t.funding_agreement_id join allocations a on a.id = f.allocation_id join envelopes e on e.id = a.envelope_id where t.id = eid;
        when 'reimbursement' then select e.convention_id into convention_id from reimbursements t join funding_agreements f on f.id = t.funding_agreement_id join allocations a on a.id = f.allocation_id join envelopes e on e.id = a.envelope_id where t.id = eid;
        when 'document' then select t.convention_id, t.organisation_id into convention_id, organisation_id from documents t where t.id = eid;
        when 'stock' then select o.id into organisation_id from organisations o where o.id = eid;
        when 'stock_import' then select t.organisation_id into organisation_id from stock_imports t where t.id = eid;
        when 'establishment' then select t.organisation_id into organisation_id from establishments t where t.id = eid;
        else null;
      end case;
    end $$`,
    )
    .execute(db);
  await execScript(
    db,
    `update audit_events a set (convention_id, organisation_id) =
      (select s.convention_id, s.organisation_id from audit_event_scope(a.entity_type, a.entity_id) s);

    -- What the row no longer tells (deleted entity), the recorded change may: its convention or organisation.
    update audit_events set convention_id = coalesce(after->>'conventionId', before->>'conventionId')::uuid
      where convention_id is null and organisation_id is null
        and coalesce(after->>'conventionId', before->>'conventionId') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        and exists (select 1 from conventions c where c.id::text = coalesce(after->>'conventionId', before->>'conventionId'));
    update audit_events set organisation_id = coalesce(after->>'organisationId', before->>'organisationId')::uuid
      where convention_id is null and organisation_id is null and entity_type in ('establishment', 'stock', 'stock_import')
        and coalesce(after->>'organisationId', before->>'organisationId') ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';

    -- An office's draft payment request (created or edited before its first submission) stays the office's.
    update audit_events e set private_to_organisation = true,
        organisation_id = (select u.organisation_id from users u where u.id = e.actor_user_id)
      where e.entity_type = 'payment_request' and not (coalesce(e.after, '{}'::jsonb) ? 'status')
        and not exists (select 1 from audit_events t where t.entity_type = 'payment_request'
          and t.entity_id = e.entity_id and t.id < e.id and t.after->>'status' = 'submitted');`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `drop function audit_event_scope(text, text);
    alter table audit_events drop column private_to_organisation;
    alter table audit_events drop column organisation_id;
    alter table audit_events drop column convention_id;`,
  );
}

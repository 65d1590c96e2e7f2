import type { Kysely } from 'kysely';
import { execScript } from '../platform/db/script';

/**
 * Issue #19 (governance): the COPIL's two co-chairs (Article 4 §1 of the convention: « co-présidé
 * par le Président du Département ou son représentant et par le Président de Pas-de-Calais habitat
 * ou son représentant »), one per party, on the meeting; the standing members of a body (the
 * COTECH's: the office's technical team under its director general, the DAT and the Département's
 * services, Article 4 §2), each with their service and role, that pre-fill a meeting's
 * participants; decisions may now decide an envelope (the plenary's vote of the AP and AE); and an
 * item may be recorded adopted without its count of votes (the Département's deliberation of
 * 29 January 2024, known from the texts that cite it: Copil does not invent a count).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `alter table governance_sessions
       add column department_co_chair_member_id uuid references governance_members(id),
       add column landlord_co_chair_member_id uuid references governance_members(id);
    alter table governance_sessions add constraint governance_sessions_co_chairs_distinct
       check (department_co_chair_member_id is null or landlord_co_chair_member_id is null
              or department_co_chair_member_id <> landlord_co_chair_member_id);

    create table governance_standing_members (
      id uuid primary key default gen_random_uuid(),
      body_id uuid not null references governance_bodies(id) on delete cascade,
      member_id uuid not null references governance_members(id),
      position integer not null check (position >= 0),
      service text,
      role text,
      unique (body_id, member_id)
    );
    create index governance_standing_members_body_idx on governance_standing_members(body_id, position);

    alter table governance_decision_links drop constraint governance_decision_links_target_type_check;
    alter table governance_decision_links add constraint governance_decision_links_target_type_check
      check (target_type in ('convention', 'amendment', 'envelope', 'allocation', 'funding_agreement', 'loan_guarantee'));

    alter table governance_agenda_items drop constraint governance_agenda_items_outcome_check;
    alter table governance_agenda_items add constraint governance_agenda_items_outcome_check
      check (outcome in ('unanimity', 'unanimity_of_votes_cast', 'majority', 'casting_vote', 'tie', 'rejected', 'no_votes_cast', 'adopted_unrecorded'));`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await execScript(
    db,
    `alter table governance_agenda_items drop constraint governance_agenda_items_outcome_check;
    alter table governance_agenda_items add constraint governance_agenda_items_outcome_check
      check (outcome in ('unanimity', 'unanimity_of_votes_cast', 'majority', 'casting_vote', 'tie', 'rejected', 'no_votes_cast'));
    delete from governance_decision_links where target_type = 'envelope';
    alter table governance_decision_links drop constraint governance_decision_links_target_type_check;
    alter table governance_decision_links add constraint governance_decision_links_target_type_check
      check (target_type in ('convention', 'amendment', 'allocation', 'funding_agreement', 'loan_guarantee'));
    drop table governance_standing_members;
    alter table governance_sessions drop constraint governance_sessions_co_chairs_distinct;
    alter table governance_sessions drop column department_co_chair_member_id, drop column landlord_co_chair_member_id;`,
  );
}

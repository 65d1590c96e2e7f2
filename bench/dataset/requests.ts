import { createHash } from 'node:crypto';
import { formatDateFr } from '../../src/contracts/dates';
import type { RequestStatus } from '../../src/server/domains/finance/finance.rules';
import type { Agreement, ScheduleLine } from './finance';
import type { Operation } from './operations';
import { stateAt } from './operations';
import type { Cast, Person } from './people';
import { addDays, at, daysBetween, maxDate, minDate, type Rng } from './random';
import { Bytes, ref, type Cell, type SqlWriter } from './sql';

/**
 * What the subsidised operations draw on their funding agreement: the affectation of their
 * subsidy (Σ ≤ the agreement), then, as the works go, a request per schedule line for the line's
 * share of the subsidy (Σ on a line ≤ the line), each carrying the documents the line requires
 * (approval needs them), moved through the workflow of finance.rules by the office (draft,
 * submit) and the Département's coordinator (return, approve, reject, pay), each step dated and
 * attributed, none after the dataset's date; a payment for each paid request (Σ ≤ the agreement).
 */

interface Step {
  to: RequestStatus;
  on: string;
  actor: Person;
  comment: string | null;
}

export interface PaymentRequest {
  id: string;
  agreement: Agreement;
  line: ScheduleLine;
  op: Operation;
  amount: bigint;
  createdBy: Person;
  steps: Step[];
}

const share = (amount: bigint, percent: number) => (amount * BigInt(percent)) / 100n;

function workflow(created: string, author: Person, coordinator: Person, rng: Rng, asOf: string): Step[] {
  const plan: Step[] = [{ to: 'draft', on: created, actor: author, comment: null }];
  let day = addDays(created, rng.int(1, 5));
  plan.push({ to: 'submitted', on: day, actor: author, comment: null });
  if (rng.chance(0.1)) {
    day = addDays(day, rng.int(5, 15));
    plan.push({
      to: 'returned',
      on: day,
      actor: coordinator,
      comment: 'Pièce illisible : merci de joindre le document signé.',
    });
    day = addDays(day, rng.int(3, 10));
    plan.push({ to: 'submitted', on: day, actor: author, comment: null });
  }
  if (rng.chance(0.04)) {
    plan.push({
      to: 'rejected',
      on: addDays(day, rng.int(10, 20)),
      actor: coordinator,
      comment: 'Dépenses non éligibles au titre de la convention d’application.',
    });
  } else {
    day = addDays(day, rng.int(10, 30));
    plan.push({ to: 'approved', on: day, actor: coordinator, comment: null });
    plan.push({ to: 'paid', on: addDays(day, rng.int(5, 20)), actor: coordinator, comment: null });
  }
  return plan.filter((s) => s.on <= asOf);
}

export function generateRequests(
  ops: Operation[],
  cast: Cast,
  rng: Rng,
  asOf: string,
): { affectedOn: Map<string, string>; requests: PaymentRequest[] } {
  const affectedOn = new Map<string, string>();
  const requests: PaymentRequest[] = [];
  const coordinator = cast.of('coordinator');
  for (const op of ops) {
    if (!op.subsidy) continue;
    const { agreement, amount } = op.subsidy;
    const affected = minDate(asOf, addDays(maxDate(agreement.signedOn, op.createdOn), rng.int(1, 20)));
    affectedOn.set(op.id, affected);
    const start = op.phases.find((p) => p.phase === 'start_order')!;
    const delivery = op.phases.find((p) => p.phase === 'delivery')!;
    if (!start.actual || op.status === 'cancelled') continue;
    const author = cast.any('office_agent', rng);
    const [advance, instalment, balance] = agreement.lines;
    const advanceAmount = share(amount, 30);
    const instalmentAmount = share(amount, 40);
    const plan: [ScheduleLine, bigint, string][] = [
      [advance!, advanceAmount, maxDate(addDays(start.actual, rng.int(10, 30)), addDays(affected, 1))],
    ];
    const half = addDays(
      start.actual,
      Math.max(20, Math.floor(daysBetween(start.actual, delivery.planned) / 2)) + rng.int(10, 30),
    );
    if (stateAt(op, half).percent >= 50 || delivery.actual)
      plan.push([instalment!, instalmentAmount, maxDate(half, addDays(plan[0]![2], 30))]);
    if (delivery.actual)
      plan.push([
        balance!,
        amount - advanceAmount - instalmentAmount,
        maxDate(addDays(delivery.actual, rng.int(30, 90)), addDays(plan.at(-1)![2], 30)),
      ]);
    for (const [line, value, created] of plan) {
      if (created > asOf || value <= 0n) break;
      requests.push({
        id: rng.uuid(),
        agreement,
        line,
        op,
        amount: value,
        createdBy: author,
        steps: workflow(created, author, coordinator, rng, asOf),
      });
    }
  }
  return { affectedOn, requests };
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export async function writeRequests(
  out: SqlWriter,
  ops: Operation[],
  data: { affectedOn: Map<string, string>; requests: PaymentRequest[] },
  cast: Cast,
  rng: Rng,
) {
  const coordinator = cast.of('coordinator');
  await out.insert(
    'affectations',
    ['id', 'funding_agreement_id', 'operation_label', 'operation_id', 'amount_cents', 'created_by', 'created_at'],
    ops
      .filter((o) => o.subsidy)
      .map((o) => [
        rng.uuid(),
        o.subsidy!.agreement.id,
        `${o.reference} — ${o.label}`,
        o.id,
        o.subsidy!.amount,
        coordinator.id,
        at(data.affectedOn.get(o.id)!, 11),
      ]),
  );
  const requests: Cell[][] = [];
  const events: Cell[][] = [];
  const documents: Cell[][] = [];
  const attached: Cell[][] = [];
  const payments: Cell[][] = [];
  let mandate = 0;
  for (const r of data.requests) {
    const last = r.steps.at(-1)!;
    const submitted = r.steps.filter((s) => s.to === 'submitted').at(-1);
    requests.push([
      r.id,
      r.agreement.id,
      r.line.id,
      r.amount,
      last.to,
      `${r.line.label} — ${r.op.reference}`,
      r.createdBy.id,
      at(r.steps[0]!.on, 9),
      submitted ? at(submitted.on, 10) : null,
      at(last.on, 14),
      r.op.id,
    ]);
    r.steps.forEach((s, i) => {
      const comment =
        s.to === 'paid'
          ? `Mandat ${r.agreement.year}-${String(mandate + 1).padStart(5, '0')} du ${formatDateFr(s.on)}`
          : s.comment;
      events.push([
        rng.uuid(),
        r.id,
        i === 0 ? null : r.steps[i - 1]!.to,
        s.to,
        comment,
        s.actor.id,
        s.actor.displayName,
        at(s.on, 9 + Math.min(i, 8)),
      ]);
    });
    for (const requirement of r.line.required) {
      const content = Buffer.from(`%PDF-1.4\n% ${requirement} — ${r.op.reference} — demande ${r.id}\n%%EOF\n`, 'utf8');
      const id = rng.uuid();
      documents.push([
        id,
        `${slug(requirement)}-${r.op.reference}.pdf`,
        'application/pdf',
        content.length,
        createHash('sha256').update(content).digest('hex'),
        new Bytes(content),
        ref('convention'),
        ref('office'),
        r.createdBy.id,
        at(r.steps[0]!.on, 8),
      ]);
      attached.push([r.id, id, requirement, at(r.steps[0]!.on, 8, 30)]);
    }
    if (last.to === 'paid') {
      mandate++;
      payments.push([
        rng.uuid(),
        r.id,
        r.agreement.id,
        r.amount,
        `${r.agreement.year}-${String(mandate).padStart(5, '0')}`,
        last.on,
        coordinator.id,
        at(last.on, 15),
      ]);
    }
  }
  await out.insert(
    'payment_requests',
    [
      'id',
      'funding_agreement_id',
      'schedule_line_id',
      'amount_cents',
      'status',
      'description',
      'created_by',
      'created_at',
      'submitted_at',
      'updated_at',
      'operation_id',
    ],
    requests,
  );
  await out.insert(
    'payment_request_events',
    ['id', 'request_id', 'from_status', 'to_status', 'comment', 'actor_id', 'actor_label', 'occurred_at'],
    events,
  );
  await out.insert(
    'documents',
    [
      'id',
      'filename',
      'content_type',
      'size_bytes',
      'sha256',
      'content',
      'convention_id',
      'organisation_id',
      'uploaded_by',
      'uploaded_at',
    ],
    documents,
  );
  await out.insert('payment_request_documents', ['request_id', 'document_id', 'requirement', 'added_at'], attached);
  await out.insert(
    'payments',
    [
      'id',
      'request_id',
      'funding_agreement_id',
      'amount_cents',
      'mandate_number',
      'mandate_date',
      'created_by',
      'created_at',
    ],
    payments,
  );
}

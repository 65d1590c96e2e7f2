import type {
  AttendanceStatus,
  BodyRules,
  Matter,
  OutcomeCode,
  QuorumRule,
  VoteChoice,
} from '../../../contracts/governance';
import { matterLabels } from '../../../contracts/governance';

/**
 * The rules of deliberation, pure: quorum, proxies, who takes part in an item, majority, outcome
 * and its wording, convocation notice, delegations and competences. A body's rules are data
 * (contracts/governance.ts `bodyRules`, ready-made sets in rule-sets.ts); these functions apply
 * them to counts and lists of people.
 */

// ---------------------------------------------------------------------------------------------
// Quorum

/** How many must count toward the quorum: « au moins 2/3 » of 27 → 18; « plus de la moitié » of 77 → 39. */
export function quorumThreshold(
  rule: Pick<QuorumRule, 'numerator' | 'denominator' | 'comparison'>,
  base: number,
): number {
  const scaled = base * rule.numerator;
  return rule.comparison === 'at_least'
    ? Math.ceil(scaled / rule.denominator)
    : Math.floor(scaled / rule.denominator) + 1;
}

export interface Attendee {
  memberId: string;
  status: AttendanceStatus;
  proxyHolderId: string | null;
  /** Voting right (deliberative voice) from the mandate. */
  voting: boolean;
  /** Position of the first item the member attends (late arrival); null: from the start. */
  arrivedAt: number | null;
  /** Position of the first item the member misses (early departure); null: to the end. */
  leftBefore: number | null;
}

/** Whether a member recorded present is in the room for the item at `position`. */
export function presentAt(a: Attendee, position: number): boolean {
  if (a.status !== 'present') return false;
  if (a.arrivedAt !== null && position < a.arrivedAt) return false;
  if (a.leftBefore !== null && position >= a.leftBefore) return false;
  return true;
}

export type VoidReason = 'giver_recused' | 'holder_recused' | 'holder_absent';
export const voidReasonLabels: Record<VoidReason, string> = {
  giver_recused: 'le mandant ne prend pas part à ce point',
  holder_recused: 'le mandataire ne prend pas part à ce point',
  holder_absent: "le mandataire n'est pas présent pour ce point",
};

export interface Participation {
  /** Present for the item and taking part in it. */
  present: string[];
  /** Present but not taking part (recusal). */
  recused: string[];
  /** Proxies valid for the item. */
  proxies: { giverId: string; holderId: string }[];
  /** Proxies void for the item, and why. */
  voidProxies: { giverId: string; holderId: string; reason: VoidReason }[];
}

/**
 * Who takes part in the item at `position`: members present (minus those who do not take part),
 * and proxies — void when the giver or the holder does not take part, or the holder is not there.
 * Only voting members are counted; the others attend with a consultative voice.
 */
export function participationAt(
  attendees: Attendee[],
  recusedIds: ReadonlySet<string>,
  position: number,
): Participation {
  const voting = attendees.filter((a) => a.voting);
  const here = voting.filter((a) => presentAt(a, position));
  const hereIds = new Set(here.map((a) => a.memberId));
  const result: Participation = {
    present: here.filter((a) => !recusedIds.has(a.memberId)).map((a) => a.memberId),
    recused: here.filter((a) => recusedIds.has(a.memberId)).map((a) => a.memberId),
    proxies: [],
    voidProxies: [],
  };
  for (const a of voting) {
    if (a.status !== 'represented' || a.proxyHolderId === null) continue;
    const proxy = { giverId: a.memberId, holderId: a.proxyHolderId };
    const reason: VoidReason | null = recusedIds.has(a.memberId)
      ? 'giver_recused'
      : recusedIds.has(a.proxyHolderId)
        ? 'holder_recused'
        : !hereIds.has(a.proxyHolderId)
          ? 'holder_absent'
          : null;
    if (reason) result.voidProxies.push({ ...proxy, reason });
    else result.proxies.push(proxy);
  }
  return result;
}

/** Those who may vote on the item: members present taking part, and the givers of valid proxies. */
export const votersOf = (p: Participation) => [...p.present, ...p.proxies.map((x) => x.giverId)];

export interface QuorumResult {
  /** Needed; null when the rules set no quorum. */
  required: number | null;
  counted: number;
  base: number;
  reached: boolean;
  /** No quorum is required (no rule, or a second convocation that deliberates without one). */
  notRequired: boolean;
}

export interface QuorumContext {
  membersInOffice: number;
  votingMembersInOffice: number;
  secondConvocation: boolean;
}

export function quorumOf(
  rules: Pick<BodyRules, 'quorum' | 'withoutQuorum'>,
  ctx: QuorumContext,
  p: Participation,
): QuorumResult {
  const rule = rules.quorum;
  if (!rule)
    return { required: null, counted: p.present.length, base: ctx.membersInOffice, reached: true, notRequired: true };
  const base = rule.base === 'voting_members_in_office' ? ctx.votingMembersInOffice : ctx.membersInOffice;
  const counted =
    p.present.length +
    (rule.recusedCount ? p.recused.length : 0) +
    (rule.counts === 'present_or_represented' ? p.proxies.length : 0);
  const required = quorumThreshold(rule, base);
  const notRequired = ctx.secondConvocation && !rules.withoutQuorum.quorumRequired;
  return { required, counted, base, reached: notRequired || (base > 0 && counted >= required), notRequired };
}

export function quorumWording(q: QuorumResult, rule: QuorumRule | null): string {
  if (!rule) return "Pas de quorum : l'instance ne délibère pas.";
  const what = rule.counts === 'present_or_represented' ? 'présents ou représentés' : 'présents';
  const fraction =
    rule.numerator === 1 && rule.denominator === 2 && rule.comparison === 'more_than'
      ? 'la majorité absolue'
      : `${rule.comparison === 'at_least' ? 'au moins' : 'plus de'} ${rule.numerator}/${rule.denominator}`;
  const figures = `${q.counted} ${what} sur ${q.base} membres en exercice ; il en faut ${q.required} (${fraction})`;
  if (q.notRequired) return `Seconde convocation : quorum non exigé (${figures}).`;
  return q.reached ? `Quorum atteint : ${figures}.` : `Quorum non atteint : ${figures}.`;
}

// ---------------------------------------------------------------------------------------------
// Attendance and proxies

export interface AttendanceEntry {
  memberId: string;
  status: AttendanceStatus;
  proxyHolderId: string | null;
  arrivedAt: number | null;
  leftBefore: number | null;
}

export interface Problem {
  field: string;
  message: string;
}

/**
 * Checks a session's attendance against the body's rules: each member in office at most once; a
 * proxy is given by a member not present to a member present, never to oneself, within the body's
 * limit per holder; the present member's arrival precedes their departure.
 */
export function attendanceProblems(
  entries: AttendanceEntry[],
  ctx: {
    inOffice: ReadonlyMap<string, { voting: boolean }>;
    maxPerHolder: number;
    nameOf: (id: string) => string;
    feminine?: (id: string) => boolean;
  },
): Problem[] {
  const problems: Problem[] = [];
  const present = (id: string) => (ctx.feminine?.(id) ? 'présente' : 'présent');
  const byId = new Map<string, AttendanceEntry>();
  const held = new Map<string, number>();
  entries.forEach((e, i) => {
    const at = `entries.${i}`;
    const name = ctx.nameOf(e.memberId);
    if (!ctx.inOffice.has(e.memberId))
      problems.push({
        field: `${at}.memberId`,
        message: `${name} n'est pas membre en exercice de l'instance à la date de la séance.`,
      });
    if (byId.has(e.memberId))
      problems.push({ field: `${at}.memberId`, message: `${name} figure deux fois dans la liste.` });
    byId.set(e.memberId, e);
    if (e.status !== 'present' && (e.arrivedAt !== null || e.leftBefore !== null))
      problems.push({
        field: `${at}.status`,
        message: `${name} n'est pas ${present(e.memberId)} : ni arrivée ni départ à indiquer.`,
      });
    if (e.arrivedAt !== null && e.leftBefore !== null && e.leftBefore <= e.arrivedAt)
      problems.push({ field: `${at}.leftBeforeItemId`, message: `${name} part avant d'être arrivé.` });
  });
  entries.forEach((e, i) => {
    const at = `entries.${i}`;
    const name = ctx.nameOf(e.memberId);
    if (e.proxyHolderId === null) {
      if (e.status === 'represented')
        problems.push({ field: `${at}.proxyHolderId`, message: `Indiquez à qui ${name} a donné pouvoir.` });
      return;
    }
    const holderName = ctx.nameOf(e.proxyHolderId);
    const refuse = (message: string) =>
      problems.push({
        field: `${at}.proxyHolderId`,
        message: `Pouvoir de ${name} à ${holderName} refusé : ${message}`,
      });
    if (e.status === 'present')
      return refuse(`${name} est ${present(e.memberId)} à la séance ; seul un membre absent donne pouvoir.`);
    if (ctx.maxPerHolder === 0) return refuse("l'instance n'admet pas de pouvoir.");
    if (e.proxyHolderId === e.memberId) return refuse('un membre ne se donne pas pouvoir à lui-même.');
    if (ctx.inOffice.get(e.memberId)?.voting === false) return refuse(`${name} n'a qu'une voix consultative.`);
    const holder = byId.get(e.proxyHolderId);
    if (!holder || holder.status !== 'present')
      return refuse(`${holderName} n'est pas ${present(e.proxyHolderId)} à la séance.`);
    if (ctx.inOffice.get(e.proxyHolderId)?.voting === false)
      return refuse(`${holderName} n'a qu'une voix consultative.`);
    const n = (held.get(e.proxyHolderId) ?? 0) + 1;
    held.set(e.proxyHolderId, n);
    if (n > ctx.maxPerHolder)
      refuse(
        `${holderName} détient déjà ${ctx.maxPerHolder === 1 ? 'un pouvoir' : `${ctx.maxPerHolder} pouvoirs`} (${ctx.maxPerHolder} au plus par membre présent).`,
      );
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Votes, majority, outcome

export interface VoteCounts {
  for: number;
  against: number;
  abstention: number;
  notTakingPart: number;
}

export function tally(choices: VoteChoice[]): VoteCounts {
  const c: VoteCounts = { for: 0, against: 0, abstention: 0, notTakingPart: 0 };
  for (const choice of choices) {
    if (choice === 'for') c.for++;
    else if (choice === 'against') c.against++;
    else if (choice === 'abstention') c.abstention++;
    else c.notTakingPart++;
  }
  return c;
}

/** Totals entered by hand must account for every voter of the item, once. */
export function totalsProblems(c: VoteCounts, voters: number): Problem[] {
  const sum = c.for + c.against + c.abstention + c.notTakingPart;
  if (sum === voters) return [];
  return [
    {
      field: 'for',
      message: `Les totaux (${sum}) ne correspondent pas aux ${voters} votants de ce point (présents prenant part et pouvoirs valables).`,
    },
  ];
}

/** Per-member votes: every voter of the item once, nobody else. */
export function memberVotesProblems(
  votes: { memberId: string; choice: VoteChoice }[],
  voters: string[],
  recused: ReadonlySet<string>,
  nameOf: (id: string) => string,
): Problem[] {
  const problems: Problem[] = [];
  const allowed = new Set(voters);
  const seen = new Set<string>();
  votes.forEach((v, i) => {
    const name = nameOf(v.memberId);
    if (seen.has(v.memberId)) problems.push({ field: `votes.${i}.memberId`, message: `${name} a déjà un vote.` });
    seen.add(v.memberId);
    if (recused.has(v.memberId))
      problems.push({
        field: `votes.${i}.memberId`,
        message: `${name} ne prend pas part à ce point : pas de vote à enregistrer.`,
      });
    else if (!allowed.has(v.memberId))
      problems.push({
        field: `votes.${i}.memberId`,
        message: `${name} n'est ni présent ni valablement représenté pour ce point.`,
      });
  });
  const missing = voters.filter((id) => !seen.has(id));
  if (missing.length > 0)
    problems.push({ field: 'votes', message: `Vote manquant pour : ${missing.map(nameOf).join(', ')}.` });
  return problems;
}

export interface Outcome {
  code: OutcomeCode;
  adopted: boolean;
}

/**
 * The outcome of a vote. Votes cast are « pour » and « contre » (abstentions are not cast). On the
 * votes-cast basis a decision passes with more « pour » than « contre »; on the present-or-
 * represented basis with more « pour » than half of the members present or represented taking
 * part (`base`), so an abstention weighs as a « contre ». An exact tie is settled by the
 * president's vote only where the body's rules give the president a casting vote.
 */
export function decideOutcome(
  majority: BodyRules['majority'],
  c: VoteCounts,
  base: number,
  presidentVote: VoteChoice | null,
): Outcome {
  const cast = c.for + c.against;
  if (cast === 0) return { code: 'no_votes_cast', adopted: false };
  const tie = majority.basis === 'votes_cast' ? c.for === c.against : 2 * c.for === base;
  const passes = majority.basis === 'votes_cast' ? c.for > c.against : 2 * c.for > base;
  if (passes) {
    if (c.against === 0) return { code: c.abstention === 0 ? 'unanimity' : 'unanimity_of_votes_cast', adopted: true };
    return { code: 'majority', adopted: true };
  }
  if (tie) {
    if (majority.castingVote && presidentVote === 'for') return { code: 'casting_vote', adopted: true };
    return { code: 'tie', adopted: false };
  }
  return { code: 'rejected', adopted: false };
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 && !word.endsWith('x') ? 's' : ''}`;
const detail = (c: VoteCounts) => `${c.for} voix pour, ${c.against} voix contre, ${plural(c.abstention, 'abstention')}`;

/** The sentence the minutes end an item with. */
export function outcomeWording(code: OutcomeCode, c: VoteCounts): string {
  switch (code) {
    case 'unanimity':
      return "Décision adoptée à l'unanimité";
    case 'unanimity_of_votes_cast':
      return `Décision adoptée à l'unanimité des suffrages exprimés (${plural(c.abstention, 'abstention')})`;
    case 'majority':
      return `Décision adoptée à la majorité (${detail(c)})`;
    case 'casting_vote':
      return `Décision adoptée, la voix du président étant prépondérante (${detail(c)})`;
    case 'tie':
      return `Décision non adoptée : partage égal des voix (${detail(c)})`;
    case 'rejected':
      return `Décision rejetée (${detail(c)})`;
    case 'no_votes_cast':
      return `Décision non adoptée : aucun suffrage exprimé (${plural(c.abstention, 'abstention')})`;
    case 'adopted_unrecorded':
      return 'Délibération adoptée (décompte des voix non connu)';
  }
}

// ---------------------------------------------------------------------------------------------
// Convocation, second convocation

const DAY = 86_400_000;
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

/** Clear days (jours francs) between the convocation and the session: neither day counts. */
export const clearDays = (convenedOn: string, heldOn: string) => daysBetween(convenedOn, heldOn) - 1;

export function convocationWarning(
  rules: Pick<BodyRules, 'convocationNoticeDays'>,
  convenedOn: string | null,
  heldOn: string,
): string | null {
  if (convenedOn === null)
    return rules.convocationNoticeDays
      ? 'Date de convocation non renseignée : le délai de convocation ne peut être vérifié.'
      : null;
  const days = clearDays(convenedOn, heldOn);
  if (days < 0) return 'La convocation est datée après la séance.';
  if (rules.convocationNoticeDays !== null && days < rules.convocationNoticeDays) {
    return `Convocation envoyée ${days} jour${days > 1 ? 's' : ''} franc${days > 1 ? 's' : ''} avant la séance ; le règlement de l'instance en demande ${rules.convocationNoticeDays}.`;
  }
  return null;
}

/** Whether a second session may be convened after one without quorum, and the message if not. */
export function secondConvocationProblem(
  rules: Pick<BodyRules, 'withoutQuorum'>,
  firstHeldOn: string,
  heldOn: string,
): string | null {
  if (!rules.withoutQuorum.secondConvocation)
    return "Le règlement de l'instance ne prévoit pas de seconde convocation.";
  if (heldOn <= firstHeldOn) return 'La seconde séance doit se tenir après la séance sans quorum.';
  const min = rules.withoutQuorum.minDelayDays;
  if (min !== null && daysBetween(firstHeldOn, heldOn) < min)
    return `La seconde séance se tient au moins ${min} jours après la première.`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Delegations and competences

export interface DelegationFact {
  id: string;
  toBodyId: string;
  matter: Matter;
  fromYear: number | null;
  untilYear: number | null;
  /** The date of the delegating decision. */
  grantedOn: string;
}

/** The delegation a body decides a matter under, for the year concerned, on a date. */
export function findDelegation(
  delegations: DelegationFact[],
  q: { bodyId: string; matter: Matter; year: number; on: string },
): DelegationFact | null {
  return (
    delegations.find(
      (d) =>
        d.toBodyId === q.bodyId &&
        d.matter === q.matter &&
        d.grantedOn <= q.on &&
        (d.fromYear === null || q.year >= d.fromYear) &&
        (d.untilYear === null || q.year <= d.untilYear),
    ) ?? null
  );
}

/** A warning when a body decides a matter that neither its rules nor a delegation give it. */
export function competenceWarning(
  body: { name: string; competences: Matter[] },
  matter: Matter,
  year: number,
  delegation: DelegationFact | null,
): string | null {
  if (body.competences.includes(matter) || delegation) return null;
  return `${body.name} décide d'une matière (« ${matterLabels[matter]} », ${year}) que ni son règlement ni une délégation ne lui attribue.`;
}

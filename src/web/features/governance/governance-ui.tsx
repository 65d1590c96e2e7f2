import {
  matterLabels,
  type BodyRules,
  type BodySide,
  type MandateView,
  type PersonRef,
} from '../../../contracts/governance';
import type { ConventionSummary } from '../../../contracts/conventions';
import type { SessionView } from '../../../contracts/governance-sessions';
import { api } from '../../app/api';
import { useApi } from '../../ui/useApi';
import { useSubmit } from '../../ui/useSubmit';

import './governance.css';

export const bodySideLabels: Record<BodySide, string> = {
  department: 'Département',
  landlord: 'Bailleur (office)',
  joint: 'Instance commune de la convention',
};

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** A body's rules as sentences a secretary reads (the same data the server computes with). */
export function rulesInWords(rules: BodyRules): string[] {
  if (!rules.deliberative) {
    return [
      'Instance de suivi : ni quorum, ni vote, ni pouvoir ; chaque réunion a un ordre du jour, des participants, un compte rendu, des décisions et des actions suivies.',
      rules.defaultAgenda.length > 0
        ? `Ordre du jour par défaut : ${rules.defaultAgenda.join(' ; ')}.`
        : "Pas d'ordre du jour par défaut.",
    ];
  }
  const lines: string[] = [];
  if (rules.seats !== null) lines.push(`Sièges prévus par les statuts : ${rules.seats}.`);
  const q = rules.quorum;
  if (q) {
    const fraction =
      q.numerator === 1 && q.denominator === 2 && q.comparison === 'more_than'
        ? 'la majorité absolue'
        : `${q.comparison === 'at_least' ? 'au moins' : 'plus de'} ${q.numerator}/${q.denominator}`;
    const base =
      q.base === 'voting_members_in_office'
        ? 'des membres en exercice ayant voix délibérative'
        : 'des membres en exercice';
    const counts =
      q.counts === 'present_or_represented' ? 'présents ou représentés' : 'présents (les pouvoirs ne comptent pas)';
    lines.push(`Quorum : ${fraction} ${base}, ${counts}.`);
    lines.push(
      q.recusedCount
        ? 'Un membre qui ne prend pas part à un point compte pour le quorum de ce point.'
        : 'Un membre qui ne prend pas part à un point ne compte pas pour le quorum de ce point.',
    );
  }
  lines.push(
    `Majorité : ${rules.majority.basis === 'votes_cast' ? 'des suffrages exprimés (les abstentions ne sont pas des suffrages exprimés)' : 'des membres présents ou représentés prenant part au vote'}.`,
  );
  lines.push(
    rules.majority.castingVote
      ? 'En cas de partage égal des voix, la voix du président est prépondérante.'
      : 'Pas de voix prépondérante du président : un partage égal rejette la proposition.',
  );
  lines.push(
    rules.proxies.maxPerHolder === 0
      ? "L'instance n'admet pas de pouvoir."
      : `Pouvoirs : ${plural(rules.proxies.maxPerHolder, 'pouvoir', 'pouvoirs')} au plus par membre présent ; un pouvoir est donné par un membre absent à un membre présent.`,
  );
  lines.push(
    rules.convocationNoticeDays === null
      ? 'Pas de délai de convocation fixé.'
      : `Convocation : ${plural(rules.convocationNoticeDays, 'jour franc', 'jours francs')} au moins avant la séance.`,
  );
  const w = rules.withoutQuorum;
  lines.push(
    w.secondConvocation
      ? `Sans quorum : seconde convocation${w.minDelayDays ? `, ${plural(w.minDelayDays, 'jour', 'jours')} au moins après la première séance` : ''}, ${w.quorumRequired ? 'avec la même condition de quorum' : 'qui délibère sans condition de quorum'}.`
      : 'Sans quorum : pas de seconde convocation prévue.',
  );
  lines.push(
    rules.competences.length > 0
      ? `Décide de sa propre compétence : ${rules.competences.map((m) => matterLabels[m].toLowerCase()).join(', ')}.`
      : "Ne décide que sur délégation d'une autre instance.",
  );
  return lines;
}

export function RulesList({ rules, label }: { rules: BodyRules; label: string }) {
  return (
    <ul aria-label={label} className="rules">
      {rulesInWords(rules).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** Whether a mandate runs on a day (an open start or end runs), as the server counts members in office. */
export const inOfficeOn = (m: Pick<MandateView, 'startOn' | 'endOn'>, day: string) =>
  (m.startOn === null || m.startOn <= day) && (m.endOn === null || m.endOn >= day);

export const personLabel = (p: PersonRef) =>
  p.firstName ? `${p.civility ?? ''} ${p.firstName} ${p.lastName}`.trim() : p.formalName;

/** The parties of a convention (for participants' organisations), from the list every user reads. */
export function useParties(conventionId: string | undefined) {
  const { data } = useApi<ConventionSummary[]>(conventionId ? '/api/conventions' : null);
  return data?.find((c) => c.id === conventionId)?.parties ?? [];
}

/** Whether a field changed by a form was filled: empty text is sent as null. */
export const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * One change to a session: the server answers with the whole session as it now is (figures,
 * quorum, outcome recomputed), which replaces what the page shows.
 */
export function useSessionChange(onView: (view: SessionView) => void) {
  const submit = useSubmit();
  const change = (
    method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    path: string,
    body: unknown,
    message: (view: SessionView) => string,
  ) =>
    submit.run(async () => {
      const view = await api<SessionView>(method, path, body);
      onView(view);
      return message(view);
    });
  return { ...submit, change };
}

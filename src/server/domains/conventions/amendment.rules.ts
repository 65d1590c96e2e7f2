import { formatDateFr as fr } from '../../../contracts/dates';

/**
 * Amendments (avenants, Article 8) change dated fields of a convention. The convention "as
 * amended on date D" is its original text with every change of the amendments in effect on D
 * applied in order (effective date, then number). Pure functions: no I/O.
 */
export type AmendmentChange =
  | { field: 'period_end'; date: string }
  | { field: 'article_text'; articleNumber: string; title?: string | undefined; body: string }
  | { field: 'signatory'; organisationId: string; signatories: { fullName: string; title: string }[] }
  /** The envelope's amount (euros as a decimal string); it takes effect as a revision of the envelope. */
  | { field: 'envelope_amount'; envelopeKind: 'investment' | 'operating'; amount: string };

export interface AmendmentFacts {
  number: number;
  effectiveOn: string;
  changes: AmendmentChange[];
}

/** Stored amendment rows (with their changes) → the facts the rules work on. */
export function amendmentFactsOf(
  rows: { number: number; effective_on: string; changes: unknown[] }[],
): AmendmentFacts[] {
  return rows.map((a) => ({ number: a.number, effectiveOn: a.effective_on, changes: a.changes as AmendmentChange[] }));
}

export interface AmendableConvention {
  periodStart: string;
  periodEnd: string;
  articles: { number: string; title: string; body: string }[];
  signatories: { organisationId: string; fullName: string; title: string }[];
}

export function amendmentsInEffect<A extends AmendmentFacts>(amendments: A[], onDate: string): A[] {
  return amendments
    .filter((a) => a.effectiveOn <= onDate)
    .sort((a, b) => (a.effectiveOn === b.effectiveOn ? a.number - b.number : a.effectiveOn < b.effectiveOn ? -1 : 1));
}

export function applyChange<C extends AmendableConvention>(c: C, change: AmendmentChange): C {
  switch (change.field) {
    case 'period_end':
      return { ...c, periodEnd: change.date };
    case 'article_text':
      return {
        ...c,
        articles: c.articles.map((a) =>
          a.number === change.articleNumber ? { ...a, title: change.title ?? a.title, body: change.body } : a,
        ),
      };
    case 'signatory': {
      const others = c.signatories.filter((s) => s.organisationId !== change.organisationId);
      const replaced = change.signatories.map((s) => ({ organisationId: change.organisationId, ...s }));
      return { ...c, signatories: [...others, ...replaced] };
    }
    case 'envelope_amount':
      // Held by the finance domain as a dated revision of the envelope, not in the convention's text.
      return c;
  }
}

/** The convention as amended on `onDate`. */
export function asAmendedOn<C extends AmendableConvention>(
  original: C,
  amendments: AmendmentFacts[],
  onDate: string,
): C {
  let current = original;
  for (const amendment of amendmentsInEffect(amendments, onDate)) {
    for (const change of amendment.changes) current = applyChange(current, change);
  }
  return current;
}

/**
 * Checks a new amendment against the convention as it stands once the amendment applies: the
 * problems are French messages naming the change (empty when the amendment is acceptable).
 */
export function amendmentProblems(
  current: AmendableConvention,
  amendment: { signedOn: string; effectiveOn: string; changes: AmendmentChange[] },
  partyOrganisationIds: string[],
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (amendment.effectiveOn < amendment.signedOn) {
    problems.push({
      field: 'effectiveOn',
      message: "La date d'effet ne peut précéder la date de signature de l'avenant.",
    });
  }
  // An amendment changes a convention in force: it cannot take effect once the convention has
  // ended (this also keeps an earlier amendment from ending the convention before a later one applies).
  if (amendment.effectiveOn > current.periodEnd) {
    problems.push({
      field: 'effectiveOn',
      message: `L'avenant prendrait effet le ${fr(amendment.effectiveOn)}, après la fin de la convention (${fr(current.periodEnd)}).`,
    });
  }
  if (amendment.changes.length === 0) {
    problems.push({ field: 'changes', message: 'Un avenant doit modifier au moins un élément de la convention.' });
  }
  amendment.changes.forEach((change, i) => {
    const field = `changes.${i}`;
    switch (change.field) {
      case 'period_end':
        if (change.date <= current.periodStart) {
          problems.push({
            field,
            message: `La nouvelle date de fin (${fr(change.date)}) doit être postérieure au début de la convention (${fr(current.periodStart)}).`,
          });
        } else if (change.date < amendment.effectiveOn) {
          problems.push({
            field,
            message: `La nouvelle date de fin (${fr(change.date)}) précède la date d'effet de l'avenant (${fr(amendment.effectiveOn)}).`,
          });
        }
        break;
      case 'article_text':
        if (!current.articles.some((a) => a.number === change.articleNumber)) {
          problems.push({ field, message: `La convention n'a pas d'article ${change.articleNumber}.` });
        }
        if (change.body.trim() === '') problems.push({ field, message: "Le nouveau texte de l'article est vide." });
        break;
      case 'signatory':
        if (!partyOrganisationIds.includes(change.organisationId)) {
          problems.push({ field, message: 'Le signataire doit représenter une partie à la convention.' });
        }
        if (change.signatories.length === 0 || change.signatories.some((s) => !s.fullName.trim() || !s.title.trim())) {
          problems.push({ field, message: 'Chaque signataire a un nom et une qualité.' });
        }
        break;
      case 'envelope_amount':
        // Checked against what is already allocated by the service, which holds the envelope's lock.
        break;
    }
  });
  return problems;
}

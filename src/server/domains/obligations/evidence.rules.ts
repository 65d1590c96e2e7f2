/**
 * A fact found in another domain (evidence.repository) and the instance it proves done: the
 * year the duty is for (forecast, allocation, financial conventions), a day inside the instance's
 * period (a COPIL or COTECH meeting), the end of the half-year (a progress table), or the event a
 * communication duty is owed for (an invitation or a publicity proof).
 */
export interface EvidenceFact {
  year?: number;
  within?: string;
  periodEnd?: string;
  /** A per-event duty's instance (communication-duties.rules eventPeriodKey). */
  periodKey?: string;
  on: string;
  label: string;
}

export interface InstancePeriod {
  periodKey?: string;
  periodYear: number;
  periodStart: string;
  periodEnd: string;
}

/** The earliest fact proving this instance, if any. */
export function matchEvidence(instance: InstancePeriod, facts: EvidenceFact[]): EvidenceFact | null {
  const matching = facts.filter(
    (f) =>
      (f.year !== undefined && f.year === instance.periodYear) ||
      (f.within !== undefined && f.within >= instance.periodStart && f.within <= instance.periodEnd) ||
      (f.periodEnd !== undefined && f.periodEnd === instance.periodEnd) ||
      (f.periodKey !== undefined && f.periodKey === instance.periodKey),
  );
  return matching.sort((a, b) => a.on.localeCompare(b.on))[0] ?? null;
}

/**
 * The reference convention's money, from ../shared/seed: Article 3 (an AP of 100 M€ and an AE of
 * 50 M€ over 2024–2033), the board decision (the departmental assembly's decision of 29 January
 * 2024 granting 4 M€ of investment and 5 M€ of operating subsidy for 2024) and Article 1 (178 M€
 * of guaranteed outstanding capital at 31/12/2023, 20 % of the Département's social-housing
 * guarantees). Amounts in cents.
 */
export const referenceEnvelopes = [
  {
    kind: 'investment' as const,
    label: 'Autorisation de programme 2024-2033 : réhabilitation du parc (investissement)',
    amountCents: 100_000_000_00n,
    allocation2024Cents: 4_000_000_00n,
  },
  {
    kind: 'operating' as const,
    label: "Autorisation d'engagement 2024-2033 : maintenance du parc (fonctionnement)",
    amountCents: 50_000_000_00n,
    allocation2024Cents: 5_000_000_00n,
  },
];

export const referenceDeliberation = {
  ref: 'Délibération du Conseil départemental du 29 janvier 2024',
  date: '2024-01-29',
  body: 'Conseil départemental',
};

export const referenceGuaranteePortfolio = {
  asOf: '2023-12-31',
  officeOutstandingCents: 178_000_000_00n,
  // The convention reports the share (« soit 20 % »), not the Département's total: that one is
  // derived (178 / 0.20 = 890 M€) and shown as an estimate.
  reportedShare: '20.00',
  source:
    "Convention 2024-2033, article 1 : capital restant dû par l'office garanti par le Département de 178 millions d'euros au 31 décembre 2023, soit 20 % du total des encours garantis pour le logement social.",
};

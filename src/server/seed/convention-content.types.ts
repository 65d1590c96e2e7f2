/**
 * Shape of the reference convention's content as written from ../shared/seed: the legal bases,
 * the preamble, every article, the objectives tree of Article 2 and the commitments of Article 3.
 */
export type CommitmentParty = 'department' | 'landlord' | 'both';

export interface SeedArticle {
  /** As printed: '1', '2', … '10'. */
  number: string;
  title: string;
  /** The article's text: paragraphs separated by a blank line; list items start with "- ". */
  body: string;
}

export interface SeedCommitment {
  /** Stable code within the convention, e.g. '1.1.a' or '3.2.b'. */
  code: string;
  party: CommitmentParty;
  /** The commitment as the document states it (close to its wording, one sentence or a list item). */
  text: string;
  /** The article it comes from: '2' or '3'. */
  article: string;
}

export interface SeedAxis {
  /** '1.1', '1.2', … as numbered in the document (objective number, then the axis' own number). */
  code: string;
  title: string;
  commitments: SeedCommitment[];
}

export interface SeedObjective {
  /** '1' … '4' in the order of Article 2. */
  code: string;
  title: string;
  article: string;
  axes: SeedAxis[];
}

export interface SeedConventionContent {
  legalBases: string[];
  preamble: string;
  articles: SeedArticle[];
  objectives: SeedObjective[];
  /** Article 3: "Engagements des partenaires", one axis per party (codes 'A3.1' Département, 'A3.2' office; 'A' keeps them apart from objective 3's axes). */
  partnerCommitments: SeedAxis[];
  previousConvention: {
    title: string;
    periodStart: string;
    periodEnd: string;
    signatureDate: string;
    /** The article of the new convention that reviews it. */
    reviewArticle: string;
  };
}

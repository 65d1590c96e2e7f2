import type { SeedConventionContent } from './convention-content.types';
import { referenceConventionObjectives } from './reference-convention-objectives';
import { referenceConventionText } from './reference-convention-text';

/**
 * The structured content of the reference convention (convention de partenariat 2024-2033 between
 * the Département du Pas-de-Calais and Pas-de-Calais habitat), written from ../shared/seed: legal
 * bases, preamble and every article as printed (PDF line breaks, page headers and lone bullets
 * removed; wording, figures and the source's own typos kept), the objectives tree of Article 2 and
 * the partner commitments of Article 3. Commitment texts stay close to the document's wording;
 * a "Jeunes : …"-style prefix names the sub-theme of the axis the commitment comes from.
 */
export const referenceConventionContent: SeedConventionContent = {
  ...referenceConventionText,
  ...referenceConventionObjectives,
  partnerCommitments: [
    {
      code: 'A3.1',
      title: 'Engagements du Département du Pas-de-Calais',
      commitments: [
        {
          code: 'A3.1.a',
          party: 'department',
          text: 'Le Département mobilisera une autorisation de programme de 100 millions d’euros et une autorisation d’engagement de 50 millions d’euros sur la période 2024-2033, hors garanties d’emprunts, pour accompagner Pas-de-Calais habitat dans la réhabilitation de son parc de logement (y compris les opérations de démolition-reconstruction) au titre de la réhabilitation thermique en priorité des 10 245 logements classés E,F et G (26 % du parc), dont les parties communes et espaces collectifs, et de la réhabilitation/rénovation de logements actuellement vacants ou occupés qui nécessitent des travaux de maintenance (y compris parties communes et espaces collectifs).',
          article: '3',
        },
        {
          code: 'A3.1.b',
          party: 'department',
          text: 'Sous réserve des crédits votés, les engagements financiers du Département feront l’objet d’une délibération d’application annuelle proposée au vote de l’assemblée départementale au 1er trimestre de l’année concernée, complétée de deux conventions financières, la première au titre du soutien en investissement et la seconde au titre du soutien en fonctionnement au titre des travaux de maintenance.',
          article: '3',
        },
        {
          code: 'A3.1.c',
          party: 'department',
          text: 'Le Département continuera à examiner, dans le respect des dispositions du règlement départemental applicable en matière de garanties d’emprunts, les demandes déposées par l’office et réalisées pour mener à bien les ambitions partagées des signataires.',
          article: '3',
        },
      ],
    },
    {
      code: 'A3.2',
      title: 'Engagements de Pas-de-Calais habitat',
      commitments: [
        {
          code: 'A3.2.a',
          party: 'landlord',
          text: 'Le bailleur s’engage à mobiliser ses équipes et ressources pour concourir à la réalisation des objectifs définis dans l’article 2.',
          article: '3',
        },
        {
          code: 'A3.2.b',
          party: 'landlord',
          text: 'Le bailleur s’engage notamment à mener la politique de réhabilitation de son parc inscrit dans son PMT 2022/2024, et prochainement son PMT 2025/2030.',
          article: '3',
        },
        {
          code: 'A3.2.c',
          party: 'landlord',
          text: 'Le bailleur s’engage à communiquer au Département au plus tard en novembre de l’année précédente les volumétries de réhabilitation et de travaux de maintenance que l’office prévoit de réaliser l’année suivante.',
          article: '3',
        },
        {
          code: 'A3.2.d',
          party: 'landlord',
          text: "Pas-de-Calais habitat s’engage à actualiser et transmettre régulièrement (rythme semestriel) les tableaux de suivi de l'état d'avancement des opérations financées dans le cadre des conventions financières qui déclineront cette convention de partenariat.",
          article: '3',
        },
        {
          code: 'A3.2.e',
          party: 'landlord',
          text: 'Pas-de-Calais habitat s’engage à solliciter les aides du Département dans le respect des dispositions de la convention de partenariat et des conventions financières annuellement adoptées en mettant en œuvre les actions visant à atteindre les objectifs définis.',
          article: '3',
        },
        {
          code: 'A3.2.f',
          party: 'landlord',
          text: 'En cas de difficulté de mise en œuvre, l’office s’engage à informer le Département de tout fait de nature à entraîner le non-respect des dispositions de la présente convention.',
          article: '3',
        },
      ],
    },
  ],
  previousConvention: {
    title: 'Convention de partenariat 2021-2023 entre le Département du Pas-de-Calais et Pas-de-Calais habitat',
    periodStart: '2021-01-01',
    periodEnd: '2023-12-31',
    signatureDate: '2021-09-10',
    reviewArticle: '1',
  },
};

import type { SeedConventionContent } from './convention-content.types';

/**
 * The objectives tree of Article 2 (4 objectives → axes → commitments). Commitment texts stay
 * close to the document's wording; a "Jeunes : …"-style prefix names the axis' sub-theme.
 */
export const referenceConventionObjectives: Pick<SeedConventionContent, 'objectives'> = {
  objectives: [
    {
      code: '1',
      title:
        'Garantir une offre de logement social de qualité, rénovée et performante thermiquement sur l’ensemble du territoire départemental',
      article: '2',
      axes: [
        {
          code: '1.1',
          title: 'Une politique globale de réhabilitation et de maintenance du parc locatif',
          commitments: [
            {
              code: '1.1.a',
              party: 'landlord',
              text: 'L’office s’engage dans une politique générale de remise en état de son parc qui doit permettre de réhabiliter les 10 245 logements soumis aux obligations de la loi Elan : les logements en classe G au 1er janvier 2025 (205 logements – 0,51% du parc), en classe F au 1er janvier 2028 (1 260 logements – 3,20 % du parc) et en classe E au 1er janvier 2034 (8 780 logements – 22,24 % du parc).',
              article: '2',
            },
            {
              code: '1.1.b',
              party: 'landlord',
              text: 'Cet engagement de réhabilitation conduira l’office à mobiliser au cours des dix prochaines années près de 800 millions d’euros pour prendre en charge l’amélioration de la performance thermique de ces logements mais également, pour une large part du parc concerné, l’amélioration de l’état intérieur des logements afin de permettre aux locataires de disposer d’un cadre de vie de qualité.',
              article: '2',
            },
            {
              code: '1.1.c',
              party: 'both',
              text: 'L’office prévoit de réaliser un programme de maintenance plus ciblé pour 30 000 autres logements de son parc en menant notamment des travaux d’amélioration renforçant leur attractivité ; cette action complémentaire sera réalisée par l’office avec le soutien financier du Département en section de fonctionnement pour contribuer à garantir l’équité entre les locataires.',
              article: '2',
            },
            {
              code: '1.1.d',
              party: 'landlord',
              text: 'L’office mobilisera, à travers le soutien du Département, une enveloppe annuelle de dépenses de maintenance de 20 à 25 millions d’euros, qui permet de prendre en charge des travaux de maintenance dans environ 2 500 logements chaque année et d’assurer la maintenance quotidienne du parc locatif.',
              article: '2',
            },
            {
              code: '1.1.e',
              party: 'both',
              text: 'Le Département, chef de file des solidarités, et son office pourront, grâce à ces deux orientations, répondre à l’ambition partagée de proposer une offre de logements sociaux de qualité, performants thermiquement et adaptés aux besoins actuels à des coûts maîtrisés.',
              article: '2',
            },
          ],
        },
        {
          code: '1.2',
          title:
            'L’amélioration de l’offre d’établissements pour personnes âgées ou en situation de handicap, une réponse conjointe entre le Département et l’office aux besoins liés aux politiques de solidarité départementales',
          commitments: [
            {
              code: '1.2.a',
              party: 'both',
              text: '58 résidences autonomie, foyers de vie et foyers d’hébergement qui totalisent 1839 lits devront faire l’objet d’un programme de travaux.',
              article: '2',
            },
            {
              code: '1.2.b',
              party: 'landlord',
              text: 'L’office assure également la gestion de 60 béguinages totalisant 937 logements.',
              article: '2',
            },
          ],
        },
        {
          code: '1.3',
          title: 'Les enjeux d’équité territoriale',
          commitments: [
            {
              code: '1.3.a',
              party: 'landlord',
              text: 'Territoires ruraux : inscrite dans le projet politique de l’Office, une offre dédiée aux communes rurales continuera à être développée en partenariat étroit avec les communes et les EPCI.',
              article: '2',
            },
            {
              code: '1.3.b',
              party: 'landlord',
              text: 'Territoires ruraux : Pas-de-Calais habitat se propose d’accompagner les communes rurales qui voudraient développer des logements sociaux dans des patrimoines existants dans les centralités des villages et des bourgs, l’office prenant alors en charge la gestion de ces logements dont la propriété resterait à la commune.',
              article: '2',
            },
            {
              code: '1.3.c',
              party: 'department',
              text: 'Quartiers politique de la ville : le Département pourra, selon les modalités d’une convention spécifique, accompagner des investissements réalisés directement par le bailleur en vue de poursuivre les objectifs énoncés et contribuant aux politiques publiques départementales tout en étant en cohérence avec les projets portés par les EPCI et les communes.',
              article: '2',
            },
          ],
        },
      ],
    },
    {
      code: '2',
      title:
        'Favoriser l’accès et le maintien dans un logement adapté aux publics accompagnés par les politiques départementales de solidarités humaines',
      article: '2',
      axes: [
        {
          code: '2.1',
          title: 'Favoriser l’accès au logement et le maintien dans le logement',
          commitments: [
            {
              code: '2.1.a',
              party: 'landlord',
              text: 'Inclusion durable : la participation du bailleur aux commissions locales FSL et aux différentes instances de coordination organisées par les MDS qui traitent de situations individuelles est à poursuivre, de manière à faciliter l’accès au logement des publics ou leur maintien dans le logement.',
              article: '2',
            },
            {
              code: '2.1.b',
              party: 'landlord',
              text: 'Inclusion durable : à travers un partenariat resserré, le bailleur pourra être amené à faciliter le développement des accompagnements sociaux du FSL qui nécessitent une collaboration étroite avec les associations conventionnées, notamment pour le dispositif AML sur les territoires où il est, à ce jour, peu développé.',
              article: '2',
            },
            {
              code: '2.1.c',
              party: 'both',
              text: 'Logement d’abord : le partenariat Département / Pas-de-Calais habitat permettra au bailleur de contribuer au relogement ou au maintien dans le logement des publics en grande difficulté ; des contacts privilégiés seront établis sur les territoires avec les coordinateurs logement d’abord.',
              article: '2',
            },
            {
              code: '2.1.d',
              party: 'landlord',
              text: 'Logement d’abord : le bailleur participera aux différentes instances relatives au Logement d’abord, qu’elles soient territoriales ou départementales.',
              article: '2',
            },
            {
              code: '2.1.e',
              party: 'landlord',
              text: 'Logement d’abord : le bailleur sera en appui des associations conventionnées au titre du Logement d’abord pour permettre le déploiement de solutions innovantes dans le cadre des accompagnements sociaux proposés (ex : colocations).',
              article: '2',
            },
            {
              code: '2.1.f',
              party: 'both',
              text: 'Prévention des expulsions locatives : le Département et Pas-de-Calais habitat ambitionnent conjointement de lutter contre les expulsions locatives ; la continuité de la dynamique de mobilisation du Fonds de Prévention des Expulsions locatives par Pas-de-Calais habitat est souhaitée pendant la durée de la convention, sous réserve de la poursuite par l’Etat du financement du FPEL au titre du Pacte Local des Solidarités.',
              article: '2',
            },
            {
              code: '2.1.g',
              party: 'both',
              text: 'Prévention des expulsions locatives : une étude pourra être réalisée conjointement, voire avec l’appui de la CAF et de l’Etat s’ils souhaitent s’associer, pour mesurer plus finement le coût global (ex : impact sur la santé) d’une expulsion locative à partir du suivi d’un groupe de ménages.',
              article: '2',
            },
          ],
        },
        {
          code: '2.2',
          title: 'Soutenir les parcours résidentiels des publics spécifiques',
          commitments: [
            {
              code: '2.2.a',
              party: 'landlord',
              text: 'Jeunes : afin d’augmenter le nombre de jeunes relogés par Pas-de-Calais habitat à travers les dispositifs « Un jeune Un logement » et « solution logement pour les jeunes majeurs ayant eu un parcours ASE », Pas-de-Calais habitat s’engage à répondre aux appels à projets relatifs à l’inclusion durable portés par le Département sur l’accès au logement des jeunes.',
              article: '2',
            },
            {
              code: '2.2.b',
              party: 'landlord',
              text: 'Jeunes : l’intervention de Pas-de-Calais habitat et son expertise pourront être mobilisées au titre du partenariat à engager sur les territoires (ex : participation aux concertations relatives aux jeunes organisées par les MDS).',
              article: '2',
            },
            {
              code: '2.2.c',
              party: 'both',
              text: 'Jeunes : il conviendra de poursuivre le développement de solutions de logement innovantes pour couvrir l’ensemble du territoire et notamment le recours à la colocation.',
              article: '2',
            },
            {
              code: '2.2.d',
              party: 'both',
              text: 'Personnes âgées ou en situation de handicap : dans la continuité de la précédente convention et des objectifs de la conférence des financeurs de l’Habitat Inclusif, il s’agira de poursuivre le travail engagé pour déployer une nouvelle offre d’habitat inclusif qui s’adapte aux situations des personnes âgées ou en situation de handicap.',
              article: '2',
            },
            {
              code: '2.2.e',
              party: 'both',
              text: 'Personnes âgées ou en situation de handicap : l’adaptation des logements à la perte d’autonomie fera également l’objet d’un travail partenarial (chaque année 250 à 300 logements connaissent des travaux d’adaptation dans le parc de l’office).',
              article: '2',
            },
            {
              code: '2.2.f',
              party: 'both',
              text: 'Personnes âgées ou en situation de handicap : le maintien dans le logement des personnes âgées et des personnes en situation de handicap sera encouragé par une coordination accrue avec les maisons de l’autonomie autour des situations individuelles repérées (fragilités au domicile, isolement, adaptation du logement…).',
              article: '2',
            },
            {
              code: '2.2.g',
              party: 'landlord',
              text: 'Gens du voyage : Pas-de-Calais habitat s’engage à participer aux groupes de travail issus du schéma sur ce thème et à soutenir la création d’habitats adaptés pour répondre aux objectifs du schéma d’accueil et d’habitat des gens du voyage aux côtés des élus et plus généralement de valoriser le cahier des charges existant.',
              article: '2',
            },
            {
              code: '2.2.h',
              party: 'landlord',
              text: 'Violences intrafamiliales : Pas-de-Calais habitat partagera sa connaissance avec le Département des dispositifs mobilisables pour accompagner les victimes en cas de nécessité de départ du domicile jusqu’à l’accès à un nouveau logement.',
              article: '2',
            },
            {
              code: '2.2.i',
              party: 'both',
              text: 'Violences intrafamiliales : le partenariat pourra être renforcé en développant des relais locaux pour répondre aux situations complexes et en travaillant sur un support d’information commun destiné aux travailleurs sociaux pour faciliter les relogements.',
              article: '2',
            },
          ],
        },
        {
          code: '2.3',
          title: 'Mutualiser et partager les ambitions et les moyens de lutte contre la précarité énergétique',
          commitments: [
            {
              code: '2.3.a',
              party: 'landlord',
              text: 'En complément du repérage et de l’orientation des situations de précarité énergétique vers le FSL au titre de son volet Eau Énergie Téléphonie quand les ménages sont en dettes, Pas-de-Calais habitat pourra informer et sensibiliser les habitants sur leur consommation individuelle ou collective et les orienter quand cela est pertinent vers les actions de type AET (Action Énergie Territoire) déployées par le Département au titre du FSL.',
              article: '2',
            },
            {
              code: '2.3.b',
              party: 'landlord',
              text: 'Des agents de Pas-de-Calais habitat pourront participer à des sessions de sensibilisation organisées par le Département à destination des professionnels pour accroitre le repérage et le traitement des situations problématiques.',
              article: '2',
            },
          ],
        },
      ],
    },
    {
      code: '3',
      title: 'Soutenir l’insertion sociale et professionnelle',
      article: '2',
      axes: [
        {
          code: '3.1',
          title: 'Les enjeux des Grands Chantiers',
          commitments: [
            {
              code: '3.1.a',
              party: 'both',
              text: 'Un travail devra être mené avec Pas-de-Calais habitat afin d’identifier auprès des locataires les possibilités d’insertion créées par les travaux des « grands chantiers » (marchés liés à l’Engagement pour le Renouveau du Bassin Minier ou au Canal Seine-Nord Europe).',
              article: '2',
            },
          ],
        },
        {
          code: '3.2',
          title: 'La mobilisation de la commande publique',
          commitments: [
            {
              code: '3.2.a',
              party: 'landlord',
              text: 'Avec l’accompagnement du Département, Pas-de-Calais habitat s’engage à conforter les pratiques initiées en 2023 en lien avec les facilitateurs des clauses sociales et en appui du Service Insertion Emploi du Département.',
              article: '2',
            },
            {
              code: '3.2.b',
              party: 'landlord',
              text: 'Pas-de-Calais habitat s’engage à renforcer la collaboration avec les facilitateurs sur l’anticipation et l’identification des marchés pouvant accueillir des clauses sociales.',
              article: '2',
            },
            {
              code: '3.2.c',
              party: 'landlord',
              text: 'Pas-de-Calais habitat s’engage à diversifier les segments d’achats concernés par l’insertion professionnelle notamment les services.',
              article: '2',
            },
          ],
        },
        {
          code: '3.3',
          title: 'La mobilisation de l’insertion par l’activité économique',
          commitments: [
            {
              code: '3.3.a',
              party: 'department',
              text: 'Le Département s’engage, dans la limite des crédits annuellement affectés, à accompagner les opérations de type « chantier école » et « Un emploi un toit » réalisées par des structures d’insertion par l’activité économique sur le patrimoine de Pas-de-Calais habitat, ayant pour objet l’inclusion durable des bénéficiaires du RSA et/ou jeunes de moins de 26 ans.',
              article: '2',
            },
          ],
        },
        {
          code: '3.4',
          title: 'La mobilisation de l’offre de service de levée des freins',
          commitments: [
            {
              code: '3.4.a',
              party: 'landlord',
              text: 'Pas-de-Calais habitat s’engage à agir dans le repérage des freins périphériques au retour à l’emploi (ex : mobilité, garde d’enfants, numérique …) en tirant profit de sa proximité avec les publics.',
              article: '2',
            },
            {
              code: '3.4.b',
              party: 'department',
              text: 'Le Département peut faciliter la mise en relation avec les bons interlocuteurs et ainsi apporter une réponse adaptée au besoin des locataires.',
              article: '2',
            },
            {
              code: '3.4.c',
              party: 'landlord',
              text: 'Pas-de-Calais habitat s’engage, dans une démarche proactive, à faciliter l’intervention des différents opérateurs au plus près des locataires par la mise en place de permanences et/ou de réunions d’information au sein de ses antennes territoriales.',
              article: '2',
            },
          ],
        },
      ],
    },
    {
      code: '4',
      title: 'Garantir un accueil humain et adapté et aller au-devant des personnes vulnérables',
      article: '2',
      axes: [
        {
          code: '4.1',
          title: 'Contribuer à l’accueil social inconditionnel de proximité',
          commitments: [
            {
              code: '4.1.a',
              party: 'both',
              text: 'Le Conseil départemental et Pas-de-Calais habitat s’associeront pour assurer les fonctions d’accueil inconditionnel, d’information et d’orientation au plus proche des habitants, sur les territoires.',
              article: '2',
            },
            {
              code: '4.1.b',
              party: 'both',
              text: 'Il s’agira de faciliter l’articulation au local entre les points d’accueil de Pas-de-Calais habitat, les MDS, ainsi que les autres accueils sociaux du territoire, notamment par la désignation d’interlocuteur privilégié au local sur l’ASIP, des modalités de contact facilitées pour les personnels d’accueil (ligne directe, mail spécifique …), l’organisation de permanences dans des locaux partagés etc.',
              article: '2',
            },
            {
              code: '4.1.c',
              party: 'both',
              text: 'Il s’agira de mettre en place des actions locales pour assurer la connaissance réciproque des services (rencontres, sessions d’information, immersion des personnels d’accueil …).',
              article: '2',
            },
            {
              code: '4.1.d',
              party: 'both',
              text: 'Il s’agira de faciliter la prise de rendez-vous pour l’usager.',
              article: '2',
            },
            {
              code: '4.1.e',
              party: 'both',
              text: 'Il s’agira d’assurer une communication claire (partage de supports de communication, contribution dans le guide informatisé Wikisol62 …).',
              article: '2',
            },
          ],
        },
        {
          code: '4.2',
          title: 'L’aller vers, un enjeu partagé',
          commitments: [
            {
              code: '4.2.a',
              party: 'both',
              text: 'Le Conseil départemental et Pas-de-Calais habitat s’attacheront à travailler sur des approches hors les murs, pour aller à la rencontre des publics les plus fragiles.',
              article: '2',
            },
            {
              code: '4.2.b',
              party: 'both',
              text: 'Il s’agira d’expérimenter des permanences et des rendez-vous dans les lieux partagés, des actions d’information hors-les-murs, lors de manifestations locales, au pied des immeubles, etc.',
              article: '2',
            },
            {
              code: '4.2.c',
              party: 'both',
              text: 'Il s’agira également d’assurer une communication et une information claire, lisible et accessible.',
              article: '2',
            },
            {
              code: '4.2.d',
              party: 'landlord',
              text: 'La contribution de Pas-de-Calais habitat dans le guide ressources informatisé Wikisol62 est notamment attendue.',
              article: '2',
            },
            {
              code: '4.2.e',
              party: 'both',
              text: 'Des expérimentations spécifiques seront déployées sur ces champs en particulier sur les territoires du Ternois et de l’Artois.',
              article: '2',
            },
          ],
        },
      ],
    },
  ],
};

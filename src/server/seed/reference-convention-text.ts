import type { SeedConventionContent } from './convention-content.types';

/**
 * The reference convention's text as printed: legal bases ("Vu …"), preamble and every article
 * (PDF line breaks, page headers and lone bullets removed; wording, figures and the source's own
 * typos kept). Assembled in reference-convention-content.ts.
 */
export const referenceConventionText: Pick<SeedConventionContent, 'legalBases' | 'preamble' | 'articles'> = {
  legalBases: [
    'Vu le code général des collectivités territoriales ;',
    'Vu code de la construction et de l’habitation ;',
    'Vu la délibération du Conseil départemental du 18 décembre 2017 portant adoption du Règlement Intérieur du Fonds Solidarité Logement ;',
    'Vu la délibération du Conseil départemental du 29 avril 2019 « Accord cadre pour une ambition partagée entre le Département du Pas-de-Calais, Maisons et Cités, Pas-de-Calais habitat, SIA Habitat dans le cadre de l’Engagement pour le Renouveau du Bassin Minier (ERBM) ;',
    "Vu la délibération du Conseil départemental en date du 6 juillet 2020 « Soutenir l'accès et le maintien dans le logement des locataires les plus fragiles à l'échelle départementale et améliorer leurs conditions de vie dans le parc de l'Office Public Départemental Pas-de-Calais Habitat » ;",
    'Vu la délibération du Conseil départemental du 26 septembre 2022 portant adoption du Pacte des solidarités territoriales « Agir avec vous pour bien vivre dans le Pas-de-Calais » ;',
    'Vu la délibération du Conseil départemental du 21 novembre 2022 portant adoption du Pacte des réussites citoyennes « Agir avec vous pour se réaliser dans le Pas-de-Calais » ;',
    'Vu la délibération du Conseil départemental du 12 décembre 2022 portant adoption du Pacte des solidarités humaines « Agir avec vous pour l’épanouissement de tous dans le Pas-de-Calais » ;',
    'Vu la délibération du Conseil départemental du 12 décembre 2022 portant adoption du Plan Départemental d’Action pour le Logement et l’Hébergement des personnes Défavorisés (PDALHPD) 2022-2027 ;',
    'Vu la délibération de la Commission Permanente du 15 mai 2023 « Appels à projets des politiques d’inclusion durable 2023 – Phase 1 » adoption de la convention relative à l’opération « solution logement » ;',
    'Vu la délibération du Conseil départemental du 19 juin 2023 « Bien grandir dans le Pas-de-Calais : schéma départemental de l’enfance et de la famille 2023-2027 » ;',
    'Vu la délibération de la Commission Permanente du 3 juillet 2023 « Appels à projets des politiques d’inclusion durable 2023 – Phase 3 » adoptant la convention « solution logement jeunes majeurs ayant eu un parcours ASE » pour la période du 1er octobre 2023 au 30 septembre 2024 » ;',
    'Vu la délibération du Conseil départemental du 25 septembre 2023 portant adoption du Schéma « garantir l’inclusion sociale, professionnelle et l’accès au logement des habitants du Pas-de-Calais » ;',
    'Vu la délibération du Conseil départemental du 29 janvier 2024 approuvant la présente convention et autorisant sa signature ;',
    'Vu la délibération du Conseil d’administration de Pas-de-Calais habitat du XX approuvant la présente convention et autorisant sa signature ;',
  ],
  preamble: `Le Département du Pas-de-Calais compte 161 931 logements locatifs sociaux au 1er janvier 2022, soit 26,2% des résidences principales (contre 24,9% dans le Nord, 23,1% à l’échelle des Hauts-de-France et 17,4% en France métropolitaine). La concentration de logements sociaux reste forte dans les quartiers prioritaires au titre de la politique de la ville (35,6% dans le Pas-de-Calais) et dans certains territoires (notamment bassin minier).

La demande de logement social des habitants du Pas-de-Calais est fortement liée aux nombreuses situations de précarité connues par les ménages, 7 ménages sur 10 ayant des revenus qui les rendent éligibles au logement social, mais aussi à la réduction continue de la taille moyenne des ménages. Cette demande se caractérise également par des besoins croissants d’adaptation du logement au vieillissement de la population et à une difficulté d’accès accrue pour les jeunes.

En 2021, 25 613 demandes de logements sociaux (hors mutations) étaient en attente et 8 719 logements sociaux avaient été attribués dans cette même année.

La tension de la demande est inégale selon les territoires. Des pôles urbains comme Lens ou Boulogne présentent une plus faible tension (2,6 contre 3,3 à l’échelle régionale) du fait d’une offre de logement social dense. En revanche, la tension peut être supérieure à 5,4 dans des territoires plus ruraux (Communauté d’agglomération des Deux Baies en Montreuillois, Communauté de communes Osartis-Marquion ou encore Communauté de communes du Pays de Lumbres).

Plus d’une quinzaine de bailleurs sociaux dispose de logements dans le Pas-de-Calais dont deux offices publics de l’habitat.

Pas-de-Calais habitat en sa qualité d’office public de l’habitat a pour mission principale de mettre en œuvre les politiques en matière d’habitat et de logement de la collectivité à laquelle il est rattaché. A ce titre, le Département du Pas-de-Calais est statutairement la seule institution à pouvoir contribuer au développement de l’office par l’apport de ressources propres.

Pas-de-Calais habitat propose aux personnes éligibles à un logement social un parc de près de 40 000 logements (27 553 logements collectifs et 12 105 logements individuels) qui représente à lui seul 25 % de l’offre totale de logements sociaux à l’échelle du département.

Ce parc devra évoluer rapidement pour pouvoir répondre aux exigences de la loi « climat et résilience » d’août 2021 qui rend obligatoire la réhabilitation énergétique des logements dont les bilans thermiques et d’émissions de gaz à effet de serre conduisent à des classements E/F/G. Cette loi interdira la mise en location à compter de janvier 2025 pour les logements en classe G, janvier 2028 pour les F, et janvier 2034 pour les E.

Cet effort d’investissement doit se faire dans un contexte budgétaire complexe qui est contraint par la structure de l’offre de logement du bailleur et par la Réduction de Loyer de Solidarité (RLS) effective depuis 2018.

En effet, l’office permet, grâce aux catégories de logements proposées à la location, d’héberger la population qui a le plus besoin d’un logement à loyer adapté. Pas-de-Calais habitat pratique ainsi des loyers annuels moyens plus faibles que les autres bailleurs présents dans le département au regard des capacités contributives des locataires logés. Concrètement, le loyer moyen mensuel d’un logement de Pas-de-Calais habitat est de 339 € pour un loyer moyen des autres 7 principaux bailleurs du Pas-de-Calais de 401€.

D’autre part, la Réduction de Loyer de Solidarité (RLS) constitue une charge nette pour l’ensemble des bailleurs mais concerne davantage les bailleurs qui hébergent une part importante de locataires présentant des taux d’Allocation Personnalisée pour le Logement (APL) élevé. C’est notamment le cas de Pas-de-Calais habitat qui subit un manque à gagner annuel de 8 millions d’euros au titre de la RLS.

Ces deux facteurs cumulés génèrent des tensions très fortes sur les ressources propres de l’office qui doivent à la fois être mobilisées pour la réhabilitation thermique des bâtiments mais également pour des travaux de maintenance dans les logements, les parties communes et espaces résidentialisés…

Le Pacte des solidarités humaines adopté par le Conseil départemental le 12 décembre 2022 a réaffirmé plusieurs ambitions relatives au logement des habitants du Pas-de-Calais et ce, en cohérence avec le Plan Départemental d’Action pour le Logement et l’Hébergement des Personnes Défavorisées (PDALHPD) 2022 – 2027 et plusieurs schémas départementaux visés dans la présente convention.

Le Département est pleinement conscient que le logement conditionne souvent l’exercice des autres droits, et son absence ou sa mauvaise qualité contribue à dégrader globalement les situations individuelles, familiales et sociales. Il a réaffirmé ainsi son engagement de permettre à chacun d’accéder à un logement digne et d’y rester, ainsi qu’à faire évoluer les formes d’habitat pour mieux s’adapter aux besoins des personnes.

Le Département agit au quotidien pour accompagner les ménages à accéder à un logement adapté ou s’y maintenir dans de bonnes conditions et ce, notamment à travers le Fonds Solidarité Logement (FSL). Cela prend la forme d’accompagnements sociaux dédiés, d’aide financières (en cas d’impayés de loyer ou d’aides à l’entrée dans le logement ou encore pour apurer une dette de charges). Le Département mène des actions préventives, notamment pour former les locataires aux bons usages des énergies et de l’eau dans le logement et les accompagner dans leurs démarches concernant le bâti.

Le Département soutient également le développement de nouvelles formes d’habitat qui préservent l’inclusion dans la vie sociale, aussi bien pour les personnes en perte d’autonomie, que pour l’accès au logement des jeunes, quel que soit leur parcours (ex ASE), qu’ils soient précarisés et/ou en danger d’exclusion, qu’ils connaissent des difficultés d’insertion sociale et / ou professionnelle.

Le Département a engagé depuis plusieurs années des collaborations avec les bailleurs sociaux pour répondre à ces besoins, et les renforcera pour mobiliser un parc de logements adaptés aux spécificités de chaque situation, et ce, en premier lieu, avec son office public départemental.`,
  articles: [
    {
      number: '1',
      title: 'Bilan des partenariats 2021-2023',
      body: `Une première convention de partenariat entre le Département et Pas-de-Calais habitat a été signée le 10 septembre 2021. Cette convention avait pour objet, à la fois de souligner les coopérations existantes, et de partager des objectifs stratégiques pour la période 2021-2023.

Différentes démarches ont été réalisées pour renforcer le partenariat existant. Par exemple la réalisation d’une étude prospective, cofinancée Pas-de-Calais habitat et le Département, sur les besoins en matière de logement par EPCI et par territoire. Cette étude a été l’occasion d’organiser en novembre 2022 des rencontres entre les maisons du Département et les directions territoriales de Pas-de-Calais habitat pour partager le diagnostic et identifier les besoins des habitants.

Pour permettre la réalisation de l’objectif stratégique « soutenir l’accès et le maintien dans un logement adapté et favoriser l’inclusion durable », Pas-de-Calais habitat a pu coopérer avec les services des MDS à l’échelle territoriale. Cela s’est traduit par :

- L’organisation en avril 2023 de temps d’échanges locaux et de rencontres pour favoriser une culture commune comme sur le Montreuillois et le Boulonnais entre le personnel des agences de Pas-de-Calais habitat et celui des MDS ;
- La participation de Pas-de-Calais habitat aux instances locales : commissions logement jeunes ASE sur l’Arrageois, le territoire de Lens et d’Hénin, la présence de Pas-de-Calais habitat en commission locale FSL ex Audomarois, le territoire de Lens et d’Hénin. Les MDS ont participé au pilotage de certains projets locaux comme les comités de pilotage « un emploi un toit sur le Montreuillois » ou autres projets sur l’Audomarois ;
- Plus généralement le partenariat avec Pas-de-Calais habitat et les MDS (Artois, Audomarois, Arrageois, Lens et Hénin) s’est concrétisé autour de la coordination des situations individuelles, notamment pour les parcours logement dit « complexes » (identification des potentiels, possibles de relogement) ;
- Enfin, des actions spécifiques ont été menées sur certains territoires. Par exemple, en juin 2023 s’est tenue une rencontre avec les territoires de l’Artois et du Ternois et Pas-de-Calais habitat pour envisager la mobilisation du bailleur dans le cadre notamment de l’accueil social inconditionnel de proximité.

Il convient de souligner que le bailleur est systématiquement présent aux comités techniques FSL.

Plus spécifiquement, en référence à l’objectif de la convention 2019-2023 « Favoriser l’accès au logement social, l’inclusion durable par le parcours logement », Pas-de-Calais habitat, au titre du déploiement du Logement d’abord, a participé sur l’Arrageois aux « groupes de résolution des situations particulières », prémices du déploiement d’une plateforme logement d’abord. Dans ce cadre, le bailleur a pu faire des propositions de relogement. De même, Pas-de-Calais habitat a participé à des rencontres mensuelles organisées par le coordinateur Logement d’abord du territoire de l’Audomarois.

Concernant l’objectif de « soutenir les parcours résidentiels des publics spécifiques » et l’accès au logement des publics « jeunes », Pas-de-Calais habitat a poursuivi le déploiement de son dispositif « 1 jeune 1 logement », avec le soutien financier du Département. En 2021, 35 jeunes ont pu être relogés et 37 en 2022.

Pas-de-Calais habitat, au-delà de sa participation aux commissions logement des jeunes des territoires, a répondu à l’appel à projet du Département « solutions logement » pour les jeunes qui ont eu un parcours ASE. Ainsi, en novembre 2023 et depuis le lancement du dispositif en 2019, 82 jeunes ont pu être relogés par le bailleur.

A titre d’illustration, Pas-de-Calais habitat s’est engagé fin 2023 dans deux opérations en faveur de l’hébergement des mineurs non accompagnés à Longuenesse (transformation d’une résidence étudiante) et à Arras (adaptation d’un foyer).

Pour contribuer à l’objectif de « renforcer le partenariat pour innover et être collectivement plus efficace dans la prévention des expulsions locatives », Pas-de-Calais habitat a particulièrement activé le Fonds de prévention des expulsions locatives créé par le Département en complément du Fonds de solidarité logement et cela, notamment sur le territoire du bassin minier.

Durant cette même période, les collaborations se sont approfondies avec la mise en place de rencontres thématiques en mai 2022 en présence des MDS (SLAI et SLISL) et des directeurs de Pas-de-Calais habitat sur la thématique de l’insertion et du logement pour contribuer à l’objectif « Soutenir l’insertion sociale et professionnelle au profit des publics prioritaires du Département ».

Concernant les achats socialement responsables (les clauses sociales), une collaboration Pas-de-Calais habitat / Département a été engagée, ainsi, les facilitateurs « clauses sociales » du Pas-de-Calais et le SIE (DPID) collaborent avec le bailleur à intégrer des actions d'insertion dans ses différents achats. Pas-de-Calais habitat s'est doté d'un logiciel de suivi interconnecté avec chaque logiciel « clause » des facilitateurs (fonctionnement identique à celui du Département). Les modalités d’organisation ont été formalisées sous forme d'engagements réciproques : ce document a été construit avec différents services de Pas-de-Calais habitat (achats, commande publique, insertion et production patrimoniale), les facilitateurs et le SIE.

L’office a fait le choix de généraliser une clause d’insertion dans l’ensemble de ses consultations, que cela concerne les travaux, la maintenance ou les prestations réalisées au sein de l’office. Une illustration concrète de cet engagement, le marché de rénovation des 400 logements vacants intègre une clause d’insertion qui a été construite avec les équipes départementales.

De manière plus générale, concernant l’emploi local des bénéficiaires du RSA, il avait également été acté dans la précédente convention la mise en place de chantiers écoles sur des travaux de rénovation de bâtiments appartenant au bailleur. Cela concerne par exemple le chantier école de Lens (avec l’APSA) ou encore le chantier école du Montreuillois (avec Campagnes Services).

La réalisation de l’objectif stratégique « améliorer le cadre et les conditions de vie des habitants » s’est également concrètement traduite durant cette période par la mobilisation d’une subvention d’investissement de 3 millions d’euros au profit de la réhabilitation thermique et une subvention de 4 millions d’euros au titre de la lutte contre la vacance technique pour remettre sur le marché locatif plus de 400 logements avant la fin de l’année 2024.

Enfin, il est également à rappeler que le Département se mobilise auprès de Pas-de-Calais habitat par le biais de la garantie d’emprunts qu’il apporte. Le capital restant dû par l’office, garanti par le Département, s’élève à 178 millions d’euros au 31 décembre 2023, soit 20% du total des encours « garantie » pour le logement social par la collectivité.`,
    },
    {
      number: '2',
      title: 'Objectifs partagés sur la période 2024-2033',
      body: `Objectif stratégique : Garantir une offre de logement social de qualité, rénovée et performante thermiquement sur l’ensemble du territoire départemental

1) Une politique globale de réhabilitation et de maintenance du parc locatif

La loi « climat et résilience » (Loi ELAN d’août 2021) rend obligatoire la réhabilitation des logements les moins performants thermiquement dans des délais prévus par ce texte :

- Pour les logements en classe G au 1er janvier 2025 (205 logements – 0,51% du parc),
- Pour les logements en classe F au 1er janvier 2028 (1 260 logements – 3,20 % du parc),
- Pour les logements en classe E au 1er janvier 2034 (8 780 logements – 22,24 % du parc).

Au-delà des obligations réglementaires introduites par cette loi qui contraint fortement l’ensemble des acteurs de l’habitat, l’office s’engage dans une politique générale de remise en état de son parc qui doit permettre :

- D’une part de réhabiliter les 10 245 logements soumis aux obligations de la loi Elan. Cet engagement de réhabilitation conduira l’office à mobiliser au cours des dix prochaines années près de 800 millions d’euros pour prendre en charge l’amélioration de la performance thermique de ces logements mais également, pour une large part du parc concerné, l’amélioration de l’état intérieur des logements afin de permettre aux locataires de disposer d’un cadre de vie de qualité.
- D’autre part, l’office prévoit également de réaliser un programme de maintenance plus ciblé pour 30 000 autres logements de son parc en menant notamment des travaux d’amélioration renforçant leur attractivité. Cette action complémentaire sera réalisée par l’office avec le soutien financier du Département en section de fonctionnement pour contribuer à garantir l’équité entre les locataires, par l’amélioration de l’état intérieur des logements qu’ils bénéficient ou non d’un programme de réhabilitation. Ainsi, l’office mobilisera, à travers le soutien du Département, une enveloppe annuelle de dépenses de maintenance de 20 à 25 millions d’euros. Cette enveloppe de dépense permet de prendre en charge des travaux de maintenance dans environ 2 500 logements chaque année et d’assurer la maintenance quotidienne du parc locatif.

La structure de l’offre de logement de l’office est aujourd’hui majoritairement composée de logements conventionnés présentant des loyers bas. Ce partenariat entre le Département et son office permettra donc de mettre à disposition, dans des conditions de loyers adaptés aux ressources des habitants du Département, des logements réhabilités et attractifs.

Cet effort partagé entre les deux institutions permettra également de réduire la vacance locative dans le parc de Pas-de-Calais habitat, et d’offrir à un nombre toujours croissant de demandeurs, un logement social. En effet, les successions de crises économiques, dont la dernière s’est traduite par une explosion de l’inflation supportée par les ménages, induit une augmentation régulière de la population éligible au logement social.

Le Département, chef de file des solidarités, et son office pourront, grâce aux deux orientations reprise ci-dessus, répondre à l’ambition partagée de proposer une offre de logements sociaux de qualité, performants thermiquement et adaptés aux besoins actuels à des coûts maîtrisés.

2) L’amélioration de l’offre d’établissements pour personnes âgées ou en situation de handicap, une réponse conjointe entre le Département et l’office aux besoins liés aux politiques de solidarité départementales

En complément des engagements sur le logement, l’office est également un des acteurs clés en matière d’hébergement, notamment au titre de la protection de l’enfance, des personnes âgées ou en situation de handicap.

Ces équipements, souvent gérés par des structures associatives, nécessiteront dans les années à venir d’importants travaux d’adaptation pour répondre aux besoins des résidents.

Ainsi, ce sont 58 résidences autonomie, foyers de vie et foyers d’hébergement qui totalisent 1839 lits qui devront faire l’objet d’un programme de travaux. L’office assure également la gestion de 60 béguinages totalisant 937 logements.

3) Les enjeux d’équité territoriale

- Assurer une offre de logement social dans les territoires ruraux :

Avec près de 750 communes de moins de 2 000 habitants, le monde rural regroupe près d’un tiers des habitants du Pas-de-Calais. Afin de leur offrir un service équivalent à celui des centres urbains, Pas-de-Calais habitat a créé un nouveau modèle d’agence rurale pour favoriser le développement d’une offre de logements sociaux, là où elle ne s’exprime pas spontanément malgré de réels besoins.

Trois agences ont ainsi été créées à Croisilles, Saint-Pol-sur-Ternoise et Lumbres. Au sein de ces nouveaux lieux d’accueil, des services dédiés sont déployés, adaptés à la faible densité des territoires ruraux, grâce à la présence de collaborateurs polyvalents.

Inscrite dans le projet politique de l’Office, une offre dédiée aux communes rurales continuera à être développée en partenariat étroit avec les communes et les EPCI. En effet, les dynamiques portées par certains bourgs doivent pouvoir s’appuyer sur une offre de logement social répondant à des enjeux croissants, tels que le logement des jeunes ménages ou celui des populations vieillissantes, thématiques sur lesquelles Pas-de-Calais habitat apporte déjà son expertise, à l’échelle départementale en lien avec la Plateforme Ingénierie 62.

Concrètement, Pas-de-Calais habitat se propose d’accompagner les communes rurales qui voudraient développer des logements sociaux dans des patrimoines existants dans les centralités des villages et des bourgs, l’office prendrait alors en charge la gestion de ces logements dont la propriété resterait à la commune.

- Contribuer au bien-vivre ensemble dans les quartiers politique de la ville :

Un tiers du parc de Pas-de-Calais habitat se situe dans des quartiers inscrits au titre de la politique de la ville en 2023. L’office intervient depuis de nombreuses années dans le cadre de plusieurs Programmes de renouvellement urbain (NPNRU) comme à Arras (tour Cézanne), Outreau (quartier de la tour du renard), Avion (quartier République) …

De son côté, le Département, en complément de ses actions à destination des collèges et des équipements sportifs ou culturels, soutient des projets de réhabilitation d’écoles, de construction de pôle social, de construction de lieux multiservice, d’aménagement de locaux en faveur d’associations… dans ces quartiers.

De plus, depuis 13 mai 2019, le Conseil départemental a délibéré en faveur de la mise en œuvre d’un appel à projets à destination des communes et EPCI afin de moderniser l’offre de services offerte aux habitants des quartiers prioritaires. Ces projets, élaborés de manière partenariale, contribuent à améliorer la cadre de vie des habitants et l’accès aux services publics, à promouvoir le lien social entre les habitants du quartier et à soutenir des actions de médiation en matière de cohésion sociale, de parentalité, de jeunesse…

En complément de cette politique publique départementale et dans le cadre du développement du partenariat avec Pas-de-Calais habitat, le Département pourra, selon les modalités d’une convention spécifique, accompagner des investissements réalisés directement par le bailleur en vue de poursuivre les objectifs ci-dessus énoncés et contribuant aux politiques publiques départementales tout en étant en cohérence avec les projets portés par les EPCI et les communes.

Objectif stratégique : Favoriser l’accès et le maintien dans un logement adapté aux publics accompagnés par les politiques départementales de solidarités humaines

En tant qu’office public départemental, Pas-de-Calais habitat assure un rôle social afin de garantir une offre locative accessible aux familles les plus modestes. Avec une présence effective de proximité dans 209 communes du Pas-de-Calais, les équipes de proximité sont en contact au quotidien avec près de 40 000 familles modestes ou économiquement fragiles.

Depuis plusieurs années, Pas-de-Calais habitat contribue ainsi à la déclinaison des politiques départementales en matière de logement, d’insertion, d’aménagement..., en témoigne le bilan figurant en article 2 de la présente convention.

Au regard des nouvelles ambitions inscrites dans le Pacte des Solidarités Humaines et en cohérence avec les orientations du PDALHPD et des schémas départementaux correspondants, plusieurs objectifs communs peuvent être partagés :

1) Favoriser l’accès au logement et le maintien dans le logement

- L’inclusion durable par le parcours lié au logement :

Le Département ambitionne d’accompagner l’accès et le maintien dans le logement des publics en difficulté à travers son principal outil, le Fonds de Solidarité Logement (FSL). Pas-de-Calais habitat participe financièrement au FSL au travers de la convention qui lie le Département avec l’Union Régionale de l’Habitat.

A ce titre, il convient de noter que la présente convention vise tout d’abord à poursuivre le partenariat déjà engagé avec Pas-de-Calais habitat sur les territoires. Ce partenariat se matérialise déjà à travers la participation du bailleur aux commissions locales FSL. Plus spécifiquement est également à poursuivre la participation du bailleur aux différentes instances de coordination organisées par les MDS qui traitent de situations individuelles, et ce, de manière à faciliter l’accès au logement des publics ou leur maintien dans le logement.

Enfin, à travers un partenariat resserré, le bailleur pourra être amené à faciliter le développement des accompagnements sociaux du FSL qui nécessitent une collaboration étroite avec les associations conventionnées. Cela pourra notamment être le cas pour le dispositif AML, sur les territoires où il est, à ce jour, peu développé.

Au titre du déploiement du Logement d’abord, tel que mis en œuvre par le Département du Pas-de-Calais sur la totalité de son territoire, le partenariat Département / Pas-de-Calais habitat permettra au bailleur de contribuer au relogement ou au maintien dans le logement, des publics en grande difficulté. A ce titre, des contacts privilégiés seront établis sur les territoires avec les coordinateurs logement d’abord.

De même, le bailleur participera aux différentes instances relatives au Logement d’abord, qu’elles soient territoriales ou départementales.

Enfin, le bailleur sera en appui des associations conventionnées au titre du Logement d’abord pour permettre le déploiement de solutions innovantes dans le cadre des accompagnements sociaux proposés (ex : colocations).

- Renforcer le partenariat pour innover et être collectivement plus efficace dans la prévention des expulsions locatives :

Le Département et Pas-de-Calais habitat ambitionnent conjointement de lutter contre les expulsions locatives. Outre le partenariat évoqué précédemment au titre du FSL et du Logement d’abord, notamment autour de la coordination relative aux situations individuelles, Pas-de-Calais habitat a su se saisir du Fonds de Prévention des Expulsions locatives mis en œuvre par le Département à travers le montage de demandes d’aides individuelles.

Aussi, il est souhaité la continuité de cette dynamique pendant la durée de la convention, sous réserve de la poursuite par l’Etat du financement du FPEL au titre du Pacte Local des Solidarités.

Enfin, une étude pourra être réalisée conjointement, voire avec l’appui de la CAF et de l’Etat s’ils souhaitent s’associer, pour mesurer plus finement le coût global (ex : impact sur la santé) d’une expulsion locative à partir du suivi d’un groupe de ménages.

2) Soutenir les parcours résidentiels des publics spécifiques

- Soutenir les parcours résidentiels des jeunes en situation de précarité et notamment des jeunes ayant eu un parcours ASE (Aide Sociale à l’Enfance) :

Comme indiqué dans l’article 1 de la convention, le partenariat Département / Pas-de-Calais habitat est déjà existant concernant ce public (« Un jeune Un logement » ou encore le dispositif « solution logement pour les jeunes majeurs ayant eu un parcours ASE »). La présente convention cherchera à augmenter le nombre de jeunes relogés par Pas-de-Calais habitat à travers ces deux dispositifs. Pour cela, Pas-de-Calais habitat s’engage à répondre aux appels à projets relatifs à l’inclusion durable portés par le Département sur l’accès au logement des jeunes.

L’intervention de Pas-de-Calais habitat et son expertise pourront être mobilisées au titre du partenariat à engager sur les territoires (ex : participation aux concertations relatives aux jeunes organisées par les MDS).

Enfin, de manière générale, est constatée la nécessité d’une offre de logements souple pour les jeunes (confrontés au manque de ressources, à la fluctuation des ressources et au besoin de mobilité géographique), de petites typologies, et situés dans des lieux adaptés. Aussi, il conviendra de poursuivre le développement de solutions de logement innovantes pour couvrir l’ensemble du territoire et notamment le recours à la colocation.

- Soutenir les parcours résidentiels des personnes âgées ou en situation de handicap :

Avec plus de 9708 locataires de plus 65 ans en 2022, Pas-de-Calais habitat est investi depuis plusieurs années pour le bien-vieillir au sein de ses logements mais aussi comme propriétaire de résidences autonomie.

L’évolution démographique actuelle nécessite une large mobilisation sur l’émergence de solutions adaptées au vieillissement de la population, tout comme dans le champ du handicap où des initiatives doivent être renforcées afin de favoriser une réelle inclusion.

Dans la continuité de la précédente convention et des objectifs de la conférence des financeurs de l’Habitat Inclusif, il s’agira de poursuivre le travail engagé pour déployer une nouvelle offre d’habitat inclusif qui s’adapte aux situations des personnes âgées ou en situation de handicap.

L’adaptation des logements à la perte d’autonomie fera également l’objet d’un travail partenarial. Chaque année 250 à 300 logements connaissent des travaux d’adaptation dans le parc de l’office.

Enfin, le maintien dans le logement des personnes âgées et des personnes en situation de handicap sera encouragé par une coordination accrue avec les maisons de l’autonomie autour des situations individuelles repérées (fragilités au domicile, isolement, adaptation du logement…).

- Soutenir le parcours résidentiel des gens du voyage :

Le schéma départemental d’accueil et d’habitat des gens du voyage ambitionne de déployer, sur certains territoires, des solutions d’habitat adaptées pour les gens du voyage. Pas-de-Calais habitat dispose d’une expertise importante sur le sujet, ayant été précurseur dans ce domaine en portant le premier habitat adapté du département, situé sur la commune d’Hénin-Beaumont.

Pas-de-Calais habitat s’engage à participer aux groupes de travail issus du schéma sur ce thème et à soutenir la création d’habitats adaptés pour répondre aux objectifs du schéma d’accueil et d’habitat des gens du voyage aux côtés des élus et plus généralement de valoriser le cahier des charges existant.

- Soutenir l’accès au logement des personnes victimes de violences intrafamiliales :

Depuis le 25 mars 2021, Pas-de-Calais habitat est signataire avec 16 autres bailleurs sociaux d’une convention de partenariat avec la Fédération Nationale Solidarité Femmes, qui a permis la mise en place d’un programme de sensibilisation aux violences conjugales et familiales dans le logement social. 120 salariés de Pas-de-Calais habitat ont pu participer à des formations pour identifier les cycles de la violence, repérer les situations problématiques puis orienter les victimes vers des structures adaptées.

Au titre de la lutte contre les violences intrafamiliales, Pas-de-Calais habitat partagera sa connaissance avec le Département des dispositifs mobilisables pour accompagner les victimes en cas de nécessité de départ du domicile jusqu’à l’accès à un nouveau logement.

De même, le partenariat pourra être renforcé en développant des relais locaux pour répondre aux situations complexes et en travaillant sur un support d’information commun destiné aux travailleurs sociaux pour faciliter les relogements.

3) Mutualiser et partager les ambitions et les moyens de lutte contre la précarité énergétique

En complément du repérage et de l’orientation des situations de précarité énergétique et leur orientation vers le FSL au titre de son volet Eau Énergie Téléphonie quand les ménages sont en dettes, Pas-de-Calais habitat pourra informer et sensibiliser les habitants sur leur consommation individuelle ou collective et les orienter quand cela est pertinent vers les actions de type AET (Action Énergie Territoire) déployées par le Département au titre du FSL.

Des agents de Pas-de-Calais habitat pourront également participer à des sessions de sensibilisation organisées par le Département à destination des professionnels pour accroitre le repérage et le traitement des situations problématiques.

Objectif stratégique : Soutenir l’insertion sociale et professionnelle

1) Les enjeux des Grands Chantiers

Dans le cadre des « grands chantiers » sur son territoire, le Département a fait le choix stratégique d’assurer une Assistance à Maîtrise d’Ouvrage en Insertion (AMOI) destinée à accompagner d’une part, les donneurs d’ordre dans la manière de concevoir les clauses sociales d’insertion, et d’autre part, les entreprises dans leurs réponses aux engagements d’insertion dont elles sont responsables.

Ainsi, qu’il s’agisse des marchés liés à l'Engagement pour le Renouveau du Bassin Minier (ERBM) ou au Canal Seine-Nord Europe, les opportunités pour les publics en insertion ne cessent de croître sur le territoire départemental.

Un travail devra être mené avec Pas-de-Calais habitat afin d’identifier les possibilités d’insertion créées par ces travaux auprès des locataires. Les temps de rencontre dédiés entre locataires et partenaires de l'insertion et de l'emploi organisés en bas des immeubles, ou lors d’événements susceptibles d’entrer dans cette logique de sensibilisation sont des moments propices à cette sensibilisation.

2) La mobilisation de la commande publique

Les signataires partagent l’objectif commun de mobiliser la commande publique de Pas-de-Calais habitat comme levier pour l’insertion professionnelle des habitants du Département. Avec l’accompagnement du Département, Pas-de-Calais habitat s’engage :

- à conforter les pratiques initiées en 2023 en lien avec les facilitateurs des clauses sociales et en appui du Service Insertion Emploi du Département,
- à renforcer la collaboration avec les facilitateurs sur l’anticipation et l’identification des marchés pouvant accueillir des clauses sociales,
- à diversifier les segments d’achats concernés par l’insertion professionnelle notamment les services.

3) La mobilisation de l’insertion par l’activité économique

Le Département s’engage, dans la limite des crédits annuellement affectés, à accompagner les opérations de type « chantier école » et « Un emploi un toit » réalisées par des structures d’insertion par l’activité économique sur le patrimoine de Pas-de-Calais habitat, ayant pour objet l’inclusion durable des bénéficiaires du RSA et/ou jeunes de moins de 26 ans ».

4) La mobilisation de l’offre de service de levée des freins

Le Département finance des dispositifs permettant notamment la levée des freins périphériques au retour à l’emploi (ex : mobilité, garde d’enfants, numérique …). Ainsi, Pas-de-Calais habitat s’engage :

- à agir dans le repérage de ces freins en tirant profit de sa proximité avec les publics. Le Département peut en ce sens faciliter la mise en relation avec les bons interlocuteurs et ainsi y apporter une réponse adaptée au besoin des locataires,
- dans une démarche proactive, à faciliter l’intervention des différents opérateurs au plus près des locataires par la mise en place de permanences et/ou de réunions d’information au sein de ses antennes territoriales.

Objectif stratégique : Garantir un accueil humain et adapté et aller au-devant des personnes vulnérables

1) Contribuer à l’accueil social inconditionnel de proximité

Cette engagement est inscrit dans le Pacte des solidarités humaines du Département. Chaque habitant du Pas-de-Calais, confronté à une difficulté sociale, doit pouvoir bénéficier d’un accueil, qu’il soit physique, téléphonique ou numérique, qui lui permette d’être pris en compte, écouté, informé et orienté vers le bon interlocuteur, quelle que soit sa situation.

Cet accueil et accompagnement des personnes en difficultés sociales sont susceptibles d’être réalisés au quotidien par un grand nombre d’acteurs (mairies, CCAS-CIAS, services sociaux départementaux, associations, Maisons France services, centres sociaux, établissements, bailleurs…) qui doivent par ailleurs se connaitre les uns et les autres pour être en mesure de réorienter le cas échéant les personnes vers le bon interlocuteur.

Les collaborations sont donc essentielles pour assurer cet accueil social inconditionnel de proximité (ASIP) à tous les habitants. Il s’agit de constituer une première ligne de points d’accueils sociaux coordonnés dans la logique où chaque porte est la bonne pour l’usager.

Implanté à proximité immédiate des habitants, des partenaires et des collectivités, Pas-de-Calais habitat compte 73 lieux d’accueil sur l’ensemble du département. 31 agences et 10 points de contact proposent des horaires adaptés et un accompagnement personnalisé, grâce à la mise en place de plages horaires élargies pour les rendez-vous. En 2023, 32 permanences seront également déployées au sein des communes, contre 7 actuellement.

Le Conseil départemental et Pas-de-Calais habitat s’associeront donc pour assurer ces fonctions d’accueil inconditionnel, d’information et d’orientation au plus proche des habitants, sur les territoires. Il s’agira par exemple de :

- faciliter l’articulation au local entre les points d’accueil de Pas-de-Calais habitat, les MDS, ainsi que les autres accueils sociaux du territoire. Cela pourra se concrétiser notamment par la désignation d’interlocuteur privilégié au local sur l’ASIP, des modalités de contact facilitées pour les personnels d’accueil (ligne directe, mail spécifique …), l’organisation de permanences dans des locaux partagés etc. ;
- mettre en place des actions locales pour assurer la connaissance réciproque des services (rencontres, sessions d’information, immersion des personnels d’accueil …) ;
- faciliter la prise de rendez-vous pour l’usager ;
- assurer une communication claire (partage de supports de communication, contribution dans le guide informatisé Wikisol62 …).

2) L’aller vers, un enjeu partagé

Au-delà de la fonction d’accueil, et pour assurer un accès aux droits fondamentaux, comme le droit au logement, le Conseil départemental et Pas-de-Calais habitat s’attacheront à travailler sur des approches hors les murs, pour aller à la rencontre des publics les plus fragiles. L’ « aller vers » doit permettre le repérage et la prévention des difficultés et donc une intervention la plus précoce possible pour résoudre les difficultés des personnes (budgétaires, impayés de loyer, mal-logement, isolement social, précarisation, perte d’autonomie, difficultés d’intégration dans le quartier …).

Pour cela, il s’agira par exemple d’expérimenter des permanences et des rendez-vous dans les lieux partagés, des actions d’information hors-les-murs, lors de manifestations locales, au pied des immeubles, etc. Il s’agira également d’assurer une communication et une information claire, lisible et accessible. La contribution de Pas-de-Calais habitat dans le guide ressources informatisé Wikisol62 est notamment attendue.

Des expérimentations spécifiques seront déployées sur ces champs en particulier sur les territoires du Ternois et de l’Artois.`,
    },
    {
      number: '3',
      title: 'Engagements des partenaires',
      body: `1) Engagements du Département du Pas-de-Calais

Le Département mobilisera une autorisation de programme de 100 millions d’euros et une autorisation d’engagement de 50 millions d’euros sur la période 2024-2033, hors garanties d’emprunts, pour accompagner Pas-de-Calais habitat dans la réhabilitation de son parc de logement (y compris les opérations de démolition-reconstruction) au titre :

- de la réhabilitation thermique en priorité des 10 245 logements classés E,F et G (26 % du parc), dont les parties communes et espaces collectifs ;
- de la réhabilitation/rénovation de logements actuellement vacants ou occupés qui nécessitent des travaux de maintenance (y compris parties communes et espaces collectifs).

Sous réserve des crédits votés, les engagements financiers du Département feront l’objet d’une délibération d’application annuelle proposée au vote de l’assemblée départementale au 1er trimestre de l’année concernée. Cette délibération sera complétée de deux conventions financières, la première au titre du soutien en investissement et la seconde au titre du soutien en fonctionnement au titre des travaux de maintenance.

Le Département continuera à examiner, dans le respect des dispositions du règlement départemental applicable en matière de garanties d’emprunts, les demandes déposées par l’office et réalisées pour mener à bien les ambitions partagées des signataires.

2) Engagements de Pas-de-Calais habitat

Le bailleur s’engage à mobiliser ses équipes et ressources pour concourir à la réalisation des objectifs définis dans l’article 2.

Le bailleur s’engage notamment à mener la politique de réhabilitation de son parc inscrit dans son PMT 2022/2024, et prochainement son PMT 2025/2030, et de communiquer au Département au plus tard en novembre de l’année précédente, les volumétries de réhabilitation et de travaux de maintenance que l’office prévoit de réaliser l’année suivante.

Pas-de-Calais habitat s’engage à actualiser et transmettre régulièrement (rythme semestriel) les tableaux de suivi de l'état d'avancement des opérations financées dans le cadre des conventions financières qui déclineront cette convention de partenariat.

Pas-de-Calais habitat s’engage à solliciter les aides du Département dans le respect des dispositions de la convention de partenariat et des conventions financières annuellement adoptées en mettant et en œuvre les actions visant à atteindre les objectifs définis.

En cas de difficulté de mise en œuvre durant la période définit à l’article 3, l’office s’engage à informer le Département de tout fait de nature à entraîner le non-respect des dispositions de la présente convention`,
    },
    {
      number: '4',
      title: 'Modalité de suivi du partenariat',
      body: `1) Comité de pilotage

Un comité de pilotage sera co-présidé par le Président du Département ou son représentant et par le Président de Pas-de-Calais habitat ou son représentant. Il se réunira au minimum une fois par an au quatrième trimestre de chaque année pour présenter les actions engagées dans l’année et faire le point sur les perspectives pour les années suivantes.

Cette réunion permettra de dresser le bilan de la convention cadre, de la convention annuelle de l’exercice en cours et préparer la convention d’application suivante.

2) Comité technique

Un comité technique se réunira semestriellement pour suivre la bonne exécution des différentes conventions et préparer la réunion annuelle du comité de pilotage.

Ce comité technique aura pour objet :

- La préparation de la réunion annuelle du comité de pilotage,
- Le suivi des différents objectifs de la convention cadre et des conventions d’application,
- La préparation annuelle de la convention d’application à venir,
- Le suivi de l’exécution financière des différentes conventions, notamment le suivi des opérations cofinancées et la production des éléments justificatifs.

Il sera constitué des représentants des services de Pas-de-Calais habitat et de ceux du Département du Pas-de-Calais :

- Pour l’office, la mise en œuvre de la convention est assurée par l’équipe technique sous l’autorité de son Directeur général.
- Pour le Département, le suivi technique des actions prévues dans la convention est assuré par chaque service départemental concerné et par la Direction accompagnement des territoires (DAT) qui assure la coordination du suivi global de la présente convention.

3) Réunions partenariales thématiques et territoriales

D’autres rencontres peuvent être envisagées en fonction des besoins identifiés et des sujets à partager notamment en développant les échanges entre les directions territoriales de Pas-de-Calais habitat et les maisons départementales. Plus globalement, toutes initiatives visant à renforcer les collaborations entre les parties seront à promouvoir.`,
    },
    {
      number: '5',
      title: 'Contrôle',
      body: `Le Département se réserve le droit de contrôler ou de faire contrôler, à tout moment, auprès de l’organisme, par toute personne désignée à cet effet, le déroulement ou l'effectivité des actions mises en œuvre dans le cadre de la présente convention de partenariat ainsi que tout document comptable et budgétaire dans le cadre de l’exécution des conventions financières annuelles.`,
    },
    {
      number: '6',
      title: 'Communication',
      body: `Pas-de-Calais habitat et le Département inscrivent leurs actions dans un partenariat mettant en évidence leur implication respective.

Sur les supports suivants, le logo du Conseil départemental « 62, Pas-de-Calais Mon Département » devra figurer de façon parfaitement visible et lisible (téléchargement sur le site https://pasdecalais.fr.) :

- Sur les supports de communication :
  - Documents de communication (rapport, affiches, plaquettes, flyers, journal aux locataires …),
  - Signalétique de chantier (hors signalétique de « sécurité »),
  - Signalétique événementielle (promotion du chantier/travaux),
  - Invitations officielles : les invitations destinées à annoncer les poses de 1ère pierre, inaugurations ou visites de chantiers, doivent être soumises au Département pour validation avant impression et envoi.
- Pendant et après les travaux dans le cas particulier de travaux sur les bâtiments.

Dans tous les cas, il est impératif de valoriser le partenariat avec le Département auprès de la population par la transmission de tout élément justifiant la promotion et la communication de l’aide apportée :

- Visuels au format PDF (affiches, flyers, plaque d’inauguration…), photos,
- Articles (journal, presse locale, site Internet, post réseaux sociaux),
- Reportages vidéo (par lien),
- Récapitulatif des actions de promotion menées sur le terrain auprès de la population.

L’ensemble des obligations de communication ainsi que la charte graphique du Département du Pas-de-Calais figurent sur le site internet du Département : https://pasdecalais.fr, rubrique « Partenaires », sous rubrique « Contreparties communication ».`,
    },
    {
      number: '7',
      title: 'Durée de la convention',
      body: `La présente convention couvre la période allant du 1er janvier 2024 au 31 décembre 2033. Elle pourra, si nécessaire, être prolongée par voie d’avenant.`,
    },
    {
      number: '8',
      title: 'Avenant',
      body: `Toute modification à la présente convention fera l’objet le cas échéant d’un avenant signé par les parties.`,
    },
    {
      number: '9',
      title: 'Résiliation',
      body: `En cas de non-respect par l’une ou l’autre partie des engagements respectifs inscrits dans la présente convention, celle-ci pourra être résiliée de plein droit par l’une ou l’autre partie à l’expiration d’un délai de trois mois suivant l’envoi d’une lettre recommandée avec accusé de réception valant mise en demeure.`,
    },
    {
      number: '10',
      title: 'Voies de recours',
      body: `En cas de litige dans l’interprétation ou l’exécution de la présente convention, et à défaut d’accord amiable entre les parties, le différend sera porté devant le tribunal administratif de Lille.`,
    },
  ],
};

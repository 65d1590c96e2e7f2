/**
 * Généré depuis la description OpenAPI de l'API (GET /api/docs/json) par `npm run api:generate`.
 * Ne pas modifier à la main : `npm run api:check` (dans `npm test`) vérifie qu'il est à jour.
 */
export interface paths {
  '/api/account/calendar-feed': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mon lien d’agenda : actif ou non (le lien lui-même ne se montre qu’à sa création) */
    get: operations['getAccountCalendarFeed'];
    put?: never;
    /** Créer ou régénérer mon lien d’agenda secret ; l’ancien cesse aussitôt de fonctionner */
    post: operations['postAccountCalendarFeed'];
    /** Révoquer mon lien d’agenda */
    delete: operations['deleteAccountCalendarFeed'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/action-items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Suivre une action : statut, échéance, commentaire, réunion où le point a été fait */
    patch: operations['patchActionItemsById'];
    trace?: never;
  };
  '/api/agenda-items/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Modifier un point non encore voté */
    patch: operations['patchAgendaItemsById'];
    trace?: never;
  };
  '/api/agenda-items/{id}/recusals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Membres ne prenant pas part aux débats et au vote du point, avec leur motif */
    put: operations['putAgendaItemsByIdRecusals'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agenda-items/{id}/vote': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Vote du point, par membre ou en totaux (pour, contre, abstention, ne prend pas part) ; quorum du point exigé (422) ; résultat calculé */
    put: operations['putAgendaItemsByIdVote'];
    post?: never;
    /** Supprimer le vote d'un point (séance non close) */
    delete: operations['deleteAgendaItemsByIdVote'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/allocations/{id}/funding-agreement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Établir la convention financière d'une délibération d'application (échéancier = montant exact) */
    post: operations['postAllocationsByIdFundingAgreement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Événements du journal, filtrés et paginés */
    get: operations['getAudit'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/checkpoints': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Points de contrôle signés de la chaîne, à conserver hors de Copil */
    get: operations['getAuditCheckpoints'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Vérifie la chaîne d’empreintes du journal */
    get: operations['getAuditVerify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Se connecter avec une adresse électronique et un mot de passe */
    post: operations['postAuthLogin'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Se déconnecter */
    post: operations['postAuthLogout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Authentification unique (OpenID Connect) : configurée ou non, et son libellé */
    get: operations['getAuthOidc'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Retour du fournisseur d’identité : ouvre une session Copil et mène à l’accueil */
    get: operations['getAuthOidcCallback'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/oidc/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Commencer la connexion par authentification unique : redirige vers le fournisseur d'identité */
    get: operations['getAuthOidcLogin'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/options': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ce que propose la page de connexion (mot de passe oublié par courriel) */
    get: operations['getAuthOptions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Changer son propre mot de passe (l’actuel est demandé) ; les autres sessions prennent fin */
    post: operations['postAuthPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-links/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ce que dit un lien reçu par courriel, s’il est encore valable */
    post: operations['postAuthPasswordLinksCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-links/use': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Choisir son mot de passe avec un lien reçu par courriel (une seule fois) ; ouvre une session */
    post: operations['postAuthPasswordLinksUse'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mot de passe oublié : envoie un lien par courriel (même réponse que l’adresse ait un compte ou non) */
    post: operations['postAuthPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** La session en cours, son utilisateur et son jeton CSRF */
    get: operations['getAuthSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une instance : règles, mandats, délégations données et reçues, séances */
    get: operations['getBodiesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Modifier le nom, les règles ou le signataire des extraits d'une instance */
    patch: operations['patchBodiesById'];
    trace?: never;
  };
  '/api/bodies/{id}/action-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Actions d'une instance, avec leur historique de suivi */
    get: operations['getBodiesByIdActionItems'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies/{id}/mandates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ajouter un mandat (début, fin, rôle, qualité, voix délibérative) */
    post: operations['postBodiesByIdMandates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies/{id}/meetings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Créer une réunion de COPIL, COTECH ou réunion thématique ; sans ordre du jour fourni, celui de l'instance (pour le COTECH : ses quatre objets de l'article 4) */
    post: operations['postBodiesByIdMeetings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies/{id}/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Séances (et réunions) d'une instance */
    get: operations['getBodiesByIdSessions'];
    put?: never;
    /** Créer une séance d'une instance délibérante, avec son ordre du jour ; avertit si la convocation est trop tardive */
    post: operations['postBodiesByIdSessions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/bodies/{id}/standing-members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Membres permanents d'une instance (personne, organisation, service, rôle) */
    get: operations['getBodiesByIdStandingMembers'];
    /** Membres permanents d'une instance, tenus par le coordinateur du Département ; ils pré-remplissent les participants d'une réunion */
    put: operations['putBodiesByIdStandingMembers'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/{file}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Flux iCalendar (RFC 5545) des échéances, par lien secret (sans session) ; 404 si le lien est inconnu ou révoqué */
    get: operations['getCalendarByFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/commitments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un engagement, son état par année et son historique */
    get: operations['getCommitmentsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/commitments/{id}/statuses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Renseigner l’état d’un engagement pour une année (partie responsable) */
    post: operations['postCommitmentsByIdStatuses'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication-events/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un événement : versions de l’invitation et décisions, justificatifs et leur vérification */
    get: operations['getCommunicationEventsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication-events/{id}/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Soumettre le projet d'invitation (office), avant impression ; une nouvelle version après une demande de modifications */
    post: operations['postCommunicationEventsByIdInvitations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication-events/{id}/invitations/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Valider l'invitation ou demander des modifications (Département) */
    post: operations['postCommunicationEventsByIdInvitationsDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/communication-events/{id}/proofs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Déposer un justificatif de publicité (visuel, photo, article, lien vidéo, récapitulatif) */
    post: operations['postCommunicationEventsByIdProofs'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Conventions visibles par l’utilisateur */
    get: operations['getConventions'];
    put?: never;
    /** Créer une convention entre un Département et un bailleur (administrateur) */
    post: operations['postConventions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une convention telle que modifiée à une date (aujourd’hui par défaut) : en-tête, parties, articles, avenants en vigueur */
    get: operations['getConventionsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/amendments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Avenants d’une convention et leurs modifications */
    get: operations['getConventionsByIdAmendments'];
    put?: never;
    /** Enregistrer un avenant (refusé s’il casse une règle) */
    post: operations['postConventionsByIdAmendments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/annual-review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bilan annuel d'une année en PDF (lecture) ou DOCX (modification) : objectifs, engagements, indicateurs et graphique, finances, opérations, trajectoire, gouvernance, obligations */
    get: operations['getConventionsByIdAnnualReview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/bodies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Instances de la convention, avec leurs règles et le nombre de membres en exercice */
    get: operations['getConventionsByIdBodies'];
    put?: never;
    /** Créer une instance ; sans règles fournies, elle reçoit le jeu de règles de son type */
    post: operations['postConventionsByIdBodies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Échéances de la convention avec leur statut du jour ou d'une date donnée (asOf : à venir, échéance proche, en retard, fait) et leur preuve ; filtres : période d'échéance, partie, statut */
    get: operations['getConventionsByIdCalendar'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/communication-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Événements et opérations soumis aux obligations de communication : supports exigés, invitation, justificatifs */
    get: operations['getConventionsByIdCommunicationEvents'];
    put?: never;
    /** Déclarer un événement (première pierre, inauguration, visite, travaux) et les supports où le logo doit figurer */
    post: operations['postConventionsByIdCommunicationEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/controls': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Missions de contrôle (article 5) */
    get: operations['getConventionsByIdControls'];
    put?: never;
    /** Enregistrer une mission de contrôle : dates, contrôleur, périmètre, constats, suites, pièces */
    post: operations['postConventionsByIdControls'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/copil-pack': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dossier du COPIL : le bilan de l'année et le projet de demande de l'année suivante (prévisionnel de volumes, montants demandés), en PDF ou DOCX */
    get: operations['getConventionsByIdCopilPack'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/dashboard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tableau de bord d'une convention : enveloppes, trajectoire, tableaux semestriels, échéances en retard, indicateurs hors cible, prochaines réunions */
    get: operations['getConventionsByIdDashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/decision-targets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ce que décident les délibérations de la convention (enveloppes, délibérations d'application, conventions financières…), chacun avec sa délibération */
    get: operations['getConventionsByIdDecisionTargets'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Délibérations des instances de la convention (filtre par instance et année) */
    get: operations['getConventionsByIdDecisions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/delegations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Délégations de pouvoirs entre les instances de la convention */
    get: operations['getConventionsByIdDelegations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Déposer une pièce justificative (multipart, champ « file » ; PDF, images, tableurs, documents) */
    post: operations['postConventionsByIdDocuments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/duties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Obligations de la convention : partie, article, récurrence, preuve attendue, délais de rappel */
    get: operations['getConventionsByIdDuties'];
    put?: never;
    /** Ajouter une obligation (administrateur) ; ses échéances sont créées sur toute la période */
    post: operations['postConventionsByIdDuties'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/evidence-bundle.zip': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Dossier de preuves (article 5) à une date : convention telle que modifiée, délibérations et extraits, conventions financières, demandes de paiement et pièces, tableaux d'avancement, journal d'audit (CSV) et vérification de sa chaîne, manifeste SHA-256 */
    get: operations['getConventionsByIdEvidenceBundleZip'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/exports/convention.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Toutes les données de la convention dans un classeur xlsx : convention, engagements, finances, trajectoire, opérations, gouvernance, obligations, indicateurs */
    get: operations['getConventionsByIdExportsConventionXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/exports/finances.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un tableau des finances en CSV pour Excel (point-virgule, UTF-8 avec BOM) */
    get: operations['getConventionsByIdExportsFinancesCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/exports/finances.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Classeur des finances : enveloppes, délibérations, conventions financières, échéanciers, demandes de versement, garanties */
    get: operations['getConventionsByIdExportsFinancesXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/exports/indicateurs.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tableau des indicateurs en xlsx : indicateurs, cibles et valeurs par année, toutes les saisies */
    get: operations['getConventionsByIdExportsIndicateursXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/exports/operations.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Exporter la liste des opérations (xlsx), avec les mêmes filtres */
    get: operations['getConventionsByIdExportsOperationsXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/exports/scdl-deliberations.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Données ouvertes : délibérations au format SCDL « délibérations » (CSV, virgule, UTF-8), validées avant export */
    get: operations['getConventionsByIdExportsScdlDeliberationsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/exports/scdl-subventions.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Données essentielles des conventions de subvention (décret 2017-779) au format SCDL subventions 2.1.1 : CSV, virgule, UTF-8 */
    get: operations['getConventionsByIdExportsScdlSubventionsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/finance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Enveloppes AP/AE : voté, alloué, engagé, demandé, versé, reste ; par année ; prévision et alertes */
    get: operations['getConventionsByIdFinance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/funding-agreements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Conventions financières annuelles et leurs échéanciers */
    get: operations['getConventionsByIdFundingAgreements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/guarantee-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Demandes de garantie d'emprunt de l'office : pièces, examen, décision */
    get: operations['getConventionsByIdGuaranteeRequests'];
    put?: never;
    /** Déposer une demande de garantie d'emprunt (responsable de l'office), avec ses pièces déposées par /api/conventions/{id}/documents */
    post: operations['postConventionsByIdGuaranteeRequests'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/guarantees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Registre des garanties d'emprunt et encours garanti à une date */
    get: operations['getConventionsByIdGuarantees'];
    put?: never;
    /** Inscrire un emprunt garanti */
    post: operations['postConventionsByIdGuarantees'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/indicators': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Indicateurs de la convention par objectif : cibles annuelles, valeurs, écart à la cible */
    get: operations['getConventionsByIdIndicators'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les personnes des instances de la convention, avec toutes leurs graphies et leurs mandats */
    get: operations['getConventionsByIdMembers'];
    put?: never;
    /** Enregistrer une personne (un même nom normalisé désigne une seule personne : 409 sinon) */
    post: operations['postConventionsByIdMembers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/members/resolve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Qui désigne un nom écrit dans une source (« Madame Fatima AIT CHIKHEBI ») : found, ambiguous ou unknown */
    get: operations['getConventionsByIdMembersResolve'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/objectives': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Objectifs → axes → engagements, avec l’état de chaque engagement pour une année */
    get: operations['getConventionsByIdObjectives'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Opérations d'une convention, filtrées par nature, état, EPCI, année de livraison */
    get: operations['getConventionsByIdOperations'];
    put?: never;
    /**
     * Créer une opération (office) : logements, classes visées, phases, coûts, plan de financement
     * @description Refusé, sans rien enregistrer : phases dans le désordre ou livraison avant le début, classe visée moins bonne que la classe actuelle, logement déjà dans une autre réhabilitation en cours (409), financements supérieurs au coût.
     */
    post: operations['postConventionsByIdOperations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/payment-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Demandes de versement d'une convention (file d'instruction), par état */
    get: operations['getConventionsByIdPaymentRequests'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/progress-tables': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tableaux d'avancement d'une convention, par semestre */
    get: operations['getConventionsByIdProgressTables'];
    put?: never;
    /** Ouvrir le tableau d’un semestre (office), pré-rempli depuis les opérations */
    post: operations['postConventionsByIdProgressTables'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/reported-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Faits signalés par l'office au Département : accusé de réception, suivi, clôture */
    get: operations['getConventionsByIdReportedEvents'];
    put?: never;
    /** Signaler un fait (incident, retard, évolution du coût…) concernant une opération, un engagement ou le programme */
    post: operations['postConventionsByIdReportedEvents'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/signature': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Enregistrer la date et le lieu de signature */
    put: operations['putConventionsByIdSignature'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/termination-notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mises en demeure et résiliation (article 9) */
    get: operations['getConventionsByIdTerminationNotices'];
    put?: never;
    /** Enregistrer une mise en demeure ; calcule la date d’effet au plus tôt */
    post: operations['postConventionsByIdTerminationNotices'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/volume-forecasts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Prévisionnels par année, comparés au voté (délibération) et au réalisé */
    get: operations['getConventionsByIdVolumeForecasts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/volume-forecasts/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Enregistrer le prévisionnel d'une année (office), tant qu'il n'est pas transmis */
    put: operations['putConventionsByIdVolumeForecastsByYear'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/volume-forecasts/{year}/review': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accepter le prévisionnel transmis, ou le renvoyer à l'office avec un motif (coordinateur du Département) */
    post: operations['postConventionsByIdVolumeForecastsByYearReview'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/conventions/{id}/volume-forecasts/{year}/submit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transmettre le prévisionnel d'une année au Département (dû le 30 novembre de l'année précédente) */
    post: operations['postConventionsByIdVolumeForecastsByYearSubmit'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une délibération : numéro, date, code ACTES, votes, objets liés, délégation citée, transmission, rectifications */
    get: operations['getDecisionsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Modifier une délibération tant que le procès-verbal n'est pas approuvé (409 ensuite) */
    patch: operations['patchDecisionsById'];
    trace?: never;
  };
  '/api/decisions/{id}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rectifier une délibération dont le procès-verbal est approuvé (la rectification est enregistrée comme telle) */
    post: operations['postDecisionsByIdCorrections'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions/{id}/delegations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** La délibération délègue des pouvoirs à une autre instance (matière, années) */
    post: operations['postDecisionsByIdDelegations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions/{id}/extract.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Extrait du procès-verbal / du registre des délibérations, en DOCX (à modifier et signer) */
    get: operations['getDecisionsByIdExtractDocx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions/{id}/extract.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Extrait du procès-verbal / du registre des délibérations, en PDF */
    get: operations['getDecisionsByIdExtractPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions/{id}/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Ce que décide la délibération dans Copil : convention, avenant, délibération d'application, convention financière, garantie */
    put: operations['putDecisionsByIdLinks'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/decisions/{id}/transmission': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Transmission au contrôle de légalité (préfecture) : date et autorité */
    put: operations['putDecisionsByIdTransmission'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Télécharger une pièce */
    get: operations['getDocumentsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/duties/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Modifier une obligation (administrateur) ; les échéances non faites suivent, celles faites restent */
    patch: operations['patchDutiesById'];
    trace?: never;
  };
  '/api/duty-instances/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une échéance : obligation, période, date due (reportée au jour ouvré), statut, preuve */
    get: operations['getDutyInstancesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/duty-instances/{id}/done': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marquer une échéance faite, avec une pièce de la convention (partie qui doit l'obligation seulement) */
    post: operations['postDutyInstancesByIdDone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dwellings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un logement */
    get: operations['getDwellingsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dwellings/{id}/operations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Classe retenue d'un logement à une date (classe visée de la dernière opération livrée, sinon classe DPE) et ses opérations */
    get: operations['getDwellingsByIdOperations'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/dwellings/{id}/retirement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sortir un logement du parc (vente, démolition, fusion) à une date : il quitte la trajectoire à partir de cette date (agents de l’office, administrateur) */
    post: operations['postDwellingsByIdRetirement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/envelopes/{id}/allocations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enregistrer la délibération d'application d'une année (Σ ≤ enveloppe révisée) */
    post: operations['postEnvelopesByIdAllocations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/envelopes/{id}/revisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Réviser une enveloppe par délibération (jamais sous le montant déjà alloué) */
    post: operations['postEnvelopesByIdRevisions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/establishments/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Modifier un établissement */
    put: operations['putEstablishmentsById'];
    post?: never;
    /** Supprimer un établissement */
    delete: operations['deleteEstablishmentsById'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/exports/table.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Un tableau tel que la page l'affiche, en xlsx : titre, en-têtes, cellules (montants, nombres, pourcentages et dates en cellules typées) */
    post: operations['postExportsTableXlsx'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/funding-agreements/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une convention financière : échéancier, affectations, totaux, reversements */
    get: operations['getFundingAgreementsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/funding-agreements/{id}/affectations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Affecter un montant à une opération (Σ ≤ convention) */
    post: operations['postFundingAgreementsByIdAffectations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/funding-agreements/{id}/payment-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Établir une demande de versement sur une ligne de l'échéancier (office) */
    post: operations['postFundingAgreementsByIdPaymentRequests'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/funding-agreements/{id}/reimbursements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Émettre un titre de recette pour une somme non justifiée */
    post: operations['postFundingAgreementsByIdReimbursements'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/governance/reference': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Jeux de règles prêts à l'emploi (CA et Bureau d'OPH, assemblée et Commission permanente du Département, COPIL, COTECH), nomenclature ACTES, matières */
    get: operations['getGovernanceReference'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/guarantee-requests/{id}/decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Décision de la Commission permanente ou du Conseil départemental ; accordée, la garantie entre au registre */
    post: operations['postGuaranteeRequestsByIdDecision'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/guarantee-requests/{id}/examination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mettre en examen une demande de garantie, ou compléter les notes d'examen (Département) */
    post: operations['postGuaranteeRequestsByIdExamination'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/guarantees/{id}/balances': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Capital restant dû à une date */
    put: operations['putGuaranteesByIdBalances'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** État du service et de sa base (versions : administrateur connecté seulement) */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le processus répond (sans interroger la base) */
    get: operations['getHealthLive'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/indicators/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un indicateur, ses cibles et tout l’historique de ses valeurs */
    get: operations['getIndicatorsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/indicators/{id}/values': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Saisir la valeur d’une période (partie responsable ; journalisé, jamais écrasé) */
    post: operations['postIndicatorsByIdValues'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/letting-ban-calendars': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Versions datées du calendrier d’interdiction de location (métropole, outre-mer) et celle en vigueur à « asOf » */
    get: operations['getLettingBanCalendars'];
    put?: never;
    /** Ajouter une version datée du calendrier (administrateur) : échéances par territoire, chaque classe interdite à partir d’une date ; la trajectoire suit la version en vigueur */
    post: operations['postLettingBanCalendars'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/mandates/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Modifier un mandat (fin, rôle, qualité…) */
    patch: operations['patchMandatesById'];
    trace?: never;
  };
  '/api/meetings/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une réunion : ordre du jour, participants des deux parties, compte rendu, décisions, actions décidées et actions à suivre des réunions précédentes */
    get: operations['getMeetingsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Modifier la date, le lieu ou le compte rendu */
    patch: operations['patchMeetingsById'];
    trace?: never;
  };
  '/api/meetings/{id}/action-items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Décider une action : responsable, échéance */
    post: operations['postMeetingsByIdActionItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/co-chairs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Coprésidents du COPIL (article 4) : un pour le Département, un pour le bailleur, membre connu ou nommé ; chacun est participant de la réunion */
    put: operations['putMeetingsByIdCoChairs'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/decisions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ajouter une décision au relevé de décisions */
    post: operations['postMeetingsByIdDecisions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/minutes.docx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Compte rendu de la réunion en DOCX (à modifier) */
    get: operations['getMeetingsByIdMinutesDocx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/minutes.pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Compte rendu de la réunion en PDF : coprésidents, participants, ordre du jour, compte rendu, décisions, actions */
    get: operations['getMeetingsByIdMinutesPdf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/participants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Participants (membre connu ou nom : une graphie connue retrouve la personne) */
    put: operations['putMeetingsByIdParticipants'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/meetings/{id}/standing-members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Inviter à la réunion les membres permanents de l'instance (présents ; les participants déjà listés restent) */
    post: operations['postMeetingsByIdStandingMembers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/members/{id}/spellings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ajouter une autre graphie d'une personne (ex. « AIT CHIKHEBI » pour « AIT-CHIKHEBBIH ») */
    post: operations['postMembersByIdSpellings'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mes notifications (rappels d’échéance et retards), les plus récentes d’abord, et le nombre de non lues */
    get: operations['getNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marquer une notification lue */
    post: operations['postNotificationsByIdRead'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Marquer toutes mes notifications lues */
    post: operations['postNotificationsReadAll'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/operations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une opération : phases, logements, financements, demandes de versement */
    get: operations['getOperationsById'];
    /** Modifier une opération (office), avec les mêmes contrôles */
    put: operations['putOperationsById'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organisations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liste des organisations (administrateur) */
    get: operations['getOrganisations'];
    put?: never;
    /** Créer une organisation (SIRET contrôlé) */
    post: operations['postOrganisations'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payment-requests/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une demande : pièces, pièces manquantes, historique, versement */
    get: operations['getPaymentRequestsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payment-requests/{id}/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Joindre une pièce déposée à la demande, pour une pièce exigée */
    post: operations['postPaymentRequestsByIdDocuments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payment-requests/{id}/payment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enregistrer le versement (mandat) d’une demande validée */
    post: operations['postPaymentRequestsByIdPayment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/payment-requests/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transmettre, renvoyer pour complément, valider (service fait) ou rejeter */
    post: operations['postPaymentRequestsByIdTransitions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/progress-tables/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un tableau : lignes, commentaires, versions transmises, actions possibles */
    get: operations['getProgressTablesById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/progress-tables/{id}/diff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Différences avec le tableau d'un autre semestre */
    get: operations['getProgressTablesByIdDiff'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/progress-tables/{id}/rows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Mettre à jour les lignes (office), tout ou rien */
    put: operations['putProgressTablesByIdRows'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/progress-tables/{id}/rows/{operationId}/review-comment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Commentaire du Département sur une opération du tableau transmis */
    put: operations['putProgressTablesByIdRowsByOperationIdReviewComment'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/progress-tables/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Transmettre (office), renvoyer avec motif ou accepter (coordinateur DAT) */
    post: operations['postProgressTablesByIdTransitions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/progress-tables/{id}/xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Télécharger le tableau en xlsx (colonne Identifiant protégée) */
    get: operations['getProgressTablesByIdXlsx'];
    put?: never;
    /**
     * Renvoyer le tableau xlsx modifié (multipart, champ « file »), tout ou rien
     * @description Refusé avec la ligne et la colonne de chaque erreur : fichier d'un autre semestre, colonnes changées, identifiant modifié, valeur invalide. Rien n'est enregistré en cas d'erreur.
     */
    post: operations['postProgressTablesByIdXlsx'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/publicity-proofs/{id}/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Vérifier un justificatif (Département) : accepté ou refusé */
    post: operations['postPublicityProofsByIdCheck'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reported-events/{id}/acknowledgement': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accuser réception du fait signalé (Département) */
    post: operations['postReportedEventsByIdAcknowledgement'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reported-events/{id}/closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Clore le suivi du fait, avec une note (Département) */
    post: operations['postReportedEventsByIdClosure'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/reported-events/{id}/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ajouter une note de suivi (office ou Département) */
    post: operations['postReportedEventsByIdNotes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Une séance : présences, pouvoirs, quorum à l’ouverture et par point, votes, résultat et sa formule, avertissements */
    get: operations['getSessionsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Modifier la date, le lieu, la convocation ou le président d'une séance prévue */
    patch: operations['patchSessionsById'];
    trace?: never;
  };
  '/api/sessions/{id}/attendance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Présences : présent, représenté (pouvoir à un membre présent), excusé, absent ; arrivée et départ par point. Pouvoir refusé (422) : donné par un présent, à un absent, second pouvoir au même mandataire */
    put: operations['putSessionsByIdAttendance'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Clore la séance : délibérations numérotées par instance et par année ; sans quorum ni vote, séance enregistrée « quorum non atteint », points reportés */
    post: operations['postSessionsByIdClose'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ajouter un point à l'ordre du jour (rapporteur, rapport, projet de délibération, matière, code ACTES) */
    post: operations['postSessionsByIdItems'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/minutes-approval': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approbation du procès-verbal : les délibérations de la séance deviennent non modifiables (rectifications seulement) */
    post: operations['postSessionsByIdMinutesApproval'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/sessions/{id}/second-convocation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Seconde convocation après une séance sans quorum : nouvelle séance reprenant les points reportés, sans condition de quorum si le règlement le prévoit */
    post: operations['postSessionsByIdSecondConvocation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stock-imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Un import : état, progression (pour la barre de progression), comptes, premières erreurs */
    get: operations['getStockImportsById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stock-imports/{id}/errors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les erreurs d’un import (ligne, colonne, valeur, message), paginées ; les 1 000 premières sont conservées, toutes sont comptées */
    get: operations['getStockImportsByIdErrors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stock-imports/{id}/errors.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le fichier des erreurs d’un import (CSV « ; » pour Excel) */
    get: operations['getStockImportsByIdErrorsCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stock-imports/template.xlsx': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Le modèle xlsx d’import (feuille Logements + notice des colonnes) */
    get: operations['getStockImportsTemplateXlsx'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les patrimoines que la personne connectée peut voir (son bailleur, ceux avec qui son organisation a une convention ; tous pour l’administrateur) */
    get: operations['getStocks'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Chiffres du patrimoine d'un bailleur : logements, collectif / individuel, étiquettes DPE (énergie, GES, retenue = la pire des deux), sans DPE, communes, EPCI, QPV, établissements, dernier import ; indique s'il s'agit de données de démonstration */
    get: operations['getStocksById'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocks/{id}/dwellings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Logements du patrimoine, paginés ; filtres : commune, EPCI, QPV (in/out), classes retenues (liste « E,F,G »), type de construction, recherche sur les identifiants et l’adresse */
    get: operations['getStocksByIdDwellings'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocks/{id}/establishments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Établissements du bailleur : résidences autonomie, foyers (lits), béguinages (logements), gestionnaire */
    get: operations['getStocksByIdEstablishments'];
    put?: never;
    /** Ajouter un établissement (agents de l’office, administrateur) */
    post: operations['postStocksByIdEstablishments'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocks/{id}/exports/dwellings/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les logements (avec les filtres de la liste) en xlsx ou en CSV pour Excel (« ; », UTF-8 avec BOM) */
    get: operations['getStocksByIdExportsDwellingsByFormat'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocks/{id}/exports/trajectory/{format}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** La trajectoire en xlsx (échéances, puis par commune, EPCI, QPV et type) ou en CSV (échéances) */
    get: operations['getStocksByIdExportsTrajectoryByFormat'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocks/{id}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Les imports du patrimoine, du plus récent au plus ancien */
    get: operations['getStocksByIdImports'];
    put?: never;
    /**
     * Importer le patrimoine (multipart, champ « file ») : RPLS en CSV « ; » (UTF-8 ou Latin-1, formes récente, ancienne et _red) ou modèle xlsx
     * @description Fichier de 100 Mo au plus, lu en flux. Chaque ligne est vérifiée ; toute erreur est rapportée avec sa ligne, sa colonne et sa raison.
     *
     *     Tout ou rien : un fichier dont une ligne est invalide n’importe rien (400, `importId` et `errorFile` dans la réponse), sauf avec `mode=valid_rows_only` (paramètre d’adresse, ou champ « mode » du formulaire placé avant le fichier), qui importe les lignes valides et rapporte les autres.
     *
     *     Un nouvel import met à jour les logements par identifiant (IDENT_REP, sinon IDENT_INT) et rapporte les logements créés, modifiés, inchangés et absents (signalés, jamais supprimés). Le premier import remplace le patrimoine de démonstration.
     *
     *     Pendant l’import, GET /api/stock-imports/{id} donne la progression (octets, lignes lues).
     */
    post: operations['postStocksByIdImports'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/stocks/{id}/trajectory': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Trajectoire de mise en conformité selon la version du calendrier en vigueur à la date « asOf » (aujourd’hui par défaut) : pour chaque échéance, logements interdits à la location, dont livrés, programmés, non programmés, et rythme annuel nécessaire ; « by » ajoute le détail par commune, EPCI, QPV ou type de construction */
    get: operations['getStocksByIdTrajectory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/termination-notices/{id}/terminate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enregistrer la résiliation (au plus tôt mise en demeure + 3 mois) */
    post: operations['postTerminationNoticesByIdTerminate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/termination-notices/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Retirer une mise en demeure (gardée dans l’historique) */
    post: operations['postTerminationNoticesByIdWithdraw'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liste des comptes (administrateur) */
    get: operations['getUsers'];
    put?: never;
    /** Créer un compte (administrateur) */
    post: operations['postUsers'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Modifier le nom, l'organisation ou les rôles d'un compte (administrateur) */
    patch: operations['patchUsersById'];
    trace?: never;
  };
  '/api/users/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Désactiver un compte : ses sessions prennent fin aussitôt (administrateur) */
    post: operations['postUsersByIdDisable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Réactiver un compte désactivé (administrateur) */
    post: operations['postUsersByIdEnable'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Renvoyer l'invitation par courriel ; le lien précédent cesse de fonctionner (administrateur) */
    post: operations['postUsersByIdInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Débloquer un compte retardé après des mots de passe erronés (administrateur) */
    post: operations['postUsersByIdUnlock'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description Erreur au format RFC 9457 : detail en français pour les personnes, code stable pour les programmes. */
    Problem: {
      code: string;
      detail: string;
      errors?: {
        field: string;
        message: string;
      }[];
      instance?: string;
      status: number;
      title: string;
      type: string;
    } & {
      [key: string]: unknown;
    };
  };
  responses: {
    /** @description Données invalides ou requête mal formée */
    Error400: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Connexion requise ou session expirée */
    Error401: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Action non autorisée ou jeton CSRF absent ou invalide */
    Error403: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Introuvable */
    Error404: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Conflit avec l’état actuel */
    Error409: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Contenu trop volumineux */
    Error413: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Format non pris en charge */
    Error415: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Règle de gestion non respectée */
    Error422: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Trop de requêtes */
    Error429: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
    /** @description Erreur interne, journalisée */
    Error500: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        'application/problem+json': components['schemas']['Problem'];
      };
    };
  };
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  getAccountCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string | null;
            url: string | null;
          };
        };
      };
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postAccountCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string | null;
            url: string | null;
          };
        };
      };
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  deleteAccountCalendarFeed: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            createdAt: string | null;
            url: string | null;
          };
        };
      };
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  patchActionItemsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string | null;
          /** Format: date */
          dueOn?: string | null;
          /** Format: uuid */
          meetingId?: string | null;
          /** @enum {string} */
          status?: 'open' | 'in_progress' | 'done' | 'dropped';
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bodyId: string;
            dueOn: string | null;
            history: {
              actorLabel: string;
              comment: string | null;
              meetingId: string | null;
              occurredAt: string;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
            }[];
            id: string;
            overdue: boolean;
            owner: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            ownerOrganisation: {
              id: string;
              name: string;
            } | null;
            raisedAt: {
              heldOn: string;
              meetingId: string;
            };
            /** @enum {string} */
            status: 'open' | 'in_progress' | 'done' | 'dropped';
            title: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  patchAgendaItemsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          actesCode?: string | null;
          draftDecision?: string | null;
          /**
           * @default other
           * @enum {string}
           */
          matter?:
            'convention' | 'amendment' | 'allocation' | 'funding_agreement' | 'loan_guarantee' | 'delegation' | 'other';
          matterYear?: number | null;
          /** Format: uuid */
          rapporteurMemberId?: string | null;
          report?: string | null;
          title?: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  putAgendaItemsByIdRecusals: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          recusals: {
            ground: string;
            /** Format: uuid */
            memberId: string;
          }[];
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  putAgendaItemsByIdVote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json':
          | {
              abstention: number;
              against: number;
              for: number;
              /** @enum {string} */
              mode: 'totals';
              /** @default 0 */
              notTakingPart?: number;
              /** @enum {string|null} */
              presidentVote?: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
            }
          | {
              /** @enum {string} */
              mode: 'per_member';
              votes: {
                /** @enum {string} */
                choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                /** Format: uuid */
                memberId: string;
              }[];
            };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  deleteAgendaItemsByIdVote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postAllocationsByIdFundingAgreement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: string;
          /** Format: date */
          justificationDeadline?: string | null;
          purpose: string;
          reimbursementClause?: string | null;
          schedule: {
            amount: string;
            condition?: string | null;
            /** @enum {string} */
            kind: 'advance' | 'instalment' | 'balance';
            label: string;
            /** @default [] */
            requiredDocuments?: string[];
          }[];
          /** Format: date */
          signedOn?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            affectations: {
              amount: string;
              id: string;
              operationId: string | null;
              operationLabel: string;
            }[];
            allocationAmount: string;
            allocationId: string;
            amount: string;
            conventionId: string;
            /** @enum {string} */
            envelopeKind: 'investment' | 'operating';
            id: string;
            justificationDeadline: string | null;
            purpose: string;
            reimbursementClause: string | null;
            reimbursements: {
              amount: string;
              id: string;
              issuedOn: string;
              reason: string;
              revenueOrderNumber: string;
            }[];
            schedule: {
              amount: string;
              condition: string | null;
              id: string;
              /** @enum {string} */
              kind: 'advance' | 'instalment' | 'balance';
              label: string;
              paid: string;
              requested: string;
              requiredDocuments: string[];
            }[];
            signedOn: string | null;
            totals: {
              left: string;
              paid: string;
              reimbursed: string;
              requested: string;
            };
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getAudit: {
    parameters: {
      query?: {
        action?: string;
        actor?: string;
        entityId?: string;
        entityType?: string;
        from?: string;
        page?: number;
        pageSize?: number;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              action: string;
              actorLabel: string;
              actorUserId: string | null;
              after: unknown;
              before: unknown;
              conventionId: string | null;
              entityId: string;
              entityType: string;
              hash: string;
              id: string;
              occurredAt: string;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  getAuditCheckpoints: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            checkpoints: {
              eventCount: string;
              lastHash: string;
              publicKey: string;
              signature: string;
              /** Format: date-time */
              signedAt: string;
            }[];
            /** @enum {string} */
            format: 'copil-audit-checkpoints/1';
            publicKey: string | null;
          };
        };
      };
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  getAuditVerify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            checkedCheckpoints?: number;
            checkedEvents: number;
            firstBrokenEventId: string | null;
            reason: string | null;
            valid: boolean;
          };
        };
      };
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postAuthLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            csrfToken: string;
            expiresAt: string;
            user: {
              displayName: string;
              email: string;
              id: string;
              organisation: {
                id: string;
                kind: string;
                name: string;
              } | null;
              roles: (
                | 'admin'
                | 'coordinator'
                | 'department_agent'
                | 'office_manager'
                | 'office_agent'
                | 'controller'
                | 'elected_member'
              )[];
            };
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
    };
  };
  postAuthLogout: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Fait, sans contenu */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  getAuthOidc: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            enabled: boolean;
            label: string | null;
          };
        };
      };
      500: components['responses']['Error500'];
    };
  };
  getAuthOidcCallback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getAuthOidcLogin: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      302: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getAuthOptions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            passwordByEmail: boolean;
          };
        };
      };
      500: components['responses']['Error500'];
    };
  };
  postAuthPassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            otherSessionsEnded: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
    };
  };
  postAuthPasswordLinksCheck: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            displayName: string;
            email: string;
            expiresAt: string;
            /** @enum {string} */
            purpose: 'invitation' | 'reset';
          };
        };
      };
      400: components['responses']['Error400'];
      500: components['responses']['Error500'];
    };
  };
  postAuthPasswordLinksUse: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          password: string;
          token: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            csrfToken: string;
            expiresAt: string;
            user: {
              displayName: string;
              email: string;
              id: string;
              organisation: {
                id: string;
                kind: string;
                name: string;
              } | null;
              roles: (
                | 'admin'
                | 'coordinator'
                | 'department_agent'
                | 'office_manager'
                | 'office_agent'
                | 'controller'
                | 'elected_member'
              )[];
            };
          };
        };
      };
      400: components['responses']['Error400'];
      500: components['responses']['Error500'];
    };
  };
  postAuthPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            message: string;
          };
        };
      };
      400: components['responses']['Error400'];
      409: components['responses']['Error409'];
      429: components['responses']['Error429'];
      500: components['responses']['Error500'];
    };
  };
  getAuthSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            csrfToken: string;
            expiresAt: string;
            user: {
              displayName: string;
              email: string;
              id: string;
              organisation: {
                id: string;
                kind: string;
                name: string;
              } | null;
              roles: (
                | 'admin'
                | 'coordinator'
                | 'department_agent'
                | 'office_manager'
                | 'office_agent'
                | 'controller'
                | 'elected_member'
              )[];
            };
          };
        };
      };
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  getBodiesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              manage: boolean;
            };
            code: string;
            conventionId: string;
            delegationsGiven: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            delegationsReceived: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            id: string;
            /** @enum {string} */
            kind:
              | 'oph_board'
              | 'oph_bureau'
              | 'department_assembly'
              | 'standing_committee'
              | 'steering_committee'
              | 'technical_committee'
              | 'thematic_meeting';
            mandates: {
              endOn: string | null;
              id: string;
              inOffice: boolean;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              quality: string | null;
              /** @enum {string} */
              role: 'president' | 'vice_president' | 'member';
              startOn: string | null;
              voting: boolean;
            }[];
            membersInOffice: number;
            name: string;
            organisationName: string | null;
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            sessions: {
              /** @enum {string} */
              convocation: 'first' | 'second';
              heldOn: string;
              id: string;
              itemCount: number;
              place: string | null;
              /** @enum {string} */
              status: 'planned' | 'held' | 'no_quorum';
            }[];
            /** @enum {string} */
            side: 'department' | 'landlord' | 'joint';
            signatoryName: string | null;
            signatoryTitle: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  patchBodiesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          rules?: {
            competences: (
              | 'convention'
              | 'amendment'
              | 'allocation'
              | 'funding_agreement'
              | 'loan_guarantee'
              | 'delegation'
              | 'other'
            )[];
            convocationNoticeDays: number | null;
            defaultAgenda: string[];
            deliberative: boolean;
            majority: {
              /** @enum {string} */
              basis: 'votes_cast' | 'present_or_represented';
              castingVote: boolean;
            };
            proxies: {
              maxPerHolder: number;
            };
            quorum: {
              /** @enum {string} */
              base: 'members_in_office' | 'voting_members_in_office';
              /** @enum {string} */
              comparison: 'at_least' | 'more_than';
              /** @enum {string} */
              counts: 'present' | 'present_or_represented';
              denominator: number;
              numerator: number;
              recusedCount: boolean;
            } | null;
            seats: number | null;
            withoutQuorum: {
              minDelayDays: number | null;
              quorumRequired: boolean;
              secondConvocation: boolean;
            };
          };
          signatoryName?: string | null;
          signatoryTitle?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              manage: boolean;
            };
            code: string;
            conventionId: string;
            delegationsGiven: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            delegationsReceived: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            id: string;
            /** @enum {string} */
            kind:
              | 'oph_board'
              | 'oph_bureau'
              | 'department_assembly'
              | 'standing_committee'
              | 'steering_committee'
              | 'technical_committee'
              | 'thematic_meeting';
            mandates: {
              endOn: string | null;
              id: string;
              inOffice: boolean;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              quality: string | null;
              /** @enum {string} */
              role: 'president' | 'vice_president' | 'member';
              startOn: string | null;
              voting: boolean;
            }[];
            membersInOffice: number;
            name: string;
            organisationName: string | null;
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            sessions: {
              /** @enum {string} */
              convocation: 'first' | 'second';
              heldOn: string;
              id: string;
              itemCount: number;
              place: string | null;
              /** @enum {string} */
              status: 'planned' | 'held' | 'no_quorum';
            }[];
            /** @enum {string} */
            side: 'department' | 'landlord' | 'joint';
            signatoryName: string | null;
            signatoryTitle: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getBodiesByIdActionItems: {
    parameters: {
      query?: {
        status?: 'open' | 'in_progress' | 'done' | 'dropped';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bodyId: string;
            dueOn: string | null;
            history: {
              actorLabel: string;
              comment: string | null;
              meetingId: string | null;
              occurredAt: string;
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
            }[];
            id: string;
            overdue: boolean;
            owner: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            ownerOrganisation: {
              id: string;
              name: string;
            } | null;
            raisedAt: {
              heldOn: string;
              meetingId: string;
            };
            /** @enum {string} */
            status: 'open' | 'in_progress' | 'done' | 'dropped';
            title: string;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postBodiesByIdMandates: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          endOn?: string | null;
          /** Format: uuid */
          memberId: string;
          quality?: string | null;
          /**
           * @default member
           * @enum {string}
           */
          role?: 'president' | 'vice_president' | 'member';
          /** Format: date */
          startOn?: string | null;
          /** @default true */
          voting?: boolean;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              manage: boolean;
            };
            code: string;
            conventionId: string;
            delegationsGiven: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            delegationsReceived: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            id: string;
            /** @enum {string} */
            kind:
              | 'oph_board'
              | 'oph_bureau'
              | 'department_assembly'
              | 'standing_committee'
              | 'steering_committee'
              | 'technical_committee'
              | 'thematic_meeting';
            mandates: {
              endOn: string | null;
              id: string;
              inOffice: boolean;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              quality: string | null;
              /** @enum {string} */
              role: 'president' | 'vice_president' | 'member';
              startOn: string | null;
              voting: boolean;
            }[];
            membersInOffice: number;
            name: string;
            organisationName: string | null;
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            sessions: {
              /** @enum {string} */
              convocation: 'first' | 'second';
              heldOn: string;
              id: string;
              itemCount: number;
              place: string | null;
              /** @enum {string} */
              status: 'planned' | 'held' | 'no_quorum';
            }[];
            /** @enum {string} */
            side: 'department' | 'landlord' | 'joint';
            signatoryName: string | null;
            signatoryTitle: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postBodiesByIdMeetings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          agenda?: string[];
          /** Format: date */
          heldOn: string;
          /** @default [] */
          participants?: {
            /** @enum {string|null} */
            civility?: 'M.' | 'Mme' | null;
            firstName?: string | null;
            function?: string | null;
            lastName?: string;
            /** Format: uuid */
            memberId?: string;
            /** Format: uuid */
            organisationId?: string | null;
            /**
             * @default present
             * @enum {string}
             */
            status?: 'present' | 'excused' | 'absent';
          }[];
          place?: string | null;
          /** @default false */
          withStandingMembers?: boolean;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actionItems: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            agenda: {
              id: string;
              position: number;
              title: string;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
            };
            can: {
              followUp: boolean;
              manage: boolean;
            };
            coChairs: {
              department: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
              landlord: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
            } | null;
            conventionId: string;
            decisions: {
              agendaItemId: string | null;
              id: string;
              text: string;
            }[];
            followUp: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            heldOn: string;
            id: string;
            minutes: string | null;
            participants: {
              function: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              organisation: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
            }[];
            place: string | null;
            previousMeetingId: string | null;
            windowWarning: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getBodiesByIdSessions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            convocation: 'first' | 'second';
            heldOn: string;
            id: string;
            itemCount: number;
            place: string | null;
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postBodiesByIdSessions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          convenedOn?: string | null;
          /** Format: date */
          heldOn: string;
          /** @default [] */
          items?: {
            actesCode?: string | null;
            draftDecision?: string | null;
            /**
             * @default other
             * @enum {string}
             */
            matter?:
              | 'convention'
              | 'amendment'
              | 'allocation'
              | 'funding_agreement'
              | 'loan_guarantee'
              | 'delegation'
              | 'other';
            matterYear?: number | null;
            /** Format: uuid */
            rapporteurMemberId?: string | null;
            report?: string | null;
            title: string;
          }[];
          place?: string | null;
          /** Format: uuid */
          presidentMemberId?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getBodiesByIdStandingMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bodyId: string;
            can: {
              manage: boolean;
            };
            members: {
              function: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              organisation: {
                id: string;
                name: string;
              } | null;
              role: string | null;
              service: string | null;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  putBodiesByIdStandingMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          members: {
            /** @enum {string|null} */
            civility?: 'M.' | 'Mme' | null;
            firstName?: string | null;
            function?: string | null;
            lastName?: string;
            /** Format: uuid */
            memberId?: string;
            /** Format: uuid */
            organisationId?: string | null;
            role?: string | null;
            service?: string | null;
          }[];
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            bodyId: string;
            can: {
              manage: boolean;
            };
            members: {
              function: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              organisation: {
                id: string;
                name: string;
              } | null;
              role: string | null;
              service: string | null;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getCalendarByFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        file: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      400: components['responses']['Error400'];
      500: components['responses']['Error500'];
    };
  };
  getCommitmentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            article: string;
            axis: {
              code: string;
              title: string;
            };
            canSet: boolean;
            code: string;
            conventionId: string;
            conventionTitle: string;
            history: {
              comment: string | null;
              evidenceDocument: {
                filename: string;
                id: string;
                sizeBytes: number;
              } | null;
              evidenceUrl: string | null;
              id: string;
              setAt: string;
              setBy: string;
              /** @enum {string} */
              status: 'not_started' | 'in_progress' | 'achieved' | 'not_achieved' | 'not_applicable';
              year: number;
            }[];
            id: string;
            objective: {
              code: string;
              title: string;
            } | null;
            /** @enum {string} */
            party: 'department' | 'landlord' | 'both';
            text: string;
            years: {
              current: {
                comment: string | null;
                evidenceDocument: {
                  filename: string;
                  id: string;
                  sizeBytes: number;
                } | null;
                evidenceUrl: string | null;
                id: string;
                setAt: string;
                setBy: string;
                /** @enum {string} */
                status: 'not_started' | 'in_progress' | 'achieved' | 'not_achieved' | 'not_applicable';
                year: number;
              } | null;
              year: number;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postCommitmentsByIdStatuses: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string | null;
          /** Format: uuid */
          evidenceDocumentId?: string | null;
          /** Format: uri */
          evidenceUrl?: string | null;
          /** @enum {string} */
          status: 'not_started' | 'in_progress' | 'achieved' | 'not_achieved' | 'not_applicable';
          year: number;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            comment: string | null;
            evidenceDocument: {
              filename: string;
              id: string;
              sizeBytes: number;
            } | null;
            evidenceUrl: string | null;
            id: string;
            setAt: string;
            setBy: string;
            /** @enum {string} */
            status: 'not_started' | 'in_progress' | 'achieved' | 'not_achieved' | 'not_applicable';
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  getCommunicationEventsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addProof: boolean;
              checkProof: boolean;
              decideInvitation: boolean;
              submitInvitation: boolean;
            };
            conventionId: string;
            eventOn: string | null;
            id: string;
            invitations: {
              decidedOn: string | null;
              /** @enum {string|null} */
              decision: 'changes_requested' | 'validated' | null;
              decisionComment: string | null;
              document: {
                filename: string;
                id: string;
              };
              submittedOn: string;
              version: number;
            }[];
            /** @enum {string} */
            invitationStatus: 'none' | 'submitted' | 'changes_requested' | 'validated';
            /** @enum {string} */
            kind: 'first_stone' | 'inauguration' | 'site_visit' | 'works' | 'other';
            operationId: string | null;
            printingReady: boolean;
            proofs: {
              checkComment: string | null;
              checkedOn: string | null;
              /** @enum {string} */
              checkStatus: 'pending' | 'accepted' | 'rejected';
              description: string;
              document: {
                filename: string;
                id: string;
              } | null;
              id: string;
              /** @enum {string} */
              kind: 'visual' | 'photo' | 'article' | 'video_link' | 'local_actions';
              submittedOn: string;
              url: string | null;
            }[];
            requiredSupports: ('documents' | 'site_signs' | 'event_signs' | 'invitations')[];
            title: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postCommunicationEventsByIdInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          documentId: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addProof: boolean;
              checkProof: boolean;
              decideInvitation: boolean;
              submitInvitation: boolean;
            };
            conventionId: string;
            eventOn: string | null;
            id: string;
            invitations: {
              decidedOn: string | null;
              /** @enum {string|null} */
              decision: 'changes_requested' | 'validated' | null;
              decisionComment: string | null;
              document: {
                filename: string;
                id: string;
              };
              submittedOn: string;
              version: number;
            }[];
            /** @enum {string} */
            invitationStatus: 'none' | 'submitted' | 'changes_requested' | 'validated';
            /** @enum {string} */
            kind: 'first_stone' | 'inauguration' | 'site_visit' | 'works' | 'other';
            operationId: string | null;
            printingReady: boolean;
            proofs: {
              checkComment: string | null;
              checkedOn: string | null;
              /** @enum {string} */
              checkStatus: 'pending' | 'accepted' | 'rejected';
              description: string;
              document: {
                filename: string;
                id: string;
              } | null;
              id: string;
              /** @enum {string} */
              kind: 'visual' | 'photo' | 'article' | 'video_link' | 'local_actions';
              submittedOn: string;
              url: string | null;
            }[];
            requiredSupports: ('documents' | 'site_signs' | 'event_signs' | 'invitations')[];
            title: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postCommunicationEventsByIdInvitationsDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string | null;
          /** @enum {string} */
          decision: 'changes_requested' | 'validated';
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addProof: boolean;
              checkProof: boolean;
              decideInvitation: boolean;
              submitInvitation: boolean;
            };
            conventionId: string;
            eventOn: string | null;
            id: string;
            invitations: {
              decidedOn: string | null;
              /** @enum {string|null} */
              decision: 'changes_requested' | 'validated' | null;
              decisionComment: string | null;
              document: {
                filename: string;
                id: string;
              };
              submittedOn: string;
              version: number;
            }[];
            /** @enum {string} */
            invitationStatus: 'none' | 'submitted' | 'changes_requested' | 'validated';
            /** @enum {string} */
            kind: 'first_stone' | 'inauguration' | 'site_visit' | 'works' | 'other';
            operationId: string | null;
            printingReady: boolean;
            proofs: {
              checkComment: string | null;
              checkedOn: string | null;
              /** @enum {string} */
              checkStatus: 'pending' | 'accepted' | 'rejected';
              description: string;
              document: {
                filename: string;
                id: string;
              } | null;
              id: string;
              /** @enum {string} */
              kind: 'visual' | 'photo' | 'article' | 'video_link' | 'local_actions';
              submittedOn: string;
              url: string | null;
            }[];
            requiredSupports: ('documents' | 'site_signs' | 'event_signs' | 'invitations')[];
            title: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postCommunicationEventsByIdProofs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description: string;
          /** Format: uuid */
          documentId?: string | null;
          /** @enum {string} */
          kind: 'visual' | 'photo' | 'article' | 'video_link' | 'local_actions';
          /** Format: uri */
          url?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addProof: boolean;
              checkProof: boolean;
              decideInvitation: boolean;
              submitInvitation: boolean;
            };
            conventionId: string;
            eventOn: string | null;
            id: string;
            invitations: {
              decidedOn: string | null;
              /** @enum {string|null} */
              decision: 'changes_requested' | 'validated' | null;
              decisionComment: string | null;
              document: {
                filename: string;
                id: string;
              };
              submittedOn: string;
              version: number;
            }[];
            /** @enum {string} */
            invitationStatus: 'none' | 'submitted' | 'changes_requested' | 'validated';
            /** @enum {string} */
            kind: 'first_stone' | 'inauguration' | 'site_visit' | 'works' | 'other';
            operationId: string | null;
            printingReady: boolean;
            proofs: {
              checkComment: string | null;
              checkedOn: string | null;
              /** @enum {string} */
              checkStatus: 'pending' | 'accepted' | 'rejected';
              description: string;
              document: {
                filename: string;
                id: string;
              } | null;
              id: string;
              /** @enum {string} */
              kind: 'visual' | 'photo' | 'article' | 'video_link' | 'local_actions';
              submittedOn: string;
              url: string | null;
            }[];
            requiredSupports: ('documents' | 'site_signs' | 'event_signs' | 'invitations')[];
            title: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            parties: {
              name: string;
              organisationId: string;
              /** @enum {string} */
              partyRole: 'department' | 'landlord' | 'controller';
            }[];
            periodEnd: string;
            periodStart: string;
            /** @enum {string} */
            status: 'draft' | 'signed' | 'in_force' | 'terminated' | 'expired';
            title: string;
          }[];
        };
      };
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postConventions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          departmentId: string;
          jurisdiction: string;
          /** Format: uuid */
          landlordId: string;
          /** Format: date */
          periodEnd: string;
          /** Format: date */
          periodStart: string;
          /** Format: date */
          signatureDate?: string | null;
          signaturePlace?: string | null;
          title: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsById: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            amendmentsInEffect: {
              effectiveOn: string;
              id: string;
              number: number;
              object: string;
            }[];
            articles: {
              body: string;
              number: string;
              title: string;
            }[];
            asOf: string;
            can: {
              recordAmendment: boolean;
              recordSignature: boolean;
              sendTerminationNotice: boolean;
              /** @enum {string|null} */
              side: 'department' | 'landlord' | null;
            };
            id: string;
            jurisdiction: string;
            legalBases: string[];
            parties: {
              designation: string | null;
              organisation: {
                address: string | null;
                id: string;
                /** @enum {string} */
                kind: 'department' | 'landlord' | 'control_body';
                name: string;
                siret: string;
              };
              /** @enum {string} */
              partyRole: 'department' | 'landlord' | 'controller';
              representation: string | null;
              signatories: {
                fullName: string;
                title: string;
              }[];
            }[];
            pendingTermination: {
              earliestEffectiveOn: string;
              id: string;
              sendingOrganisationName: string;
              sentOn: string;
            } | null;
            periodEnd: string;
            periodStart: string;
            preamble: string | null;
            previousConvention: {
              id: string;
              periodEnd: string;
              periodStart: string;
              reviewArticle: string | null;
              signatureDate: string | null;
              title: string;
            } | null;
            signatureDate: string | null;
            signaturePlace: string | null;
            /** @enum {string} */
            status: 'draft' | 'signed' | 'in_force' | 'terminated' | 'expired';
            terminatedOn: string | null;
            title: string;
            years: number[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdAmendments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            approvals: string | null;
            changes: {
              change:
                | {
                    /** Format: date */
                    date: string;
                    /** @enum {string} */
                    field: 'period_end';
                  }
                | {
                    articleNumber: string;
                    body: string;
                    /** @enum {string} */
                    field: 'article_text';
                    title?: string;
                  }
                | {
                    /** @enum {string} */
                    field: 'signatory';
                    /** Format: uuid */
                    organisationId: string;
                    signatories: {
                      fullName: string;
                      title: string;
                    }[];
                  }
                | {
                    amount: string;
                    /** @enum {string} */
                    envelopeKind: 'investment' | 'operating';
                    /** @enum {string} */
                    field: 'envelope_amount';
                  };
              previous: unknown;
            }[];
            createdAt: string;
            createdBy: string;
            effectiveOn: string;
            id: string;
            number: number;
            object: string;
            signedOn: string;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdAmendments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          approvals?: string | null;
          changes: (
            | {
                /** Format: date */
                date: string;
                /** @enum {string} */
                field: 'period_end';
              }
            | {
                articleNumber: string;
                body: string;
                /** @enum {string} */
                field: 'article_text';
                title?: string;
              }
            | {
                /** @enum {string} */
                field: 'signatory';
                /** Format: uuid */
                organisationId: string;
                signatories: {
                  fullName: string;
                  title: string;
                }[];
              }
            | {
                amount: string;
                /** @enum {string} */
                envelopeKind: 'investment' | 'operating';
                /** @enum {string} */
                field: 'envelope_amount';
              }
          )[];
          /** Format: date */
          effectiveOn: string;
          number: number;
          object: string;
          /** Format: date */
          signedOn: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdAnnualReview: {
    parameters: {
      query: {
        format?: 'pdf' | 'docx';
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdBodies: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            code: string;
            conventionId: string;
            id: string;
            /** @enum {string} */
            kind:
              | 'oph_board'
              | 'oph_bureau'
              | 'department_assembly'
              | 'standing_committee'
              | 'steering_committee'
              | 'technical_committee'
              | 'thematic_meeting';
            membersInOffice: number;
            name: string;
            organisationName: string | null;
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            side: 'department' | 'landlord' | 'joint';
            signatoryName: string | null;
            signatoryTitle: string | null;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdBodies: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          code: string;
          /** @enum {string} */
          kind:
            | 'oph_board'
            | 'oph_bureau'
            | 'department_assembly'
            | 'standing_committee'
            | 'steering_committee'
            | 'technical_committee'
            | 'thematic_meeting';
          name: string;
          rules?: {
            competences: (
              | 'convention'
              | 'amendment'
              | 'allocation'
              | 'funding_agreement'
              | 'loan_guarantee'
              | 'delegation'
              | 'other'
            )[];
            convocationNoticeDays: number | null;
            defaultAgenda: string[];
            deliberative: boolean;
            majority: {
              /** @enum {string} */
              basis: 'votes_cast' | 'present_or_represented';
              castingVote: boolean;
            };
            proxies: {
              maxPerHolder: number;
            };
            quorum: {
              /** @enum {string} */
              base: 'members_in_office' | 'voting_members_in_office';
              /** @enum {string} */
              comparison: 'at_least' | 'more_than';
              /** @enum {string} */
              counts: 'present' | 'present_or_represented';
              denominator: number;
              numerator: number;
              recusedCount: boolean;
            } | null;
            seats: number | null;
            withoutQuorum: {
              minDelayDays: number | null;
              quorumRequired: boolean;
              secondConvocation: boolean;
            };
          };
          /** @enum {string} */
          side: 'department' | 'landlord' | 'joint';
          signatoryName?: string | null;
          signatoryTitle?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdCalendar: {
    parameters: {
      query?: {
        asOf?: string;
        from?: string;
        party?: 'department' | 'landlord';
        status?: 'upcoming' | 'due_soon' | 'late' | 'done';
        to?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              markDone: boolean;
            };
            conventionId: string;
            doneLate: boolean;
            doneOn: string | null;
            dueOn: string;
            duty: {
              articleNumber: string;
              code: string;
              evidenceDescription: string;
              /** @enum {string} */
              evidenceKind:
                | 'manual'
                | 'volume_forecast'
                | 'allocation'
                | 'funding_agreements'
                | 'copil_meeting'
                | 'cotech_meeting'
                | 'progress_table'
                | 'invitation'
                | 'publicity_proof';
              id: string;
              /** @enum {string} */
              party: 'department' | 'landlord';
              title: string;
            };
            evidence: {
              documentId: string | null;
              label: string;
              note: string | null;
              on: string;
              /** @enum {string} */
              source: 'resolved' | 'manual';
            } | null;
            id: string;
            nominalDueOn: string;
            periodEnd: string;
            periodKey: string;
            periodLabel: string;
            periodStart: string;
            /** @enum {string} */
            status: 'upcoming' | 'due_soon' | 'late' | 'done';
            warning: string | null;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdCommunicationEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addProof: boolean;
              checkProof: boolean;
              decideInvitation: boolean;
              submitInvitation: boolean;
            };
            conventionId: string;
            eventOn: string | null;
            id: string;
            invitations: {
              decidedOn: string | null;
              /** @enum {string|null} */
              decision: 'changes_requested' | 'validated' | null;
              decisionComment: string | null;
              document: {
                filename: string;
                id: string;
              };
              submittedOn: string;
              version: number;
            }[];
            /** @enum {string} */
            invitationStatus: 'none' | 'submitted' | 'changes_requested' | 'validated';
            /** @enum {string} */
            kind: 'first_stone' | 'inauguration' | 'site_visit' | 'works' | 'other';
            operationId: string | null;
            printingReady: boolean;
            proofs: {
              checkComment: string | null;
              checkedOn: string | null;
              /** @enum {string} */
              checkStatus: 'pending' | 'accepted' | 'rejected';
              description: string;
              document: {
                filename: string;
                id: string;
              } | null;
              id: string;
              /** @enum {string} */
              kind: 'visual' | 'photo' | 'article' | 'video_link' | 'local_actions';
              submittedOn: string;
              url: string | null;
            }[];
            requiredSupports: ('documents' | 'site_signs' | 'event_signs' | 'invitations')[];
            title: string;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdCommunicationEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          eventOn?: string | null;
          /** @enum {string} */
          kind: 'first_stone' | 'inauguration' | 'site_visit' | 'works' | 'other';
          /** Format: uuid */
          operationId?: string | null;
          requiredSupports: ('documents' | 'site_signs' | 'event_signs' | 'invitations')[];
          title: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addProof: boolean;
              checkProof: boolean;
              decideInvitation: boolean;
              submitInvitation: boolean;
            };
            conventionId: string;
            eventOn: string | null;
            id: string;
            invitations: {
              decidedOn: string | null;
              /** @enum {string|null} */
              decision: 'changes_requested' | 'validated' | null;
              decisionComment: string | null;
              document: {
                filename: string;
                id: string;
              };
              submittedOn: string;
              version: number;
            }[];
            /** @enum {string} */
            invitationStatus: 'none' | 'submitted' | 'changes_requested' | 'validated';
            /** @enum {string} */
            kind: 'first_stone' | 'inauguration' | 'site_visit' | 'works' | 'other';
            operationId: string | null;
            printingReady: boolean;
            proofs: {
              checkComment: string | null;
              checkedOn: string | null;
              /** @enum {string} */
              checkStatus: 'pending' | 'accepted' | 'rejected';
              description: string;
              document: {
                filename: string;
                id: string;
              } | null;
              id: string;
              /** @enum {string} */
              kind: 'visual' | 'photo' | 'article' | 'video_link' | 'local_actions';
              submittedOn: string;
              url: string | null;
            }[];
            requiredSupports: ('documents' | 'site_signs' | 'event_signs' | 'invitations')[];
            title: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdControls: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            controller: string;
            conventionId: string;
            createdAt: string;
            documents: {
              filename: string;
              id: string;
            }[];
            endedOn: string | null;
            findings: string | null;
            followUp: string | null;
            id: string;
            scope: string;
            startedOn: string;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdControls: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          controller: string;
          /** @default [] */
          documentIds?: string[];
          /** Format: date */
          endedOn?: string | null;
          findings?: string | null;
          followUp?: string | null;
          scope: string;
          /** Format: date */
          startedOn: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            controller: string;
            conventionId: string;
            createdAt: string;
            documents: {
              filename: string;
              id: string;
            }[];
            endedOn: string | null;
            findings: string | null;
            followUp: string | null;
            id: string;
            scope: string;
            startedOn: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdCopilPack: {
    parameters: {
      query: {
        format?: 'pdf' | 'docx';
        year: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdDashboard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            conventionId: string;
            envelopes: {
              allocated: string;
              amount: string;
              committed: string;
              id: string;
              /** @enum {string} */
              kind: 'investment' | 'operating';
              label: string;
              leftToAllocate: string;
              leftToPay: string;
              paid: string;
            }[];
            guaranteeRequestsInExamination: number;
            indicatorsYear: number;
            lapseAlerts: number;
            lateDuties: {
              count: number;
              items: {
                dueOn: string;
                id: string;
                /** @enum {string} */
                party: 'department' | 'landlord';
                title: string;
              }[];
            };
            meetingsDue: {
              code: string;
              dueOn: string;
              id: string;
              periodLabel: string;
              /** @enum {string} */
              status: 'upcoming' | 'due_soon' | 'late' | 'done';
              title: string;
            }[];
            nextMeetings: {
              bodyKind: string;
              bodyName: string;
              heldOn: string;
              id: string;
              isMeeting: boolean;
              place: string | null;
            }[];
            offTarget: {
              code: string;
              id: string;
              label: string;
              /** @enum {string} */
              status: 'on_target' | 'off_target' | 'no_target' | 'no_value';
              target: string;
              unit: string;
              value: string;
            }[];
            progress: {
              id: string;
              periodEnd: string;
              /** @enum {string} */
              status: 'open' | 'submitted' | 'returned' | 'accepted';
            }[];
            reportedEvents: {
              open: number;
              unacknowledged: number;
            };
            title: string;
            trajectory: {
              deadlines: {
                banned: number;
                date: string;
                delivered: number;
                deliveredCounted: number;
                notProgrammed: number;
                passed: boolean;
                planned: number;
                plannedCounted: number;
                remaining: number;
              }[];
              isDemo: boolean;
              organisationId: string;
            } | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdDecisionTargets: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            decision: {
              body: {
                id: string;
                name: string;
              };
              decidedOn: string;
              id: string;
              reference: string;
              title: string;
            };
            /** @enum {string} */
            relation: 'decides' | 'takes_note';
            targetId: string;
            /** @enum {string} */
            targetType: 'convention' | 'amendment' | 'envelope' | 'allocation' | 'funding_agreement' | 'loan_guarantee';
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdDecisions: {
    parameters: {
      query?: {
        bodyId?: string;
        year?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actesCode: string | null;
            actesName: string | null;
            agendaItemId: string;
            body: {
              code: string;
              id: string;
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            budgetName: string | null;
            budgetYear: string | null;
            can: {
              correct: boolean;
              edit: boolean;
              transmit: boolean;
            };
            conventionId: string;
            corrections: {
              actorLabel: string;
              corrected: string | null;
              correctedAt: string;
              field: string;
              id: string;
              previous: string | null;
              reason: string;
            }[];
            decidedOn: string;
            delegation: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            } | null;
            delegationsGiven: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            id: string;
            links: {
              label: string;
              /** @enum {string} */
              relation: 'decides' | 'takes_note';
              targetId: string;
              /** @enum {string} */
              targetType:
                'convention' | 'amendment' | 'envelope' | 'allocation' | 'funding_agreement' | 'loan_guarantee';
            }[];
            locked: boolean;
            /** @enum {string} */
            matter:
              | 'convention'
              | 'amendment'
              | 'allocation'
              | 'funding_agreement'
              | 'loan_guarantee'
              | 'delegation'
              | 'other';
            matterYear: number | null;
            outcome: {
              /** @enum {string} */
              code:
                | 'unanimity'
                | 'unanimity_of_votes_cast'
                | 'majority'
                | 'casting_vote'
                | 'tie'
                | 'rejected'
                | 'no_votes_cast'
                | 'adopted_unrecorded';
              wording: string;
            };
            prefectureId: string | null;
            reference: string;
            sequence: number;
            sessionId: string;
            text: string | null;
            title: string;
            transmittedOn: string | null;
            url: string | null;
            votes: {
              abstention: number;
              against: number;
              for: number;
              membersInOffice: number;
              notTakingPart: number;
              present: number;
              represented: number;
              voters: number;
            };
            warnings: string[];
            year: number;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdDelegations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            decisionId: string;
            decisionReference: string;
            description: string;
            fromBody: {
              id: string;
              name: string;
            };
            fromYear: number | null;
            grantedOn: string;
            id: string;
            /** @enum {string} */
            matter:
              | 'convention'
              | 'amendment'
              | 'allocation'
              | 'funding_agreement'
              | 'loan_guarantee'
              | 'delegation'
              | 'other';
            toBody: {
              id: string;
              name: string;
            };
            untilYear: number | null;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            contentType: string;
            filename: string;
            id: string;
            sizeBytes: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      413: components['responses']['Error413'];
      415: components['responses']['Error415'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdDuties: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            articleNumber: string;
            code: string;
            conventionId: string;
            description: string;
            dueDay: number | null;
            dueMonth: number | null;
            evidenceDescription: string;
            /** @enum {string} */
            evidenceKind:
              | 'manual'
              | 'volume_forecast'
              | 'allocation'
              | 'funding_agreements'
              | 'copil_meeting'
              | 'cotech_meeting'
              | 'progress_table'
              | 'invitation'
              | 'publicity_proof';
            id: string;
            instances: number;
            monthsAfter: number;
            /** @enum {string} */
            party: 'department' | 'landlord';
            quarter: number | null;
            /** @enum {string} */
            recurrence: 'yearly_date' | 'yearly_quarter' | 'half_yearly' | 'per_event';
            reminderDays: number[];
            shiftToWorkingDay: boolean;
            title: string;
            yearOffset: number;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdDuties: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          articleNumber: string;
          code: string;
          description: string;
          dueDay?: number | null;
          dueMonth?: number | null;
          evidenceDescription: string;
          /** @enum {string} */
          evidenceKind:
            | 'manual'
            | 'volume_forecast'
            | 'allocation'
            | 'funding_agreements'
            | 'copil_meeting'
            | 'cotech_meeting'
            | 'progress_table'
            | 'invitation'
            | 'publicity_proof';
          /** @default 0 */
          monthsAfter?: number;
          /** @enum {string} */
          party: 'department' | 'landlord';
          quarter?: number | null;
          /** @enum {string} */
          recurrence: 'yearly_date' | 'yearly_quarter' | 'half_yearly' | 'per_event';
          /**
           * @default [
           *       30,
           *       7
           *     ]
           */
          reminderDays?: number[];
          /** @default true */
          shiftToWorkingDay?: boolean;
          title: string;
          /** @default 0 */
          yearOffset?: number;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            articleNumber: string;
            code: string;
            conventionId: string;
            description: string;
            dueDay: number | null;
            dueMonth: number | null;
            evidenceDescription: string;
            /** @enum {string} */
            evidenceKind:
              | 'manual'
              | 'volume_forecast'
              | 'allocation'
              | 'funding_agreements'
              | 'copil_meeting'
              | 'cotech_meeting'
              | 'progress_table'
              | 'invitation'
              | 'publicity_proof';
            id: string;
            instances: number;
            monthsAfter: number;
            /** @enum {string} */
            party: 'department' | 'landlord';
            quarter: number | null;
            /** @enum {string} */
            recurrence: 'yearly_date' | 'yearly_quarter' | 'half_yearly' | 'per_event';
            reminderDays: number[];
            shiftToWorkingDay: boolean;
            title: string;
            yearOffset: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdEvidenceBundleZip: {
    parameters: {
      query: {
        asOf: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/zip': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdExportsConventionXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdExportsFinancesCsv: {
    parameters: {
      query: {
        table:
          | 'enveloppes'
          | 'deliberations'
          | 'conventions-financieres'
          | 'echeanciers'
          | 'demandes-de-versement'
          | 'garanties';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdExportsFinancesXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdExportsIndicateursXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdExportsOperationsXlsx: {
    parameters: {
      query?: {
        epciCode?: string;
        kind?:
          | 'thermal_renovation'
          | 'maintenance'
          | 'vacant_renovation'
          | 'adaptation'
          | 'establishment_works'
          | 'demolition_reconstruction'
          | 'other';
        status?: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
        year?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdExportsScdlDeliberationsCsv: {
    parameters: {
      query?: {
        bodyId?: string;
        year?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdExportsScdlSubventionsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdFinance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              manage: boolean;
              request: boolean;
              setUp: boolean;
            };
            conventionId: string;
            envelopes: {
              allocations: {
                amount: string;
                committed: string;
                deliberationBody: string;
                deliberationDate: string;
                deliberationNumber: string | null;
                fundingAgreementId: string | null;
                id: string;
                year: number;
              }[];
              amount: string;
              byYear: {
                allocated: string;
                committed: string;
                paid: string;
                requested: string;
                year: number;
              }[];
              deliberationDate: string;
              deliberationRef: string;
              forecast: {
                currentPace: string | null;
                missedYears: number[];
                onTrack: boolean;
                projectedExhaustionYear: number | null;
                remainingYears: number[];
                requiredPace: string | null;
              };
              id: string;
              initialAmount: string;
              /** @enum {string} */
              kind: 'investment' | 'operating';
              label: string;
              periodEnd: string;
              periodStart: string;
              revisions: {
                amount: string;
                deliberationDate: string;
                deliberationRef: string;
                effectiveOn: string;
                id: string;
                reason: string | null;
              }[];
              totals: {
                allocated: string;
                committed: string;
                leftToAllocate: string;
                leftToPay: string;
                paid: string;
                reimbursed: string;
                requested: string;
              };
            }[];
            lapseAlerts: {
              kind: string;
              link: string | null;
              message: string;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdFundingAgreements: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            affectations: {
              amount: string;
              id: string;
              operationId: string | null;
              operationLabel: string;
            }[];
            allocationAmount: string;
            allocationId: string;
            amount: string;
            conventionId: string;
            /** @enum {string} */
            envelopeKind: 'investment' | 'operating';
            id: string;
            justificationDeadline: string | null;
            purpose: string;
            reimbursementClause: string | null;
            reimbursements: {
              amount: string;
              id: string;
              issuedOn: string;
              reason: string;
              revenueOrderNumber: string;
            }[];
            schedule: {
              amount: string;
              condition: string | null;
              id: string;
              /** @enum {string} */
              kind: 'advance' | 'instalment' | 'balance';
              label: string;
              paid: string;
              requested: string;
              requiredDocuments: string[];
            }[];
            signedOn: string | null;
            totals: {
              left: string;
              paid: string;
              reimbursed: string;
              requested: string;
            };
            year: number;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdGuaranteeRequests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              submit: boolean;
            };
            requests: {
              can: {
                decide: boolean;
                examine: boolean;
              };
              contractNumber: string;
              conventionId: string;
              decidedOn: string | null;
              /** @enum {string|null} */
              decidingBody: 'commission_permanente' | 'conseil_departemental' | null;
              decisionNotes: string | null;
              deliberationRef: string | null;
              documents: {
                filename: string;
                id: string;
                label: string;
              }[];
              examinationNotes: string | null;
              examinationStartedOn: string | null;
              guaranteedShare: string;
              guaranteeId: string | null;
              id: string;
              lender: string;
              loanAmount: string;
              operationLabel: string;
              rate: string | null;
              reference: string;
              /** @enum {string} */
              status: 'submitted' | 'in_examination' | 'granted' | 'refused';
              submittedOn: string;
              termYears: number | null;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdGuaranteeRequests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          contractNumber: string;
          documents: {
            /** Format: uuid */
            documentId: string;
            label: string;
          }[];
          guaranteedShare: string;
          lender: string;
          loanAmount: string;
          operationLabel: string;
          rate?: string | null;
          termYears?: number | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              decide: boolean;
              examine: boolean;
            };
            contractNumber: string;
            conventionId: string;
            decidedOn: string | null;
            /** @enum {string|null} */
            decidingBody: 'commission_permanente' | 'conseil_departemental' | null;
            decisionNotes: string | null;
            deliberationRef: string | null;
            documents: {
              filename: string;
              id: string;
              label: string;
            }[];
            examinationNotes: string | null;
            examinationStartedOn: string | null;
            guaranteedShare: string;
            guaranteeId: string | null;
            id: string;
            lender: string;
            loanAmount: string;
            operationLabel: string;
            rate: string | null;
            reference: string;
            /** @enum {string} */
            status: 'submitted' | 'in_examination' | 'granted' | 'refused';
            submittedOn: string;
            termYears: number | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdGuarantees: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            can: {
              manage: boolean;
            };
            guarantees: {
              contractNumber: string;
              deliberationDate: string | null;
              deliberationRef: string | null;
              guaranteedOutstanding: string | null;
              guaranteedShare: string;
              id: string;
              lender: string;
              loanAmount: string;
              operationLabel: string | null;
              outstanding: string | null;
              outstandingAsOf: string | null;
              rate: string | null;
              termYears: number | null;
            }[];
            registerGuaranteedOutstanding: string;
            reported: {
              asOf: string;
              departmentTotal: string;
              departmentTotalBasis: string | null;
              departmentTotalDerived: boolean;
              officeOutstanding: string;
              sharePercent: string;
              source: string;
            } | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdGuarantees: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          contractNumber: string;
          /** Format: date */
          deliberationDate?: string | null;
          deliberationRef?: string | null;
          guaranteedShare: string;
          lender: string;
          loanAmount: string;
          operationLabel?: string | null;
          rate?: string | null;
          termYears?: number | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdIndicators: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            conventionId: string;
            indicators: {
              axis: {
                code: string;
                id: string;
                title: string;
              } | null;
              canEnter: boolean;
              code: string;
              /** @enum {string|null} */
              computation:
                | 'renovated_dwellings'
                | 'banned_dwellings'
                | 'adaptations_delivered'
                | 'maintenance_dwellings'
                | 'subsidies_paid'
                | null;
              /** @enum {string} */
              direction: 'higher' | 'lower';
              /** @enum {string} */
              frequency: 'yearly' | 'half_yearly';
              id: string;
              label: string;
              measurement: string;
              objective: {
                code: string;
                id: string;
                title: string;
              };
              /** @enum {string} */
              responsibleParty: 'department' | 'landlord';
              responsibleService: string | null;
              unit: string;
              values: {
                comment: string | null;
                enteredAt: string | null;
                enteredBy: string;
                evidenceDocument: {
                  filename: string;
                  id: string;
                } | null;
                id: string | null;
                period: string;
                source: string | null;
                value: string;
                year: number;
              }[];
              years: {
                /** @enum {string} */
                status: 'on_target' | 'off_target' | 'no_target' | 'no_value';
                target: string | null;
                targetComment: string | null;
                value: string | null;
                year: number;
              }[];
            }[];
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string|null} */
            civility: 'M.' | 'Mme' | null;
            firstName: string | null;
            formalName: string;
            function: string | null;
            id: string;
            lastName: string;
            mandates: {
              bodyId: string;
              bodyName: string;
              endOn: string | null;
              id: string;
              quality: string | null;
              /** @enum {string} */
              role: 'president' | 'vice_president' | 'member';
              startOn: string | null;
              voting: boolean;
            }[];
            organisationId: string | null;
            spellings: string[];
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          aliases?: string[];
          /** @enum {string|null} */
          civility?: 'M.' | 'Mme' | null;
          firstName?: string | null;
          function?: string | null;
          lastName: string;
          /** Format: uuid */
          organisationId?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string|null} */
            civility: 'M.' | 'Mme' | null;
            firstName: string | null;
            formalName: string;
            function: string | null;
            id: string;
            lastName: string;
            mandates: {
              bodyId: string;
              bodyName: string;
              endOn: string | null;
              id: string;
              quality: string | null;
              /** @enum {string} */
              role: 'president' | 'vice_president' | 'member';
              startOn: string | null;
              voting: boolean;
            }[];
            organisationId: string | null;
            spellings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdMembersResolve: {
    parameters: {
      query: {
        name: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            key: string;
            /** @enum {string} */
            match: 'found' | 'ambiguous' | 'unknown';
            members: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              function: string | null;
              id: string;
              lastName: string;
              mandates: {
                bodyId: string;
                bodyName: string;
                endOn: string | null;
                id: string;
                quality: string | null;
                /** @enum {string} */
                role: 'president' | 'vice_president' | 'member';
                startOn: string | null;
                voting: boolean;
              }[];
              organisationId: string | null;
              spellings: string[];
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdObjectives: {
    parameters: {
      query?: {
        year?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            conventionId: string;
            objectives: {
              article: string;
              axes: {
                article: string;
                code: string;
                commitments: {
                  article: string;
                  canSet: boolean;
                  code: string;
                  id: string;
                  /** @enum {string} */
                  party: 'department' | 'landlord' | 'both';
                  status: {
                    comment: string | null;
                    evidenceDocument: {
                      filename: string;
                      id: string;
                      sizeBytes: number;
                    } | null;
                    evidenceUrl: string | null;
                    id: string;
                    setAt: string;
                    setBy: string;
                    /** @enum {string} */
                    status: 'not_started' | 'in_progress' | 'achieved' | 'not_achieved' | 'not_applicable';
                    year: number;
                  } | null;
                  text: string;
                }[];
                id: string;
                title: string;
              }[];
              code: string;
              id: string;
              title: string;
            }[];
            partnerCommitments: {
              article: string;
              code: string;
              commitments: {
                article: string;
                canSet: boolean;
                code: string;
                id: string;
                /** @enum {string} */
                party: 'department' | 'landlord' | 'both';
                status: {
                  comment: string | null;
                  evidenceDocument: {
                    filename: string;
                    id: string;
                    sizeBytes: number;
                  } | null;
                  evidenceUrl: string | null;
                  id: string;
                  setAt: string;
                  setBy: string;
                  /** @enum {string} */
                  status: 'not_started' | 'in_progress' | 'achieved' | 'not_achieved' | 'not_applicable';
                  year: number;
                } | null;
                text: string;
              }[];
              id: string;
              title: string;
            }[];
            year: number;
            years: number[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdOperations: {
    parameters: {
      query?: {
        epciCode?: string;
        kind?:
          | 'thermal_renovation'
          | 'maintenance'
          | 'vacant_renovation'
          | 'adaptation'
          | 'establishment_works'
          | 'demolition_reconstruction'
          | 'other';
        status?: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
        year?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              write: boolean;
            };
            conventionId: string;
            items: {
              actualDelivery: string | null;
              communeCode: string | null;
              communeName: string;
              costInclTax: string | null;
              departmentSubsidy: string;
              dwellingCount: number;
              epciName: string | null;
              id: string;
              /** @enum {string} */
              kind:
                | 'thermal_renovation'
                | 'maintenance'
                | 'vacant_renovation'
                | 'adaptation'
                | 'establishment_works'
                | 'demolition_reconstruction'
                | 'other';
              label: string;
              percentComplete: number;
              plannedDelivery: string | null;
              /** @enum {string} */
              programme: 'pmt_2022_2024' | 'pmt_2025_2030';
              reference: string;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
              subsidyAgreementIds: string[];
            }[];
            landlordOrganisationId: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdOperations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          classCounts?: {
            /** @enum {string} */
            classBefore: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
            count: number;
            /** @enum {string|null} */
            targetClass?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
          }[];
          comments?: string | null;
          communeCode?: string | null;
          costExclTax?: string | null;
          costInclTax?: string | null;
          /** @default [] */
          dwellings?: {
            /** Format: uuid */
            dwellingId: string;
            /** @enum {string|null} */
            targetClass?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
          }[];
          energyAfter?: string | null;
          energyBefore?: string | null;
          fundingLines?: {
            amount: string;
            /** Format: uuid */
            fundingAgreementId?: string | null;
            /** @enum {string} */
            source: 'department' | 'eco_loan' | 'feder' | 'region' | 'cee' | 'own_funds';
          }[];
          /** @enum {string} */
          kind:
            | 'thermal_renovation'
            | 'maintenance'
            | 'vacant_renovation'
            | 'adaptation'
            | 'establishment_works'
            | 'demolition_reconstruction'
            | 'other';
          label: string;
          percentComplete: number;
          /** @default [] */
          phases?: {
            /** Format: date */
            actualOn?: string | null;
            /** @enum {string} */
            phase: 'studies' | 'tender' | 'start_order' | 'works' | 'delivery' | 'final_account';
            /** Format: date */
            plannedOn?: string | null;
          }[];
          /** @enum {string} */
          programme: 'pmt_2022_2024' | 'pmt_2025_2030';
          residence?: string | null;
          risks?: string | null;
          /** @enum {string} */
          status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
          unclassifiedDwellings?: number;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actualDelivery: string | null;
            can: {
              write: boolean;
            };
            classCounts: {
              /** @enum {string} */
              classBefore: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
              count: number;
              /** @enum {string|null} */
              targetClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            }[];
            comments: string | null;
            communeCode: string | null;
            communeName: string;
            conventionId: string;
            costExclTax: string | null;
            costInclTax: string | null;
            departmentSubsidy: string;
            dwellingCount: number;
            dwellings: {
              /** @enum {string|null} */
              classBefore: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
              communeName: string;
              dwellingId: string;
              label: string;
              /** @enum {string|null} */
              targetClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            }[];
            energyAfter: string | null;
            energyBefore: string | null;
            epciName: string | null;
            fundingLines: {
              affected: string;
              agreementLabel: string | null;
              amount: string;
              fundingAgreementId: string | null;
              id: string;
              /** @enum {string} */
              source: 'department' | 'eco_loan' | 'feder' | 'region' | 'cee' | 'own_funds';
            }[];
            id: string;
            /** @enum {string} */
            kind:
              | 'thermal_renovation'
              | 'maintenance'
              | 'vacant_renovation'
              | 'adaptation'
              | 'establishment_works'
              | 'demolition_reconstruction'
              | 'other';
            label: string;
            organisationId: string;
            paymentRequests: {
              amount: string;
              id: string;
              status: string;
            }[];
            percentComplete: number;
            phases: {
              actualOn: string | null;
              /** @enum {string} */
              phase: 'studies' | 'tender' | 'start_order' | 'works' | 'delivery' | 'final_account';
              plannedOn: string | null;
            }[];
            plannedDelivery: string | null;
            /** @enum {string} */
            programme: 'pmt_2022_2024' | 'pmt_2025_2030';
            reference: string;
            residence: string | null;
            risks: string | null;
            spent: string | null;
            spentOn: string | null;
            /** @enum {string} */
            status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
            subsidyAgreementIds: string[];
            unclassifiedDwellings: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdPaymentRequests: {
    parameters: {
      query?: {
        status?: 'draft' | 'submitted' | 'returned' | 'approved' | 'paid' | 'rejected';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agreementLabel: string;
            amount: string;
            createdAt: string;
            createdBy: string;
            fundingAgreementId: string;
            id: string;
            lineLabel: string;
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'returned' | 'approved' | 'paid' | 'rejected';
            submittedAt: string | null;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdProgressTables: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              open: boolean;
            };
            items: {
              acceptedAt: string | null;
              dueDate: string;
              id: string;
              label: string;
              late: boolean;
              periodEnd: string;
              /** @enum {string} */
              status: 'open' | 'submitted' | 'returned' | 'accepted';
              submittedAt: string | null;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdProgressTables: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          periodEnd: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acceptedAt: string | null;
            can: {
              edit: boolean;
              review: boolean;
              submit: boolean;
            };
            conventionId: string;
            dueDate: string;
            id: string;
            label: string;
            late: boolean;
            others: {
              id: string;
              label: string;
            }[];
            periodEnd: string;
            reviewComment: string | null;
            rows: {
              communeName: string;
              deliveryActualOn: string | null;
              /** @enum {string} */
              kind:
                | 'thermal_renovation'
                | 'maintenance'
                | 'vacant_renovation'
                | 'adaptation'
                | 'establishment_works'
                | 'demolition_reconstruction'
                | 'other';
              label: string;
              officeComment: string | null;
              operationId: string;
              percentComplete: number;
              reference: string;
              reviewComment: string | null;
              spent: string | null;
              startActualOn: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
            }[];
            snapshots: {
              submittedAt: string;
              submittedBy: string;
              version: number;
            }[];
            /** @enum {string} */
            status: 'open' | 'submitted' | 'returned' | 'accepted';
            submittedAt: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdReportedEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              report: boolean;
            };
            counts: {
              open: number;
              unacknowledged: number;
            };
            events: {
              acknowledgedOn: string | null;
              can: {
                acknowledge: boolean;
                addNote: boolean;
                close: boolean;
              };
              /** @enum {string} */
              category: 'incident' | 'delay' | 'cost_change' | 'funding' | 'other';
              closedOn: string | null;
              closingNote: string | null;
              concerns: {
                id: string | null;
                /** @enum {string} */
                kind: 'operation' | 'commitment' | 'programme';
                label: string;
              };
              conventionId: string;
              description: string;
              id: string;
              notes: {
                id: string;
                note: string;
                side: string;
                writtenOn: string;
              }[];
              occurredOn: string;
              reference: string;
              reportedOn: string;
              /** @enum {string} */
              status: 'reported' | 'acknowledged' | 'closed';
              title: string;
            }[];
            targets: {
              commitments: {
                id: string;
                label: string;
              }[];
              operations: {
                id: string;
                label: string;
              }[];
            };
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdReportedEvents: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          category: 'incident' | 'delay' | 'cost_change' | 'funding' | 'other';
          /** Format: uuid */
          commitmentId?: string | null;
          description: string;
          /** Format: date */
          occurredOn: string;
          /** Format: uuid */
          operationId?: string | null;
          title: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acknowledgedOn: string | null;
            can: {
              acknowledge: boolean;
              addNote: boolean;
              close: boolean;
            };
            /** @enum {string} */
            category: 'incident' | 'delay' | 'cost_change' | 'funding' | 'other';
            closedOn: string | null;
            closingNote: string | null;
            concerns: {
              id: string | null;
              /** @enum {string} */
              kind: 'operation' | 'commitment' | 'programme';
              label: string;
            };
            conventionId: string;
            description: string;
            id: string;
            notes: {
              id: string;
              note: string;
              side: string;
              writtenOn: string;
            }[];
            occurredOn: string;
            reference: string;
            reportedOn: string;
            /** @enum {string} */
            status: 'reported' | 'acknowledged' | 'closed';
            title: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  putConventionsByIdSignature: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          signatureDate: string;
          signaturePlace: string;
        };
      };
    };
    responses: {
      /** @description Fait, sans contenu */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdTerminationNotices: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            createdBy: string;
            earliestEffectiveOn: string;
            id: string;
            reason: string;
            registeredLetterRef: string;
            sendingOrganisationId: string;
            sendingOrganisationName: string;
            sentOn: string;
            terminatedOn: string | null;
            withdrawalReason: string | null;
            withdrawnOn: string | null;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdTerminationNotices: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          registeredLetterRef: string;
          /** Format: uuid */
          sendingOrganisationId?: string;
          /** Format: date */
          sentOn: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            createdBy: string;
            earliestEffectiveOn: string;
            id: string;
            reason: string;
            registeredLetterRef: string;
            sendingOrganisationId: string;
            sendingOrganisationName: string;
            sentOn: string;
            terminatedOn: string | null;
            withdrawalReason: string | null;
            withdrawnOn: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  getConventionsByIdVolumeForecasts: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            baseline: {
              high: string;
              label: string;
              low: string;
              /** @enum {string} */
              measure: 'maintenance_dwellings' | 'maintenance_spending' | 'adaptations';
              source: string;
              /** @enum {string} */
              unit: 'dwellings' | 'euros';
            }[];
            can: {
              review: boolean;
              submit: boolean;
              write: boolean;
            };
            conventionId: string;
            years: {
              achieved: {
                adaptations: number;
                maintenanceDwellings: number;
                paid: string;
                renovations: number;
              };
              baselineGaps: {
                adaptations: number | null;
                maintenanceDwellings: number | null;
              };
              forecast: {
                adaptations: number;
                comment: string | null;
                dueDate: string;
                id: string;
                investmentRequested: string;
                late: boolean;
                maintenanceDwellings: number;
                operatingRequested: string;
                renovations: number;
                renovationsByClass: {
                  [key: string]: number;
                };
                reviewComment: string | null;
                reviewedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'returned' | 'accepted';
                submittedAt: string | null;
              } | null;
              voted: {
                investment: string | null;
                operating: string | null;
              };
              year: number;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  putConventionsByIdVolumeForecastsByYear: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          adaptations: number;
          comment?: string | null;
          investmentRequested: string;
          maintenanceDwellings: number;
          operatingRequested: string;
          renovationsByClass: {
            [key: string]: number;
          };
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            baseline: {
              high: string;
              label: string;
              low: string;
              /** @enum {string} */
              measure: 'maintenance_dwellings' | 'maintenance_spending' | 'adaptations';
              source: string;
              /** @enum {string} */
              unit: 'dwellings' | 'euros';
            }[];
            can: {
              review: boolean;
              submit: boolean;
              write: boolean;
            };
            conventionId: string;
            years: {
              achieved: {
                adaptations: number;
                maintenanceDwellings: number;
                paid: string;
                renovations: number;
              };
              baselineGaps: {
                adaptations: number | null;
                maintenanceDwellings: number | null;
              };
              forecast: {
                adaptations: number;
                comment: string | null;
                dueDate: string;
                id: string;
                investmentRequested: string;
                late: boolean;
                maintenanceDwellings: number;
                operatingRequested: string;
                renovations: number;
                renovationsByClass: {
                  [key: string]: number;
                };
                reviewComment: string | null;
                reviewedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'returned' | 'accepted';
                submittedAt: string | null;
              } | null;
              voted: {
                investment: string | null;
                operating: string | null;
              };
              year: number;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdVolumeForecastsByYearReview: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action: 'accept' | 'return';
          comment?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            baseline: {
              high: string;
              label: string;
              low: string;
              /** @enum {string} */
              measure: 'maintenance_dwellings' | 'maintenance_spending' | 'adaptations';
              source: string;
              /** @enum {string} */
              unit: 'dwellings' | 'euros';
            }[];
            can: {
              review: boolean;
              submit: boolean;
              write: boolean;
            };
            conventionId: string;
            years: {
              achieved: {
                adaptations: number;
                maintenanceDwellings: number;
                paid: string;
                renovations: number;
              };
              baselineGaps: {
                adaptations: number | null;
                maintenanceDwellings: number | null;
              };
              forecast: {
                adaptations: number;
                comment: string | null;
                dueDate: string;
                id: string;
                investmentRequested: string;
                late: boolean;
                maintenanceDwellings: number;
                operatingRequested: string;
                renovations: number;
                renovationsByClass: {
                  [key: string]: number;
                };
                reviewComment: string | null;
                reviewedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'returned' | 'accepted';
                submittedAt: string | null;
              } | null;
              voted: {
                investment: string | null;
                operating: string | null;
              };
              year: number;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  postConventionsByIdVolumeForecastsByYearSubmit: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            baseline: {
              high: string;
              label: string;
              low: string;
              /** @enum {string} */
              measure: 'maintenance_dwellings' | 'maintenance_spending' | 'adaptations';
              source: string;
              /** @enum {string} */
              unit: 'dwellings' | 'euros';
            }[];
            can: {
              review: boolean;
              submit: boolean;
              write: boolean;
            };
            conventionId: string;
            years: {
              achieved: {
                adaptations: number;
                maintenanceDwellings: number;
                paid: string;
                renovations: number;
              };
              baselineGaps: {
                adaptations: number | null;
                maintenanceDwellings: number | null;
              };
              forecast: {
                adaptations: number;
                comment: string | null;
                dueDate: string;
                id: string;
                investmentRequested: string;
                late: boolean;
                maintenanceDwellings: number;
                operatingRequested: string;
                renovations: number;
                renovationsByClass: {
                  [key: string]: number;
                };
                reviewComment: string | null;
                reviewedAt: string | null;
                /** @enum {string} */
                status: 'draft' | 'submitted' | 'returned' | 'accepted';
                submittedAt: string | null;
              } | null;
              voted: {
                investment: string | null;
                operating: string | null;
              };
              year: number;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  getDecisionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actesCode: string | null;
            actesName: string | null;
            agendaItemId: string;
            body: {
              code: string;
              id: string;
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            budgetName: string | null;
            budgetYear: string | null;
            can: {
              correct: boolean;
              edit: boolean;
              transmit: boolean;
            };
            conventionId: string;
            corrections: {
              actorLabel: string;
              corrected: string | null;
              correctedAt: string;
              field: string;
              id: string;
              previous: string | null;
              reason: string;
            }[];
            decidedOn: string;
            delegation: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            } | null;
            delegationsGiven: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            id: string;
            links: {
              label: string;
              /** @enum {string} */
              relation: 'decides' | 'takes_note';
              targetId: string;
              /** @enum {string} */
              targetType:
                'convention' | 'amendment' | 'envelope' | 'allocation' | 'funding_agreement' | 'loan_guarantee';
            }[];
            locked: boolean;
            /** @enum {string} */
            matter:
              | 'convention'
              | 'amendment'
              | 'allocation'
              | 'funding_agreement'
              | 'loan_guarantee'
              | 'delegation'
              | 'other';
            matterYear: number | null;
            outcome: {
              /** @enum {string} */
              code:
                | 'unanimity'
                | 'unanimity_of_votes_cast'
                | 'majority'
                | 'casting_vote'
                | 'tie'
                | 'rejected'
                | 'no_votes_cast'
                | 'adopted_unrecorded';
              wording: string;
            };
            prefectureId: string | null;
            reference: string;
            sequence: number;
            sessionId: string;
            text: string | null;
            title: string;
            transmittedOn: string | null;
            url: string | null;
            votes: {
              abstention: number;
              against: number;
              for: number;
              membersInOffice: number;
              notTakingPart: number;
              present: number;
              represented: number;
              voters: number;
            };
            warnings: string[];
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  patchDecisionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          actesCode?: string | null;
          budgetName?: string | null;
          budgetYear?: string | null;
          matterYear?: number | null;
          text?: string;
          title?: string;
          /** Format: uri */
          url?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actesCode: string | null;
            actesName: string | null;
            agendaItemId: string;
            body: {
              code: string;
              id: string;
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            budgetName: string | null;
            budgetYear: string | null;
            can: {
              correct: boolean;
              edit: boolean;
              transmit: boolean;
            };
            conventionId: string;
            corrections: {
              actorLabel: string;
              corrected: string | null;
              correctedAt: string;
              field: string;
              id: string;
              previous: string | null;
              reason: string;
            }[];
            decidedOn: string;
            delegation: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            } | null;
            delegationsGiven: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            id: string;
            links: {
              label: string;
              /** @enum {string} */
              relation: 'decides' | 'takes_note';
              targetId: string;
              /** @enum {string} */
              targetType:
                'convention' | 'amendment' | 'envelope' | 'allocation' | 'funding_agreement' | 'loan_guarantee';
            }[];
            locked: boolean;
            /** @enum {string} */
            matter:
              | 'convention'
              | 'amendment'
              | 'allocation'
              | 'funding_agreement'
              | 'loan_guarantee'
              | 'delegation'
              | 'other';
            matterYear: number | null;
            outcome: {
              /** @enum {string} */
              code:
                | 'unanimity'
                | 'unanimity_of_votes_cast'
                | 'majority'
                | 'casting_vote'
                | 'tie'
                | 'rejected'
                | 'no_votes_cast'
                | 'adopted_unrecorded';
              wording: string;
            };
            prefectureId: string | null;
            reference: string;
            sequence: number;
            sessionId: string;
            text: string | null;
            title: string;
            transmittedOn: string | null;
            url: string | null;
            votes: {
              abstention: number;
              against: number;
              for: number;
              membersInOffice: number;
              notTakingPart: number;
              present: number;
              represented: number;
              voters: number;
            };
            warnings: string[];
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postDecisionsByIdCorrections: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          field: 'title' | 'text' | 'actesCode' | 'budgetYear' | 'budgetName' | 'url';
          reason: string;
          value: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actesCode: string | null;
            actesName: string | null;
            agendaItemId: string;
            body: {
              code: string;
              id: string;
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            budgetName: string | null;
            budgetYear: string | null;
            can: {
              correct: boolean;
              edit: boolean;
              transmit: boolean;
            };
            conventionId: string;
            corrections: {
              actorLabel: string;
              corrected: string | null;
              correctedAt: string;
              field: string;
              id: string;
              previous: string | null;
              reason: string;
            }[];
            decidedOn: string;
            delegation: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            } | null;
            delegationsGiven: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            id: string;
            links: {
              label: string;
              /** @enum {string} */
              relation: 'decides' | 'takes_note';
              targetId: string;
              /** @enum {string} */
              targetType:
                'convention' | 'amendment' | 'envelope' | 'allocation' | 'funding_agreement' | 'loan_guarantee';
            }[];
            locked: boolean;
            /** @enum {string} */
            matter:
              | 'convention'
              | 'amendment'
              | 'allocation'
              | 'funding_agreement'
              | 'loan_guarantee'
              | 'delegation'
              | 'other';
            matterYear: number | null;
            outcome: {
              /** @enum {string} */
              code:
                | 'unanimity'
                | 'unanimity_of_votes_cast'
                | 'majority'
                | 'casting_vote'
                | 'tie'
                | 'rejected'
                | 'no_votes_cast'
                | 'adopted_unrecorded';
              wording: string;
            };
            prefectureId: string | null;
            reference: string;
            sequence: number;
            sessionId: string;
            text: string | null;
            title: string;
            transmittedOn: string | null;
            url: string | null;
            votes: {
              abstention: number;
              against: number;
              for: number;
              membersInOffice: number;
              notTakingPart: number;
              present: number;
              represented: number;
              voters: number;
            };
            warnings: string[];
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postDecisionsByIdDelegations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          description: string;
          fromYear?: number | null;
          /** @enum {string} */
          matter:
            'convention' | 'amendment' | 'allocation' | 'funding_agreement' | 'loan_guarantee' | 'delegation' | 'other';
          /** Format: uuid */
          toBodyId: string;
          untilYear?: number | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actesCode: string | null;
            actesName: string | null;
            agendaItemId: string;
            body: {
              code: string;
              id: string;
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            budgetName: string | null;
            budgetYear: string | null;
            can: {
              correct: boolean;
              edit: boolean;
              transmit: boolean;
            };
            conventionId: string;
            corrections: {
              actorLabel: string;
              corrected: string | null;
              correctedAt: string;
              field: string;
              id: string;
              previous: string | null;
              reason: string;
            }[];
            decidedOn: string;
            delegation: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            } | null;
            delegationsGiven: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            id: string;
            links: {
              label: string;
              /** @enum {string} */
              relation: 'decides' | 'takes_note';
              targetId: string;
              /** @enum {string} */
              targetType:
                'convention' | 'amendment' | 'envelope' | 'allocation' | 'funding_agreement' | 'loan_guarantee';
            }[];
            locked: boolean;
            /** @enum {string} */
            matter:
              | 'convention'
              | 'amendment'
              | 'allocation'
              | 'funding_agreement'
              | 'loan_guarantee'
              | 'delegation'
              | 'other';
            matterYear: number | null;
            outcome: {
              /** @enum {string} */
              code:
                | 'unanimity'
                | 'unanimity_of_votes_cast'
                | 'majority'
                | 'casting_vote'
                | 'tie'
                | 'rejected'
                | 'no_votes_cast'
                | 'adopted_unrecorded';
              wording: string;
            };
            prefectureId: string | null;
            reference: string;
            sequence: number;
            sessionId: string;
            text: string | null;
            title: string;
            transmittedOn: string | null;
            url: string | null;
            votes: {
              abstention: number;
              against: number;
              for: number;
              membersInOffice: number;
              notTakingPart: number;
              present: number;
              represented: number;
              voters: number;
            };
            warnings: string[];
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getDecisionsByIdExtractDocx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getDecisionsByIdExtractPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  putDecisionsByIdLinks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          links: {
            /**
             * @default decides
             * @enum {string}
             */
            relation?: 'decides' | 'takes_note';
            /** Format: uuid */
            targetId: string;
            /** @enum {string} */
            targetType: 'convention' | 'amendment' | 'envelope' | 'allocation' | 'funding_agreement' | 'loan_guarantee';
          }[];
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actesCode: string | null;
            actesName: string | null;
            agendaItemId: string;
            body: {
              code: string;
              id: string;
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            budgetName: string | null;
            budgetYear: string | null;
            can: {
              correct: boolean;
              edit: boolean;
              transmit: boolean;
            };
            conventionId: string;
            corrections: {
              actorLabel: string;
              corrected: string | null;
              correctedAt: string;
              field: string;
              id: string;
              previous: string | null;
              reason: string;
            }[];
            decidedOn: string;
            delegation: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            } | null;
            delegationsGiven: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            id: string;
            links: {
              label: string;
              /** @enum {string} */
              relation: 'decides' | 'takes_note';
              targetId: string;
              /** @enum {string} */
              targetType:
                'convention' | 'amendment' | 'envelope' | 'allocation' | 'funding_agreement' | 'loan_guarantee';
            }[];
            locked: boolean;
            /** @enum {string} */
            matter:
              | 'convention'
              | 'amendment'
              | 'allocation'
              | 'funding_agreement'
              | 'loan_guarantee'
              | 'delegation'
              | 'other';
            matterYear: number | null;
            outcome: {
              /** @enum {string} */
              code:
                | 'unanimity'
                | 'unanimity_of_votes_cast'
                | 'majority'
                | 'casting_vote'
                | 'tie'
                | 'rejected'
                | 'no_votes_cast'
                | 'adopted_unrecorded';
              wording: string;
            };
            prefectureId: string | null;
            reference: string;
            sequence: number;
            sessionId: string;
            text: string | null;
            title: string;
            transmittedOn: string | null;
            url: string | null;
            votes: {
              abstention: number;
              against: number;
              for: number;
              membersInOffice: number;
              notTakingPart: number;
              present: number;
              represented: number;
              voters: number;
            };
            warnings: string[];
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  putDecisionsByIdTransmission: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          prefectureId?: string | null;
          /** Format: date */
          transmittedOn: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actesCode: string | null;
            actesName: string | null;
            agendaItemId: string;
            body: {
              code: string;
              id: string;
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            budgetName: string | null;
            budgetYear: string | null;
            can: {
              correct: boolean;
              edit: boolean;
              transmit: boolean;
            };
            conventionId: string;
            corrections: {
              actorLabel: string;
              corrected: string | null;
              correctedAt: string;
              field: string;
              id: string;
              previous: string | null;
              reason: string;
            }[];
            decidedOn: string;
            delegation: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            } | null;
            delegationsGiven: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            id: string;
            links: {
              label: string;
              /** @enum {string} */
              relation: 'decides' | 'takes_note';
              targetId: string;
              /** @enum {string} */
              targetType:
                'convention' | 'amendment' | 'envelope' | 'allocation' | 'funding_agreement' | 'loan_guarantee';
            }[];
            locked: boolean;
            /** @enum {string} */
            matter:
              | 'convention'
              | 'amendment'
              | 'allocation'
              | 'funding_agreement'
              | 'loan_guarantee'
              | 'delegation'
              | 'other';
            matterYear: number | null;
            outcome: {
              /** @enum {string} */
              code:
                | 'unanimity'
                | 'unanimity_of_votes_cast'
                | 'majority'
                | 'casting_vote'
                | 'tie'
                | 'rejected'
                | 'no_votes_cast'
                | 'adopted_unrecorded';
              wording: string;
            };
            prefectureId: string | null;
            reference: string;
            sequence: number;
            sessionId: string;
            text: string | null;
            title: string;
            transmittedOn: string | null;
            url: string | null;
            votes: {
              abstention: number;
              against: number;
              for: number;
              membersInOffice: number;
              notTakingPart: number;
              present: number;
              represented: number;
              voters: number;
            };
            warnings: string[];
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getDocumentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
          'application/vnd.oasis.opendocument.spreadsheet': string;
          'application/vnd.oasis.opendocument.text': string;
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'image/jpeg': string;
          'image/png': string;
          'text/csv': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  patchDutiesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          active?: boolean;
          articleNumber?: string;
          description?: string;
          dueDay?: number | null;
          dueMonth?: number | null;
          evidenceDescription?: string;
          /** @enum {string} */
          evidenceKind?:
            | 'manual'
            | 'volume_forecast'
            | 'allocation'
            | 'funding_agreements'
            | 'copil_meeting'
            | 'cotech_meeting'
            | 'progress_table'
            | 'invitation'
            | 'publicity_proof';
          /** @default 0 */
          monthsAfter?: number;
          /** @enum {string} */
          party?: 'department' | 'landlord';
          quarter?: number | null;
          /** @enum {string} */
          recurrence?: 'yearly_date' | 'yearly_quarter' | 'half_yearly' | 'per_event';
          /**
           * @default [
           *       30,
           *       7
           *     ]
           */
          reminderDays?: number[];
          /** @default true */
          shiftToWorkingDay?: boolean;
          title?: string;
          /** @default 0 */
          yearOffset?: number;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            active: boolean;
            articleNumber: string;
            code: string;
            conventionId: string;
            description: string;
            dueDay: number | null;
            dueMonth: number | null;
            evidenceDescription: string;
            /** @enum {string} */
            evidenceKind:
              | 'manual'
              | 'volume_forecast'
              | 'allocation'
              | 'funding_agreements'
              | 'copil_meeting'
              | 'cotech_meeting'
              | 'progress_table'
              | 'invitation'
              | 'publicity_proof';
            id: string;
            instances: number;
            monthsAfter: number;
            /** @enum {string} */
            party: 'department' | 'landlord';
            quarter: number | null;
            /** @enum {string} */
            recurrence: 'yearly_date' | 'yearly_quarter' | 'half_yearly' | 'per_event';
            reminderDays: number[];
            shiftToWorkingDay: boolean;
            title: string;
            yearOffset: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getDutyInstancesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              markDone: boolean;
            };
            conventionId: string;
            doneLate: boolean;
            doneOn: string | null;
            dueOn: string;
            duty: {
              articleNumber: string;
              code: string;
              evidenceDescription: string;
              /** @enum {string} */
              evidenceKind:
                | 'manual'
                | 'volume_forecast'
                | 'allocation'
                | 'funding_agreements'
                | 'copil_meeting'
                | 'cotech_meeting'
                | 'progress_table'
                | 'invitation'
                | 'publicity_proof';
              id: string;
              /** @enum {string} */
              party: 'department' | 'landlord';
              title: string;
            };
            evidence: {
              documentId: string | null;
              label: string;
              note: string | null;
              on: string;
              /** @enum {string} */
              source: 'resolved' | 'manual';
            } | null;
            id: string;
            nominalDueOn: string;
            periodEnd: string;
            periodKey: string;
            periodLabel: string;
            periodStart: string;
            /** @enum {string} */
            status: 'upcoming' | 'due_soon' | 'late' | 'done';
            warning: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postDutyInstancesByIdDone: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          documentId: string;
          /** Format: date */
          doneOn?: string;
          note?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              markDone: boolean;
            };
            conventionId: string;
            doneLate: boolean;
            doneOn: string | null;
            dueOn: string;
            duty: {
              articleNumber: string;
              code: string;
              evidenceDescription: string;
              /** @enum {string} */
              evidenceKind:
                | 'manual'
                | 'volume_forecast'
                | 'allocation'
                | 'funding_agreements'
                | 'copil_meeting'
                | 'cotech_meeting'
                | 'progress_table'
                | 'invitation'
                | 'publicity_proof';
              id: string;
              /** @enum {string} */
              party: 'department' | 'landlord';
              title: string;
            };
            evidence: {
              documentId: string | null;
              label: string;
              note: string | null;
              on: string;
              /** @enum {string} */
              source: 'resolved' | 'manual';
            } | null;
            id: string;
            nominalDueOn: string;
            periodEnd: string;
            periodKey: string;
            periodLabel: string;
            periodStart: string;
            /** @enum {string} */
            status: 'upcoming' | 'due_soon' | 'late' | 'done';
            warning: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getDwellingsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            building: {
              code: string;
              id: string;
              name: string | null;
            } | null;
            can: {
              retire: boolean;
            };
            communeCode: string;
            communeName: string;
            /** @enum {string} */
            constructionType: 'collective' | 'individual' | 'student';
            constructionYear: number | null;
            dpeDate: string | null;
            dpeReference: string | null;
            /** @enum {string|null} */
            effectiveClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            /** @enum {string|null} */
            energyClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            epciCode: string | null;
            epciName: string | null;
            financing: string | null;
            /** @enum {string|null} */
            ghgClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            id: string;
            identInt: string | null;
            identRep: string | null;
            isDemo: boolean;
            qpvCode: string | null;
            retirement: {
              on: string;
              /** @enum {string} */
              reason: 'sale' | 'demolition' | 'merge';
              reasonLabel: string;
            } | null;
            rooms: number | null;
            surface: string | null;
            /** @enum {string} */
            territory: 'mainland' | 'overseas';
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getDwellingsByIdOperations: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            deliveredBy: string | null;
            /** @enum {string|null} */
            dpeClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            dwellingId: string;
            /** @enum {string|null} */
            effectiveClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            operations: {
              actualDelivery: string | null;
              conventionId: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'thermal_renovation'
                | 'maintenance'
                | 'vacant_renovation'
                | 'adaptation'
                | 'establishment_works'
                | 'demolition_reconstruction'
                | 'other';
              label: string;
              plannedDelivery: string | null;
              reference: string;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
              /** @enum {string|null} */
              targetClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postDwellingsByIdRetirement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          on: string;
          /** @enum {string} */
          reason: 'sale' | 'demolition' | 'merge';
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            building: {
              code: string;
              id: string;
              name: string | null;
            } | null;
            can: {
              retire: boolean;
            };
            communeCode: string;
            communeName: string;
            /** @enum {string} */
            constructionType: 'collective' | 'individual' | 'student';
            constructionYear: number | null;
            dpeDate: string | null;
            dpeReference: string | null;
            /** @enum {string|null} */
            effectiveClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            /** @enum {string|null} */
            energyClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            epciCode: string | null;
            epciName: string | null;
            financing: string | null;
            /** @enum {string|null} */
            ghgClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            id: string;
            identInt: string | null;
            identRep: string | null;
            isDemo: boolean;
            qpvCode: string | null;
            retirement: {
              on: string;
              /** @enum {string} */
              reason: 'sale' | 'demolition' | 'merge';
              reasonLabel: string;
            } | null;
            rooms: number | null;
            surface: string | null;
            /** @enum {string} */
            territory: 'mainland' | 'overseas';
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  postEnvelopesByIdAllocations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: string;
          deliberationBody: string;
          /** Format: date */
          deliberationDate: string;
          deliberationNumber?: string | null;
          year: number;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
            warning: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postEnvelopesByIdRevisions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: string;
          /** Format: date */
          deliberationDate: string;
          deliberationRef: string;
          /** Format: date */
          effectiveOn: string;
          reason?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            id: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  putEstablishmentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          beds?: number | null;
          communeCode: string;
          dwellings?: number | null;
          /** @enum {string} */
          kind: 'autonomy_residence' | 'life_home' | 'accommodation_home' | 'beguinage';
          managerName?: string | null;
          name: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            beds: number | null;
            communeCode: string;
            communeName: string;
            dwellings: number | null;
            id: string;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'autonomy_residence' | 'life_home' | 'accommodation_home' | 'beguinage';
            kindLabel: string;
            managerName: string | null;
            name: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  deleteEstablishmentsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Fait, sans contenu */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  postExportsTableXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          columns: string[];
          rows: string[][];
          title: string;
        };
      };
    };
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  getFundingAgreementsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            affectations: {
              amount: string;
              id: string;
              operationId: string | null;
              operationLabel: string;
            }[];
            allocationAmount: string;
            allocationId: string;
            amount: string;
            conventionId: string;
            /** @enum {string} */
            envelopeKind: 'investment' | 'operating';
            id: string;
            justificationDeadline: string | null;
            purpose: string;
            reimbursementClause: string | null;
            reimbursements: {
              amount: string;
              id: string;
              issuedOn: string;
              reason: string;
              revenueOrderNumber: string;
            }[];
            schedule: {
              amount: string;
              condition: string | null;
              id: string;
              /** @enum {string} */
              kind: 'advance' | 'instalment' | 'balance';
              label: string;
              paid: string;
              requested: string;
              requiredDocuments: string[];
            }[];
            signedOn: string | null;
            totals: {
              left: string;
              paid: string;
              reimbursed: string;
              requested: string;
            };
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postFundingAgreementsByIdAffectations: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: string;
          /** Format: uuid */
          operationId?: string | null;
          operationLabel: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            affectations: {
              amount: string;
              id: string;
              operationId: string | null;
              operationLabel: string;
            }[];
            allocationAmount: string;
            allocationId: string;
            amount: string;
            conventionId: string;
            /** @enum {string} */
            envelopeKind: 'investment' | 'operating';
            id: string;
            justificationDeadline: string | null;
            purpose: string;
            reimbursementClause: string | null;
            reimbursements: {
              amount: string;
              id: string;
              issuedOn: string;
              reason: string;
              revenueOrderNumber: string;
            }[];
            schedule: {
              amount: string;
              condition: string | null;
              id: string;
              /** @enum {string} */
              kind: 'advance' | 'instalment' | 'balance';
              label: string;
              paid: string;
              requested: string;
              requiredDocuments: string[];
            }[];
            signedOn: string | null;
            totals: {
              left: string;
              paid: string;
              reimbursed: string;
              requested: string;
            };
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postFundingAgreementsByIdPaymentRequests: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: string;
          description?: string | null;
          /** Format: uuid */
          operationId?: string | null;
          /** Format: uuid */
          scheduleLineId: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agreementLabel: string;
            amount: string;
            can: {
              actions: string[];
              edit: boolean;
              pay: boolean;
            };
            conventionId: string;
            createdAt: string;
            createdBy: string;
            description: string | null;
            documents: {
              filename: string;
              id: string;
              requirement: string;
            }[];
            fundingAgreementId: string;
            id: string;
            missingDocuments: string[];
            operation: {
              id: string;
              label: string;
              reference: string;
            } | null;
            payment: {
              amount: string;
              mandateDate: string;
              mandateNumber: string;
            } | null;
            scheduleLine: {
              amount: string;
              id: string;
              /** @enum {string} */
              kind: 'advance' | 'instalment' | 'balance';
              label: string;
              requiredDocuments: string[];
            };
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'returned' | 'approved' | 'paid' | 'rejected';
            submittedAt: string | null;
            timeline: {
              actor: string;
              at: string;
              comment: string | null;
              fromStatus: string | null;
              toStatus: string;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postFundingAgreementsByIdReimbursements: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          amount: string;
          /** Format: date */
          issuedOn: string;
          reason: string;
          revenueOrderNumber: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            affectations: {
              amount: string;
              id: string;
              operationId: string | null;
              operationLabel: string;
            }[];
            allocationAmount: string;
            allocationId: string;
            amount: string;
            conventionId: string;
            /** @enum {string} */
            envelopeKind: 'investment' | 'operating';
            id: string;
            justificationDeadline: string | null;
            purpose: string;
            reimbursementClause: string | null;
            reimbursements: {
              amount: string;
              id: string;
              issuedOn: string;
              reason: string;
              revenueOrderNumber: string;
            }[];
            schedule: {
              amount: string;
              condition: string | null;
              id: string;
              /** @enum {string} */
              kind: 'advance' | 'instalment' | 'balance';
              label: string;
              paid: string;
              requested: string;
              requiredDocuments: string[];
            }[];
            signedOn: string | null;
            totals: {
              left: string;
              paid: string;
              reimbursed: string;
              requested: string;
            };
            year: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getGovernanceReference: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actesSubjects: {
              code: string;
              matter: string;
              subject: string;
            }[];
            matters: {
              label: string;
              /** @enum {string} */
              value:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
            }[];
            ruleSets: {
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              label: string;
              rules: {
                competences: (
                  | 'convention'
                  | 'amendment'
                  | 'allocation'
                  | 'funding_agreement'
                  | 'loan_guarantee'
                  | 'delegation'
                  | 'other'
                )[];
                convocationNoticeDays: number | null;
                defaultAgenda: string[];
                deliberative: boolean;
                majority: {
                  /** @enum {string} */
                  basis: 'votes_cast' | 'present_or_represented';
                  castingVote: boolean;
                };
                proxies: {
                  maxPerHolder: number;
                };
                quorum: {
                  /** @enum {string} */
                  base: 'members_in_office' | 'voting_members_in_office';
                  /** @enum {string} */
                  comparison: 'at_least' | 'more_than';
                  /** @enum {string} */
                  counts: 'present' | 'present_or_represented';
                  denominator: number;
                  numerator: number;
                  recusedCount: boolean;
                } | null;
                seats: number | null;
                withoutQuorum: {
                  minDelayDays: number | null;
                  quorumRequired: boolean;
                  secondConvocation: boolean;
                };
              };
            }[];
          };
        };
      };
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postGuaranteeRequestsByIdDecision: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          decidedOn: string;
          /** @enum {string} */
          decidingBody: 'commission_permanente' | 'conseil_departemental';
          /** @enum {string} */
          decision: 'granted' | 'refused';
          deliberationRef: string;
          notes?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              decide: boolean;
              examine: boolean;
            };
            contractNumber: string;
            conventionId: string;
            decidedOn: string | null;
            /** @enum {string|null} */
            decidingBody: 'commission_permanente' | 'conseil_departemental' | null;
            decisionNotes: string | null;
            deliberationRef: string | null;
            documents: {
              filename: string;
              id: string;
              label: string;
            }[];
            examinationNotes: string | null;
            examinationStartedOn: string | null;
            guaranteedShare: string;
            guaranteeId: string | null;
            id: string;
            lender: string;
            loanAmount: string;
            operationLabel: string;
            rate: string | null;
            reference: string;
            /** @enum {string} */
            status: 'submitted' | 'in_examination' | 'granted' | 'refused';
            submittedOn: string;
            termYears: number | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postGuaranteeRequestsByIdExamination: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          notes: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              decide: boolean;
              examine: boolean;
            };
            contractNumber: string;
            conventionId: string;
            decidedOn: string | null;
            /** @enum {string|null} */
            decidingBody: 'commission_permanente' | 'conseil_departemental' | null;
            decisionNotes: string | null;
            deliberationRef: string | null;
            documents: {
              filename: string;
              id: string;
              label: string;
            }[];
            examinationNotes: string | null;
            examinationStartedOn: string | null;
            guaranteedShare: string;
            guaranteeId: string | null;
            id: string;
            lender: string;
            loanAmount: string;
            operationLabel: string;
            rate: string | null;
            reference: string;
            /** @enum {string} */
            status: 'submitted' | 'in_examination' | 'granted' | 'refused';
            submittedOn: string;
            termYears: number | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  putGuaranteesByIdBalances: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          asOf: string;
          outstanding: string;
        };
      };
    };
    responses: {
      /** @description Fait, sans contenu */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': null;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            databaseVersion?: string;
            /** @enum {string} */
            engine: 'embedded' | 'server';
            migrations?: string[];
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      500: components['responses']['Error500'];
    };
  };
  getHealthLive: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string} */
            status: 'ok';
          };
        };
      };
      500: components['responses']['Error500'];
    };
  };
  getIndicatorsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            axis: {
              code: string;
              id: string;
              title: string;
            } | null;
            canEnter: boolean;
            code: string;
            /** @enum {string|null} */
            computation:
              | 'renovated_dwellings'
              | 'banned_dwellings'
              | 'adaptations_delivered'
              | 'maintenance_dwellings'
              | 'subsidies_paid'
              | null;
            conventionId: string;
            /** @enum {string} */
            direction: 'higher' | 'lower';
            /** @enum {string} */
            frequency: 'yearly' | 'half_yearly';
            history: {
              comment: string | null;
              enteredAt: string | null;
              enteredBy: string;
              evidenceDocument: {
                filename: string;
                id: string;
              } | null;
              id: string | null;
              period: string;
              source: string | null;
              value: string;
              year: number;
            }[];
            id: string;
            label: string;
            measurement: string;
            objective: {
              code: string;
              id: string;
              title: string;
            };
            /** @enum {string} */
            responsibleParty: 'department' | 'landlord';
            responsibleService: string | null;
            unit: string;
            values: {
              comment: string | null;
              enteredAt: string | null;
              enteredBy: string;
              evidenceDocument: {
                filename: string;
                id: string;
              } | null;
              id: string | null;
              period: string;
              source: string | null;
              value: string;
              year: number;
            }[];
            years: {
              /** @enum {string} */
              status: 'on_target' | 'off_target' | 'no_target' | 'no_value';
              target: string | null;
              targetComment: string | null;
              value: string | null;
              year: number;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postIndicatorsByIdValues: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string | null;
          /** Format: uuid */
          evidenceDocumentId?: string | null;
          period: string;
          source?: string | null;
          value: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            axis: {
              code: string;
              id: string;
              title: string;
            } | null;
            canEnter: boolean;
            code: string;
            /** @enum {string|null} */
            computation:
              | 'renovated_dwellings'
              | 'banned_dwellings'
              | 'adaptations_delivered'
              | 'maintenance_dwellings'
              | 'subsidies_paid'
              | null;
            conventionId: string;
            /** @enum {string} */
            direction: 'higher' | 'lower';
            /** @enum {string} */
            frequency: 'yearly' | 'half_yearly';
            history: {
              comment: string | null;
              enteredAt: string | null;
              enteredBy: string;
              evidenceDocument: {
                filename: string;
                id: string;
              } | null;
              id: string | null;
              period: string;
              source: string | null;
              value: string;
              year: number;
            }[];
            id: string;
            label: string;
            measurement: string;
            objective: {
              code: string;
              id: string;
              title: string;
            };
            /** @enum {string} */
            responsibleParty: 'department' | 'landlord';
            responsibleService: string | null;
            unit: string;
            values: {
              comment: string | null;
              enteredAt: string | null;
              enteredBy: string;
              evidenceDocument: {
                filename: string;
                id: string;
              } | null;
              id: string | null;
              period: string;
              source: string | null;
              value: string;
              year: number;
            }[];
            years: {
              /** @enum {string} */
              status: 'on_target' | 'off_target' | 'no_target' | 'no_value';
              target: string | null;
              targetComment: string | null;
              value: string | null;
              year: number;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getLettingBanCalendars: {
    parameters: {
      query?: {
        asOf?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            can: {
              add: boolean;
            };
            inForceId: string | null;
            versions: {
              createdAt: string;
              createdBy: string | null;
              deadlines: {
                /** @enum {string} */
                bannedClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
                effectiveFrom: string;
                /** @enum {string} */
                minimumClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
                /** @enum {string} */
                territory: 'mainland' | 'overseas';
              }[];
              id: string;
              inForce: boolean;
              inForceFrom: string;
              label: string;
              legalReference: string;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postLettingBanCalendars: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          deadlines: {
            /** @enum {string} */
            bannedClass: 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
            /** Format: date */
            effectiveFrom: string;
            /** @enum {string} */
            territory: 'mainland' | 'overseas';
          }[];
          /** Format: date */
          inForceFrom: string;
          label: string;
          legalReference: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            createdBy: string | null;
            deadlines: {
              /** @enum {string} */
              bannedClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
              effectiveFrom: string;
              /** @enum {string} */
              minimumClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
              /** @enum {string} */
              territory: 'mainland' | 'overseas';
            }[];
            id: string;
            inForce: boolean;
            inForceFrom: string;
            label: string;
            legalReference: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  patchMandatesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          endOn?: string | null;
          quality?: string | null;
          /** @enum {string} */
          role?: 'president' | 'vice_president' | 'member';
          /** Format: date */
          startOn?: string | null;
          voting?: boolean;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              manage: boolean;
            };
            code: string;
            conventionId: string;
            delegationsGiven: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            delegationsReceived: {
              decisionId: string;
              decisionReference: string;
              description: string;
              fromBody: {
                id: string;
                name: string;
              };
              fromYear: number | null;
              grantedOn: string;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              toBody: {
                id: string;
                name: string;
              };
              untilYear: number | null;
            }[];
            id: string;
            /** @enum {string} */
            kind:
              | 'oph_board'
              | 'oph_bureau'
              | 'department_assembly'
              | 'standing_committee'
              | 'steering_committee'
              | 'technical_committee'
              | 'thematic_meeting';
            mandates: {
              endOn: string | null;
              id: string;
              inOffice: boolean;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              quality: string | null;
              /** @enum {string} */
              role: 'president' | 'vice_president' | 'member';
              startOn: string | null;
              voting: boolean;
            }[];
            membersInOffice: number;
            name: string;
            organisationName: string | null;
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            sessions: {
              /** @enum {string} */
              convocation: 'first' | 'second';
              heldOn: string;
              id: string;
              itemCount: number;
              place: string | null;
              /** @enum {string} */
              status: 'planned' | 'held' | 'no_quorum';
            }[];
            /** @enum {string} */
            side: 'department' | 'landlord' | 'joint';
            signatoryName: string | null;
            signatoryTitle: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getMeetingsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actionItems: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            agenda: {
              id: string;
              position: number;
              title: string;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
            };
            can: {
              followUp: boolean;
              manage: boolean;
            };
            coChairs: {
              department: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
              landlord: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
            } | null;
            conventionId: string;
            decisions: {
              agendaItemId: string | null;
              id: string;
              text: string;
            }[];
            followUp: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            heldOn: string;
            id: string;
            minutes: string | null;
            participants: {
              function: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              organisation: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
            }[];
            place: string | null;
            previousMeetingId: string | null;
            windowWarning: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  patchMeetingsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          heldOn?: string;
          minutes?: string | null;
          place?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actionItems: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            agenda: {
              id: string;
              position: number;
              title: string;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
            };
            can: {
              followUp: boolean;
              manage: boolean;
            };
            coChairs: {
              department: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
              landlord: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
            } | null;
            conventionId: string;
            decisions: {
              agendaItemId: string | null;
              id: string;
              text: string;
            }[];
            followUp: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            heldOn: string;
            id: string;
            minutes: string | null;
            participants: {
              function: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              organisation: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
            }[];
            place: string | null;
            previousMeetingId: string | null;
            windowWarning: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postMeetingsByIdActionItems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          dueOn?: string | null;
          /** Format: uuid */
          ownerMemberId?: string | null;
          /** Format: uuid */
          ownerOrganisationId?: string | null;
          title: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actionItems: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            agenda: {
              id: string;
              position: number;
              title: string;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
            };
            can: {
              followUp: boolean;
              manage: boolean;
            };
            coChairs: {
              department: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
              landlord: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
            } | null;
            conventionId: string;
            decisions: {
              agendaItemId: string | null;
              id: string;
              text: string;
            }[];
            followUp: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            heldOn: string;
            id: string;
            minutes: string | null;
            participants: {
              function: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              organisation: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
            }[];
            place: string | null;
            previousMeetingId: string | null;
            windowWarning: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  putMeetingsByIdCoChairs: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          department: {
            /** @enum {string|null} */
            civility?: 'M.' | 'Mme' | null;
            firstName?: string | null;
            function?: string | null;
            lastName?: string;
            /** Format: uuid */
            memberId?: string;
          } | null;
          landlord: {
            /** @enum {string|null} */
            civility?: 'M.' | 'Mme' | null;
            firstName?: string | null;
            function?: string | null;
            lastName?: string;
            /** Format: uuid */
            memberId?: string;
          } | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actionItems: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            agenda: {
              id: string;
              position: number;
              title: string;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
            };
            can: {
              followUp: boolean;
              manage: boolean;
            };
            coChairs: {
              department: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
              landlord: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
            } | null;
            conventionId: string;
            decisions: {
              agendaItemId: string | null;
              id: string;
              text: string;
            }[];
            followUp: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            heldOn: string;
            id: string;
            minutes: string | null;
            participants: {
              function: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              organisation: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
            }[];
            place: string | null;
            previousMeetingId: string | null;
            windowWarning: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postMeetingsByIdDecisions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          agendaItemId?: string | null;
          text: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actionItems: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            agenda: {
              id: string;
              position: number;
              title: string;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
            };
            can: {
              followUp: boolean;
              manage: boolean;
            };
            coChairs: {
              department: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
              landlord: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
            } | null;
            conventionId: string;
            decisions: {
              agendaItemId: string | null;
              id: string;
              text: string;
            }[];
            followUp: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            heldOn: string;
            id: string;
            minutes: string | null;
            participants: {
              function: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              organisation: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
            }[];
            place: string | null;
            previousMeetingId: string | null;
            windowWarning: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getMeetingsByIdMinutesDocx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getMeetingsByIdMinutesPdf: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/pdf': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  putMeetingsByIdParticipants: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          participants: {
            /** @enum {string|null} */
            civility?: 'M.' | 'Mme' | null;
            firstName?: string | null;
            function?: string | null;
            lastName?: string;
            /** Format: uuid */
            memberId?: string;
            /** Format: uuid */
            organisationId?: string | null;
            /**
             * @default present
             * @enum {string}
             */
            status?: 'present' | 'excused' | 'absent';
          }[];
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actionItems: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            agenda: {
              id: string;
              position: number;
              title: string;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
            };
            can: {
              followUp: boolean;
              manage: boolean;
            };
            coChairs: {
              department: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
              landlord: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
            } | null;
            conventionId: string;
            decisions: {
              agendaItemId: string | null;
              id: string;
              text: string;
            }[];
            followUp: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            heldOn: string;
            id: string;
            minutes: string | null;
            participants: {
              function: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              organisation: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
            }[];
            place: string | null;
            previousMeetingId: string | null;
            windowWarning: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postMeetingsByIdStandingMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actionItems: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            agenda: {
              id: string;
              position: number;
              title: string;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
            };
            can: {
              followUp: boolean;
              manage: boolean;
            };
            coChairs: {
              department: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
              landlord: {
                function: string | null;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              } | null;
            } | null;
            conventionId: string;
            decisions: {
              agendaItemId: string | null;
              id: string;
              text: string;
            }[];
            followUp: {
              bodyId: string;
              dueOn: string | null;
              history: {
                actorLabel: string;
                comment: string | null;
                meetingId: string | null;
                occurredAt: string;
                /** @enum {string} */
                status: 'open' | 'in_progress' | 'done' | 'dropped';
              }[];
              id: string;
              overdue: boolean;
              owner: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              ownerOrganisation: {
                id: string;
                name: string;
              } | null;
              raisedAt: {
                heldOn: string;
                meetingId: string;
              };
              /** @enum {string} */
              status: 'open' | 'in_progress' | 'done' | 'dropped';
              title: string;
            }[];
            heldOn: string;
            id: string;
            minutes: string | null;
            participants: {
              function: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              organisation: {
                id: string;
                name: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
            }[];
            place: string | null;
            previousMeetingId: string | null;
            windowWarning: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postMembersByIdSpellings: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          spelling: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @enum {string|null} */
            civility: 'M.' | 'Mme' | null;
            firstName: string | null;
            formalName: string;
            function: string | null;
            id: string;
            lastName: string;
            mandates: {
              bodyId: string;
              bodyName: string;
              endOn: string | null;
              id: string;
              quality: string | null;
              /** @enum {string} */
              role: 'president' | 'vice_president' | 'member';
              startOn: string | null;
              voting: boolean;
            }[];
            organisationId: string | null;
            spellings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getNotifications: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            notifications: {
              body: string;
              conventionId: string;
              createdAt: string;
              id: string;
              instanceId: string;
              kind: string;
              readAt: string | null;
              title: string;
            }[];
            unread: number;
          };
        };
      };
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postNotificationsByIdRead: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            notifications: {
              body: string;
              conventionId: string;
              createdAt: string;
              id: string;
              instanceId: string;
              kind: string;
              readAt: string | null;
              title: string;
            }[];
            unread: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postNotificationsReadAll: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            notifications: {
              body: string;
              conventionId: string;
              createdAt: string;
              id: string;
              instanceId: string;
              kind: string;
              readAt: string | null;
              title: string;
            }[];
            unread: number;
          };
        };
      };
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      500: components['responses']['Error500'];
    };
  };
  getOperationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actualDelivery: string | null;
            can: {
              write: boolean;
            };
            classCounts: {
              /** @enum {string} */
              classBefore: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
              count: number;
              /** @enum {string|null} */
              targetClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            }[];
            comments: string | null;
            communeCode: string | null;
            communeName: string;
            conventionId: string;
            costExclTax: string | null;
            costInclTax: string | null;
            departmentSubsidy: string;
            dwellingCount: number;
            dwellings: {
              /** @enum {string|null} */
              classBefore: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
              communeName: string;
              dwellingId: string;
              label: string;
              /** @enum {string|null} */
              targetClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            }[];
            energyAfter: string | null;
            energyBefore: string | null;
            epciName: string | null;
            fundingLines: {
              affected: string;
              agreementLabel: string | null;
              amount: string;
              fundingAgreementId: string | null;
              id: string;
              /** @enum {string} */
              source: 'department' | 'eco_loan' | 'feder' | 'region' | 'cee' | 'own_funds';
            }[];
            id: string;
            /** @enum {string} */
            kind:
              | 'thermal_renovation'
              | 'maintenance'
              | 'vacant_renovation'
              | 'adaptation'
              | 'establishment_works'
              | 'demolition_reconstruction'
              | 'other';
            label: string;
            organisationId: string;
            paymentRequests: {
              amount: string;
              id: string;
              status: string;
            }[];
            percentComplete: number;
            phases: {
              actualOn: string | null;
              /** @enum {string} */
              phase: 'studies' | 'tender' | 'start_order' | 'works' | 'delivery' | 'final_account';
              plannedOn: string | null;
            }[];
            plannedDelivery: string | null;
            /** @enum {string} */
            programme: 'pmt_2022_2024' | 'pmt_2025_2030';
            reference: string;
            residence: string | null;
            risks: string | null;
            spent: string | null;
            spentOn: string | null;
            /** @enum {string} */
            status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
            subsidyAgreementIds: string[];
            unclassifiedDwellings: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  putOperationsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @default [] */
          classCounts?: {
            /** @enum {string} */
            classBefore: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
            count: number;
            /** @enum {string|null} */
            targetClass?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
          }[];
          comments?: string | null;
          communeCode?: string | null;
          costExclTax?: string | null;
          costInclTax?: string | null;
          /** @default [] */
          dwellings?: {
            /** Format: uuid */
            dwellingId: string;
            /** @enum {string|null} */
            targetClass?: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
          }[];
          energyAfter?: string | null;
          energyBefore?: string | null;
          fundingLines?: {
            amount: string;
            /** Format: uuid */
            fundingAgreementId?: string | null;
            /** @enum {string} */
            source: 'department' | 'eco_loan' | 'feder' | 'region' | 'cee' | 'own_funds';
          }[];
          /** @enum {string} */
          kind:
            | 'thermal_renovation'
            | 'maintenance'
            | 'vacant_renovation'
            | 'adaptation'
            | 'establishment_works'
            | 'demolition_reconstruction'
            | 'other';
          label: string;
          percentComplete: number;
          /** @default [] */
          phases?: {
            /** Format: date */
            actualOn?: string | null;
            /** @enum {string} */
            phase: 'studies' | 'tender' | 'start_order' | 'works' | 'delivery' | 'final_account';
            /** Format: date */
            plannedOn?: string | null;
          }[];
          /** @enum {string} */
          programme: 'pmt_2022_2024' | 'pmt_2025_2030';
          residence?: string | null;
          risks?: string | null;
          /** @enum {string} */
          status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
          unclassifiedDwellings?: number;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            actualDelivery: string | null;
            can: {
              write: boolean;
            };
            classCounts: {
              /** @enum {string} */
              classBefore: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
              count: number;
              /** @enum {string|null} */
              targetClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            }[];
            comments: string | null;
            communeCode: string | null;
            communeName: string;
            conventionId: string;
            costExclTax: string | null;
            costInclTax: string | null;
            departmentSubsidy: string;
            dwellingCount: number;
            dwellings: {
              /** @enum {string|null} */
              classBefore: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
              communeName: string;
              dwellingId: string;
              label: string;
              /** @enum {string|null} */
              targetClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
            }[];
            energyAfter: string | null;
            energyBefore: string | null;
            epciName: string | null;
            fundingLines: {
              affected: string;
              agreementLabel: string | null;
              amount: string;
              fundingAgreementId: string | null;
              id: string;
              /** @enum {string} */
              source: 'department' | 'eco_loan' | 'feder' | 'region' | 'cee' | 'own_funds';
            }[];
            id: string;
            /** @enum {string} */
            kind:
              | 'thermal_renovation'
              | 'maintenance'
              | 'vacant_renovation'
              | 'adaptation'
              | 'establishment_works'
              | 'demolition_reconstruction'
              | 'other';
            label: string;
            organisationId: string;
            paymentRequests: {
              amount: string;
              id: string;
              status: string;
            }[];
            percentComplete: number;
            phases: {
              actualOn: string | null;
              /** @enum {string} */
              phase: 'studies' | 'tender' | 'start_order' | 'works' | 'delivery' | 'final_account';
              plannedOn: string | null;
            }[];
            plannedDelivery: string | null;
            /** @enum {string} */
            programme: 'pmt_2022_2024' | 'pmt_2025_2030';
            reference: string;
            residence: string | null;
            risks: string | null;
            spent: string | null;
            spentOn: string | null;
            /** @enum {string} */
            status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
            subsidyAgreementIds: string[];
            unclassifiedDwellings: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getOrganisations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            id: string;
            /** @enum {string} */
            kind: 'department' | 'landlord' | 'control_body';
            name: string;
            siret: string;
          }[];
        };
      };
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postOrganisations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          address?: string | null;
          /** @enum {string} */
          kind: 'department' | 'landlord' | 'control_body';
          name: string;
          siret: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            address: string | null;
            id: string;
            /** @enum {string} */
            kind: 'department' | 'landlord' | 'control_body';
            name: string;
            siret: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  getPaymentRequestsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agreementLabel: string;
            amount: string;
            can: {
              actions: string[];
              edit: boolean;
              pay: boolean;
            };
            conventionId: string;
            createdAt: string;
            createdBy: string;
            description: string | null;
            documents: {
              filename: string;
              id: string;
              requirement: string;
            }[];
            fundingAgreementId: string;
            id: string;
            missingDocuments: string[];
            operation: {
              id: string;
              label: string;
              reference: string;
            } | null;
            payment: {
              amount: string;
              mandateDate: string;
              mandateNumber: string;
            } | null;
            scheduleLine: {
              amount: string;
              id: string;
              /** @enum {string} */
              kind: 'advance' | 'instalment' | 'balance';
              label: string;
              requiredDocuments: string[];
            };
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'returned' | 'approved' | 'paid' | 'rejected';
            submittedAt: string | null;
            timeline: {
              actor: string;
              at: string;
              comment: string | null;
              fromStatus: string | null;
              toStatus: string;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postPaymentRequestsByIdDocuments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          documentId: string;
          requirement: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agreementLabel: string;
            amount: string;
            can: {
              actions: string[];
              edit: boolean;
              pay: boolean;
            };
            conventionId: string;
            createdAt: string;
            createdBy: string;
            description: string | null;
            documents: {
              filename: string;
              id: string;
              requirement: string;
            }[];
            fundingAgreementId: string;
            id: string;
            missingDocuments: string[];
            operation: {
              id: string;
              label: string;
              reference: string;
            } | null;
            payment: {
              amount: string;
              mandateDate: string;
              mandateNumber: string;
            } | null;
            scheduleLine: {
              amount: string;
              id: string;
              /** @enum {string} */
              kind: 'advance' | 'instalment' | 'balance';
              label: string;
              requiredDocuments: string[];
            };
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'returned' | 'approved' | 'paid' | 'rejected';
            submittedAt: string | null;
            timeline: {
              actor: string;
              at: string;
              comment: string | null;
              fromStatus: string | null;
              toStatus: string;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postPaymentRequestsByIdPayment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          mandateDate: string;
          mandateNumber: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agreementLabel: string;
            amount: string;
            can: {
              actions: string[];
              edit: boolean;
              pay: boolean;
            };
            conventionId: string;
            createdAt: string;
            createdBy: string;
            description: string | null;
            documents: {
              filename: string;
              id: string;
              requirement: string;
            }[];
            fundingAgreementId: string;
            id: string;
            missingDocuments: string[];
            operation: {
              id: string;
              label: string;
              reference: string;
            } | null;
            payment: {
              amount: string;
              mandateDate: string;
              mandateNumber: string;
            } | null;
            scheduleLine: {
              amount: string;
              id: string;
              /** @enum {string} */
              kind: 'advance' | 'instalment' | 'balance';
              label: string;
              requiredDocuments: string[];
            };
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'returned' | 'approved' | 'paid' | 'rejected';
            submittedAt: string | null;
            timeline: {
              actor: string;
              at: string;
              comment: string | null;
              fromStatus: string | null;
              toStatus: string;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postPaymentRequestsByIdTransitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action: 'submit' | 'return' | 'approve' | 'reject';
          comment?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            agreementLabel: string;
            amount: string;
            can: {
              actions: string[];
              edit: boolean;
              pay: boolean;
            };
            conventionId: string;
            createdAt: string;
            createdBy: string;
            description: string | null;
            documents: {
              filename: string;
              id: string;
              requirement: string;
            }[];
            fundingAgreementId: string;
            id: string;
            missingDocuments: string[];
            operation: {
              id: string;
              label: string;
              reference: string;
            } | null;
            payment: {
              amount: string;
              mandateDate: string;
              mandateNumber: string;
            } | null;
            scheduleLine: {
              amount: string;
              id: string;
              /** @enum {string} */
              kind: 'advance' | 'instalment' | 'balance';
              label: string;
              requiredDocuments: string[];
            };
            /** @enum {string} */
            status: 'draft' | 'submitted' | 'returned' | 'approved' | 'paid' | 'rejected';
            submittedAt: string | null;
            timeline: {
              actor: string;
              at: string;
              comment: string | null;
              fromStatus: string | null;
              toStatus: string;
            }[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getProgressTablesById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acceptedAt: string | null;
            can: {
              edit: boolean;
              review: boolean;
              submit: boolean;
            };
            conventionId: string;
            dueDate: string;
            id: string;
            label: string;
            late: boolean;
            others: {
              id: string;
              label: string;
            }[];
            periodEnd: string;
            reviewComment: string | null;
            rows: {
              communeName: string;
              deliveryActualOn: string | null;
              /** @enum {string} */
              kind:
                | 'thermal_renovation'
                | 'maintenance'
                | 'vacant_renovation'
                | 'adaptation'
                | 'establishment_works'
                | 'demolition_reconstruction'
                | 'other';
              label: string;
              officeComment: string | null;
              operationId: string;
              percentComplete: number;
              reference: string;
              reviewComment: string | null;
              spent: string | null;
              startActualOn: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
            }[];
            snapshots: {
              submittedAt: string;
              submittedBy: string;
              version: number;
            }[];
            /** @enum {string} */
            status: 'open' | 'submitted' | 'returned' | 'accepted';
            submittedAt: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getProgressTablesByIdDiff: {
    parameters: {
      query: {
        against: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            changes: {
              /** @enum {string} */
              change: 'added' | 'removed' | 'changed';
              fields: {
                after: string | null;
                before: string | null;
                field: string;
                label: string;
              }[];
              label: string;
              operationId: string;
              reference: string;
            }[];
            from: {
              id: string;
              label: string;
            };
            notice: string | null;
            to: {
              id: string;
              label: string;
            };
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  putProgressTablesByIdRows: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          rows: {
            /** Format: date */
            deliveryActualOn?: string | null;
            officeComment?: string | null;
            /** Format: uuid */
            operationId: string;
            percentComplete: number;
            spent?: string | null;
            /** Format: date */
            startActualOn?: string | null;
            /** @enum {string} */
            status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
          }[];
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acceptedAt: string | null;
            can: {
              edit: boolean;
              review: boolean;
              submit: boolean;
            };
            conventionId: string;
            dueDate: string;
            id: string;
            label: string;
            late: boolean;
            others: {
              id: string;
              label: string;
            }[];
            periodEnd: string;
            reviewComment: string | null;
            rows: {
              communeName: string;
              deliveryActualOn: string | null;
              /** @enum {string} */
              kind:
                | 'thermal_renovation'
                | 'maintenance'
                | 'vacant_renovation'
                | 'adaptation'
                | 'establishment_works'
                | 'demolition_reconstruction'
                | 'other';
              label: string;
              officeComment: string | null;
              operationId: string;
              percentComplete: number;
              reference: string;
              reviewComment: string | null;
              spent: string | null;
              startActualOn: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
            }[];
            snapshots: {
              submittedAt: string;
              submittedBy: string;
              version: number;
            }[];
            /** @enum {string} */
            status: 'open' | 'submitted' | 'returned' | 'accepted';
            submittedAt: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  putProgressTablesByIdRowsByOperationIdReviewComment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        operationId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acceptedAt: string | null;
            can: {
              edit: boolean;
              review: boolean;
              submit: boolean;
            };
            conventionId: string;
            dueDate: string;
            id: string;
            label: string;
            late: boolean;
            others: {
              id: string;
              label: string;
            }[];
            periodEnd: string;
            reviewComment: string | null;
            rows: {
              communeName: string;
              deliveryActualOn: string | null;
              /** @enum {string} */
              kind:
                | 'thermal_renovation'
                | 'maintenance'
                | 'vacant_renovation'
                | 'adaptation'
                | 'establishment_works'
                | 'demolition_reconstruction'
                | 'other';
              label: string;
              officeComment: string | null;
              operationId: string;
              percentComplete: number;
              reference: string;
              reviewComment: string | null;
              spent: string | null;
              startActualOn: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
            }[];
            snapshots: {
              submittedAt: string;
              submittedBy: string;
              version: number;
            }[];
            /** @enum {string} */
            status: 'open' | 'submitted' | 'returned' | 'accepted';
            submittedAt: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postProgressTablesByIdTransitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          action: 'submit' | 'return' | 'accept';
          comment?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acceptedAt: string | null;
            can: {
              edit: boolean;
              review: boolean;
              submit: boolean;
            };
            conventionId: string;
            dueDate: string;
            id: string;
            label: string;
            late: boolean;
            others: {
              id: string;
              label: string;
            }[];
            periodEnd: string;
            reviewComment: string | null;
            rows: {
              communeName: string;
              deliveryActualOn: string | null;
              /** @enum {string} */
              kind:
                | 'thermal_renovation'
                | 'maintenance'
                | 'vacant_renovation'
                | 'adaptation'
                | 'establishment_works'
                | 'demolition_reconstruction'
                | 'other';
              label: string;
              officeComment: string | null;
              operationId: string;
              percentComplete: number;
              reference: string;
              reviewComment: string | null;
              spent: string | null;
              startActualOn: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
            }[];
            snapshots: {
              submittedAt: string;
              submittedBy: string;
              version: number;
            }[];
            /** @enum {string} */
            status: 'open' | 'submitted' | 'returned' | 'accepted';
            submittedAt: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getProgressTablesByIdXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postProgressTablesByIdXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acceptedAt: string | null;
            can: {
              edit: boolean;
              review: boolean;
              submit: boolean;
            };
            conventionId: string;
            dueDate: string;
            id: string;
            label: string;
            late: boolean;
            others: {
              id: string;
              label: string;
            }[];
            periodEnd: string;
            reviewComment: string | null;
            rows: {
              communeName: string;
              deliveryActualOn: string | null;
              /** @enum {string} */
              kind:
                | 'thermal_renovation'
                | 'maintenance'
                | 'vacant_renovation'
                | 'adaptation'
                | 'establishment_works'
                | 'demolition_reconstruction'
                | 'other';
              label: string;
              officeComment: string | null;
              operationId: string;
              percentComplete: number;
              reference: string;
              reviewComment: string | null;
              spent: string | null;
              startActualOn: string | null;
              /** @enum {string} */
              status: 'planned' | 'in_progress' | 'delivered' | 'cancelled';
            }[];
            snapshots: {
              submittedAt: string;
              submittedBy: string;
              version: number;
            }[];
            /** @enum {string} */
            status: 'open' | 'submitted' | 'returned' | 'accepted';
            submittedAt: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      413: components['responses']['Error413'];
      415: components['responses']['Error415'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postPublicityProofsByIdCheck: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          comment?: string | null;
          /** @enum {string} */
          status: 'accepted' | 'rejected';
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              addProof: boolean;
              checkProof: boolean;
              decideInvitation: boolean;
              submitInvitation: boolean;
            };
            conventionId: string;
            eventOn: string | null;
            id: string;
            invitations: {
              decidedOn: string | null;
              /** @enum {string|null} */
              decision: 'changes_requested' | 'validated' | null;
              decisionComment: string | null;
              document: {
                filename: string;
                id: string;
              };
              submittedOn: string;
              version: number;
            }[];
            /** @enum {string} */
            invitationStatus: 'none' | 'submitted' | 'changes_requested' | 'validated';
            /** @enum {string} */
            kind: 'first_stone' | 'inauguration' | 'site_visit' | 'works' | 'other';
            operationId: string | null;
            printingReady: boolean;
            proofs: {
              checkComment: string | null;
              checkedOn: string | null;
              /** @enum {string} */
              checkStatus: 'pending' | 'accepted' | 'rejected';
              description: string;
              document: {
                filename: string;
                id: string;
              } | null;
              id: string;
              /** @enum {string} */
              kind: 'visual' | 'photo' | 'article' | 'video_link' | 'local_actions';
              submittedOn: string;
              url: string | null;
            }[];
            requiredSupports: ('documents' | 'site_signs' | 'event_signs' | 'invitations')[];
            title: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postReportedEventsByIdAcknowledgement: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': Record<string, never>;
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acknowledgedOn: string | null;
            can: {
              acknowledge: boolean;
              addNote: boolean;
              close: boolean;
            };
            /** @enum {string} */
            category: 'incident' | 'delay' | 'cost_change' | 'funding' | 'other';
            closedOn: string | null;
            closingNote: string | null;
            concerns: {
              id: string | null;
              /** @enum {string} */
              kind: 'operation' | 'commitment' | 'programme';
              label: string;
            };
            conventionId: string;
            description: string;
            id: string;
            notes: {
              id: string;
              note: string;
              side: string;
              writtenOn: string;
            }[];
            occurredOn: string;
            reference: string;
            reportedOn: string;
            /** @enum {string} */
            status: 'reported' | 'acknowledged' | 'closed';
            title: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postReportedEventsByIdClosure: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acknowledgedOn: string | null;
            can: {
              acknowledge: boolean;
              addNote: boolean;
              close: boolean;
            };
            /** @enum {string} */
            category: 'incident' | 'delay' | 'cost_change' | 'funding' | 'other';
            closedOn: string | null;
            closingNote: string | null;
            concerns: {
              id: string | null;
              /** @enum {string} */
              kind: 'operation' | 'commitment' | 'programme';
              label: string;
            };
            conventionId: string;
            description: string;
            id: string;
            notes: {
              id: string;
              note: string;
              side: string;
              writtenOn: string;
            }[];
            occurredOn: string;
            reference: string;
            reportedOn: string;
            /** @enum {string} */
            status: 'reported' | 'acknowledged' | 'closed';
            title: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postReportedEventsByIdNotes: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          note: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            acknowledgedOn: string | null;
            can: {
              acknowledge: boolean;
              addNote: boolean;
              close: boolean;
            };
            /** @enum {string} */
            category: 'incident' | 'delay' | 'cost_change' | 'funding' | 'other';
            closedOn: string | null;
            closingNote: string | null;
            concerns: {
              id: string | null;
              /** @enum {string} */
              kind: 'operation' | 'commitment' | 'programme';
              label: string;
            };
            conventionId: string;
            description: string;
            id: string;
            notes: {
              id: string;
              note: string;
              side: string;
              writtenOn: string;
            }[];
            occurredOn: string;
            reference: string;
            reportedOn: string;
            /** @enum {string} */
            status: 'reported' | 'acknowledged' | 'closed';
            title: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getSessionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  patchSessionsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          convenedOn?: string | null;
          /** Format: date */
          heldOn?: string;
          place?: string | null;
          /** Format: uuid */
          presidentMemberId?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  putSessionsByIdAttendance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          entries: {
            /** Format: uuid */
            arrivedAtItemId?: string | null;
            /** Format: uuid */
            leftBeforeItemId?: string | null;
            /** Format: uuid */
            memberId: string;
            /** Format: uuid */
            proxyHolderId?: string | null;
            /** @enum {string} */
            status: 'present' | 'represented' | 'excused' | 'absent';
          }[];
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postSessionsByIdClose: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postSessionsByIdItems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          actesCode?: string | null;
          draftDecision?: string | null;
          /**
           * @default other
           * @enum {string}
           */
          matter?:
            'convention' | 'amendment' | 'allocation' | 'funding_agreement' | 'loan_guarantee' | 'delegation' | 'other';
          matterYear?: number | null;
          /** Format: uuid */
          rapporteurMemberId?: string | null;
          report?: string | null;
          title: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postSessionsByIdMinutesApproval: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          approvedOn: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postSessionsByIdSecondConvocation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          convenedOn?: string | null;
          /** Format: date */
          heldOn: string;
          place?: string | null;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            attendance: {
              arrivedAtItemId: string | null;
              leftBeforeItemId: string | null;
              member: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              };
              proxyHolder: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              /** @enum {string} */
              status: 'present' | 'represented' | 'excused' | 'absent';
              voting: boolean;
            }[];
            body: {
              code: string;
              id: string;
              /** @enum {string} */
              kind:
                | 'oph_board'
                | 'oph_bureau'
                | 'department_assembly'
                | 'standing_committee'
                | 'steering_committee'
                | 'technical_committee'
                | 'thematic_meeting';
              name: string;
              /** @enum {string} */
              side: 'department' | 'landlord' | 'joint';
            };
            can: {
              manage: boolean;
            };
            convenedOn: string | null;
            conventionId: string;
            /** @enum {string} */
            convocation: 'first' | 'second';
            figures: {
              absent: number;
              excused: number;
              notRecorded: number;
              present: number;
              represented: number;
            };
            firstSessionId: string | null;
            heldOn: string;
            id: string;
            items: {
              actesCode: string | null;
              carriedFromItemId: string | null;
              decisionId: string | null;
              draftDecision: string | null;
              id: string;
              /** @enum {string} */
              matter:
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other';
              matterYear: number | null;
              outcome: {
                adopted: boolean;
                /** @enum {string} */
                code:
                  | 'unanimity'
                  | 'unanimity_of_votes_cast'
                  | 'majority'
                  | 'casting_vote'
                  | 'tie'
                  | 'rejected'
                  | 'no_votes_cast'
                  | 'adopted_unrecorded';
                wording: string;
              } | null;
              participation: {
                notTakingPart: number;
                present: number;
                proxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                represented: number;
                voidProxies: {
                  giver: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  holder: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                  reason: string;
                }[];
                voters: number;
              };
              position: number;
              quorum: {
                base: number;
                counted: number;
                notRequired: boolean;
                reached: boolean;
                required: number | null;
                wording: string;
              };
              rapporteur: {
                /** @enum {string|null} */
                civility: 'M.' | 'Mme' | null;
                firstName: string | null;
                formalName: string;
                id: string;
                lastName: string;
              } | null;
              recusals: {
                ground: string;
                member: {
                  /** @enum {string|null} */
                  civility: 'M.' | 'Mme' | null;
                  firstName: string | null;
                  formalName: string;
                  id: string;
                  lastName: string;
                };
              }[];
              report: string | null;
              /** @enum {string} */
              status: 'pending' | 'voted' | 'postponed';
              title: string;
              vote: {
                abstention: number;
                against: number;
                for: number;
                memberVotes: {
                  castBy: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  } | null;
                  /** @enum {string} */
                  choice: 'for' | 'against' | 'abstention' | 'not_taking_part';
                  member: {
                    /** @enum {string|null} */
                    civility: 'M.' | 'Mme' | null;
                    firstName: string | null;
                    formalName: string;
                    id: string;
                    lastName: string;
                  };
                }[];
                /** @enum {string} */
                mode: 'totals' | 'per_member';
                notTakingPart: number;
                /** @enum {string|null} */
                presidentVote: 'for' | 'against' | 'abstention' | 'not_taking_part' | null;
              } | null;
              warnings: string[];
            }[];
            membersInOffice: number;
            minutesApprovedOn: string | null;
            noticeDays: number | null;
            place: string | null;
            president: {
              /** @enum {string|null} */
              civility: 'M.' | 'Mme' | null;
              firstName: string | null;
              formalName: string;
              id: string;
              lastName: string;
            } | null;
            quorum: {
              base: number;
              counted: number;
              notRequired: boolean;
              reached: boolean;
              required: number | null;
              wording: string;
            };
            rules: {
              competences: (
                | 'convention'
                | 'amendment'
                | 'allocation'
                | 'funding_agreement'
                | 'loan_guarantee'
                | 'delegation'
                | 'other'
              )[];
              convocationNoticeDays: number | null;
              defaultAgenda: string[];
              deliberative: boolean;
              majority: {
                /** @enum {string} */
                basis: 'votes_cast' | 'present_or_represented';
                castingVote: boolean;
              };
              proxies: {
                maxPerHolder: number;
              };
              quorum: {
                /** @enum {string} */
                base: 'members_in_office' | 'voting_members_in_office';
                /** @enum {string} */
                comparison: 'at_least' | 'more_than';
                /** @enum {string} */
                counts: 'present' | 'present_or_represented';
                denominator: number;
                numerator: number;
                recusedCount: boolean;
              } | null;
              seats: number | null;
              withoutQuorum: {
                minDelayDays: number | null;
                quorumRequired: boolean;
                secondConvocation: boolean;
              };
            };
            /** @enum {string} */
            status: 'planned' | 'held' | 'no_quorum';
            votingMembersInOffice: number;
            warnings: string[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  getStockImportsById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            counts: {
              created: number | null;
              demoReplaced: number | null;
              errors: number;
              errorsStored: number;
              missing: number | null;
              rowsInvalid: number;
              rowsValid: number;
              unchanged: number | null;
              updated: number | null;
            };
            createdAt: string;
            createdBy: string | null;
            encoding: string | null;
            failureMessage: string | null;
            filename: string;
            finishedAt: string | null;
            firstErrors: {
              column: string | null;
              line: number | null;
              message: string;
              value: string | null;
            }[];
            /** @enum {string} */
            format: 'csv' | 'xlsx';
            id: string;
            ignoredColumns: string[];
            links: {
              errorFile: string;
              errors: string;
              self: string;
            };
            missingSample: string[];
            /** @enum {string} */
            mode: 'all_or_nothing' | 'valid_rows_only';
            organisationId: string;
            progress: {
              bytesExpected: number | null;
              bytesRead: number;
              percent: number | null;
              rowsRead: number;
            };
            sha256: string | null;
            /** @enum {string|null} */
            shape: 'rpls_recent' | 'rpls_legacy' | 'rpls_red' | 'template' | null;
            sizeBytes: number | null;
            /** @enum {string} */
            status: 'running' | 'completed' | 'rejected' | 'failed';
            statusLabel: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getStockImportsByIdErrors: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            items: {
              column: string | null;
              line: number | null;
              message: string;
              value: string | null;
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getStockImportsByIdErrorsCsv: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  getStockImportsTemplateXlsx: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        };
      };
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  getStocks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            canImport: boolean;
            demoNotice: string | null;
            dwellings: number;
            isDemo: boolean;
            name: string;
            organisationId: string;
          }[];
        };
      };
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  getStocksById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            buildings: number;
            byConstructionType: {
              collective: number;
              individual: number;
              student: number;
            };
            byEffectiveClass: {
              A: number;
              B: number;
              C: number;
              D: number;
              E: number;
              F: number;
              G: number;
            };
            byEnergyClass: {
              A: number;
              B: number;
              C: number;
              D: number;
              E: number;
              F: number;
              G: number;
            };
            byEpci: {
              code: string | null;
              dwellings: number;
              name: string;
            }[];
            byGhgClass: {
              A: number;
              B: number;
              C: number;
              D: number;
              E: number;
              F: number;
              G: number;
            };
            can: {
              import: boolean;
              manageEstablishments: boolean;
            };
            communes: number;
            demoNotice: string | null;
            dwellings: number;
            epcis: number;
            establishments: {
              beds: number;
              beguinageDwellings: number;
              beguinages: number;
              isDemo: boolean;
              residences: number;
            };
            inQpv: number;
            isDemo: boolean;
            lastImport: {
              counts: {
                created: number | null;
                demoReplaced: number | null;
                errors: number;
                errorsStored: number;
                missing: number | null;
                rowsInvalid: number;
                rowsValid: number;
                unchanged: number | null;
                updated: number | null;
              };
              createdAt: string;
              createdBy: string | null;
              encoding: string | null;
              failureMessage: string | null;
              filename: string;
              finishedAt: string | null;
              firstErrors: {
                column: string | null;
                line: number | null;
                message: string;
                value: string | null;
              }[];
              /** @enum {string} */
              format: 'csv' | 'xlsx';
              id: string;
              ignoredColumns: string[];
              links: {
                errorFile: string;
                errors: string;
                self: string;
              };
              missingSample: string[];
              /** @enum {string} */
              mode: 'all_or_nothing' | 'valid_rows_only';
              organisationId: string;
              progress: {
                bytesExpected: number | null;
                bytesRead: number;
                percent: number | null;
                rowsRead: number;
              };
              sha256: string | null;
              /** @enum {string|null} */
              shape: 'rpls_recent' | 'rpls_legacy' | 'rpls_red' | 'template' | null;
              sizeBytes: number | null;
              /** @enum {string} */
              status: 'running' | 'completed' | 'rejected' | 'failed';
              statusLabel: string;
            } | null;
            name: string;
            organisationId: string;
            territories: {
              mainland: number;
              overseas: number;
            };
            withoutDpe: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getStocksByIdDwellings: {
    parameters: {
      query?: {
        communeCode?: string;
        constructionType?: 'collective' | 'individual' | 'student';
        effectiveClass?: string;
        epciCode?: string;
        page?: number;
        pageSize?: number;
        qpv?: 'in' | 'out';
        search?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            demoNotice: string | null;
            isDemo: boolean;
            items: {
              address: string | null;
              building: {
                code: string;
                id: string;
                name: string | null;
              } | null;
              communeCode: string;
              communeName: string;
              /** @enum {string} */
              constructionType: 'collective' | 'individual' | 'student';
              constructionYear: number | null;
              dpeDate: string | null;
              dpeReference: string | null;
              /** @enum {string|null} */
              effectiveClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
              /** @enum {string|null} */
              energyClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
              epciCode: string | null;
              epciName: string | null;
              financing: string | null;
              /** @enum {string|null} */
              ghgClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | null;
              id: string;
              identInt: string | null;
              identRep: string | null;
              isDemo: boolean;
              qpvCode: string | null;
              retirement: {
                on: string;
                /** @enum {string} */
                reason: 'sale' | 'demolition' | 'merge';
                reasonLabel: string;
              } | null;
              rooms: number | null;
              surface: string | null;
              /** @enum {string} */
              territory: 'mainland' | 'overseas';
            }[];
            page: number;
            pageSize: number;
            total: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getStocksByIdEstablishments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            can: {
              manage: boolean;
            };
            demoNotice: string | null;
            isDemo: boolean;
            items: {
              beds: number | null;
              communeCode: string;
              communeName: string;
              dwellings: number | null;
              id: string;
              isDemo: boolean;
              /** @enum {string} */
              kind: 'autonomy_residence' | 'life_home' | 'accommodation_home' | 'beguinage';
              kindLabel: string;
              managerName: string | null;
              name: string;
            }[];
            totals: {
              beds: number;
              beguinageDwellings: number;
              beguinages: number;
              residences: number;
            };
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postStocksByIdEstablishments: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          beds?: number | null;
          communeCode: string;
          dwellings?: number | null;
          /** @enum {string} */
          kind: 'autonomy_residence' | 'life_home' | 'accommodation_home' | 'beguinage';
          managerName?: string | null;
          name: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            beds: number | null;
            communeCode: string;
            communeName: string;
            dwellings: number | null;
            id: string;
            isDemo: boolean;
            /** @enum {string} */
            kind: 'autonomy_residence' | 'life_home' | 'accommodation_home' | 'beguinage';
            kindLabel: string;
            managerName: string | null;
            name: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  getStocksByIdExportsDwellingsByFormat: {
    parameters: {
      query?: {
        communeCode?: string;
        constructionType?: 'collective' | 'individual' | 'student';
        effectiveClass?: string;
        epciCode?: string;
        qpv?: 'in' | 'out';
        search?: string;
      };
      header?: never;
      path: {
        format: 'xlsx' | 'csv';
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getStocksByIdExportsTrajectoryByFormat: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        format: 'xlsx' | 'csv';
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Le fichier, en pièce jointe (content-disposition) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  getStocksByIdImports: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            counts: {
              created: number | null;
              demoReplaced: number | null;
              errors: number;
              errorsStored: number;
              missing: number | null;
              rowsInvalid: number;
              rowsValid: number;
              unchanged: number | null;
              updated: number | null;
            };
            createdAt: string;
            createdBy: string | null;
            encoding: string | null;
            failureMessage: string | null;
            filename: string;
            finishedAt: string | null;
            firstErrors: {
              column: string | null;
              line: number | null;
              message: string;
              value: string | null;
            }[];
            /** @enum {string} */
            format: 'csv' | 'xlsx';
            id: string;
            ignoredColumns: string[];
            links: {
              errorFile: string;
              errors: string;
              self: string;
            };
            missingSample: string[];
            /** @enum {string} */
            mode: 'all_or_nothing' | 'valid_rows_only';
            organisationId: string;
            progress: {
              bytesExpected: number | null;
              bytesRead: number;
              percent: number | null;
              rowsRead: number;
            };
            sha256: string | null;
            /** @enum {string|null} */
            shape: 'rpls_recent' | 'rpls_legacy' | 'rpls_red' | 'template' | null;
            sizeBytes: number | null;
            /** @enum {string} */
            status: 'running' | 'completed' | 'rejected' | 'failed';
            statusLabel: string;
          }[];
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postStocksByIdImports: {
    parameters: {
      query?: {
        mode?: 'all_or_nothing' | 'valid_rows_only';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            counts: {
              created: number | null;
              demoReplaced: number | null;
              errors: number;
              errorsStored: number;
              missing: number | null;
              rowsInvalid: number;
              rowsValid: number;
              unchanged: number | null;
              updated: number | null;
            };
            createdAt: string;
            createdBy: string | null;
            encoding: string | null;
            failureMessage: string | null;
            filename: string;
            finishedAt: string | null;
            firstErrors: {
              column: string | null;
              line: number | null;
              message: string;
              value: string | null;
            }[];
            /** @enum {string} */
            format: 'csv' | 'xlsx';
            id: string;
            ignoredColumns: string[];
            links: {
              errorFile: string;
              errors: string;
              self: string;
            };
            missingSample: string[];
            /** @enum {string} */
            mode: 'all_or_nothing' | 'valid_rows_only';
            organisationId: string;
            progress: {
              bytesExpected: number | null;
              bytesRead: number;
              percent: number | null;
              rowsRead: number;
            };
            sha256: string | null;
            /** @enum {string|null} */
            shape: 'rpls_recent' | 'rpls_legacy' | 'rpls_red' | 'template' | null;
            sizeBytes: number | null;
            /** @enum {string} */
            status: 'running' | 'completed' | 'rejected' | 'failed';
            statusLabel: string;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      413: components['responses']['Error413'];
      415: components['responses']['Error415'];
      500: components['responses']['Error500'];
    };
  };
  getStocksByIdTrajectory: {
    parameters: {
      query?: {
        asOf?: string;
        by?: 'commune' | 'epci' | 'qpv' | 'constructionType';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            asOf: string;
            breakdown: {
              /** @enum {string} */
              by: 'commune' | 'epci' | 'qpv' | 'constructionType';
              rows: {
                banned: number;
                date: string;
                delivered: number;
                deliveredCounted: number;
                key: string | null;
                label: string;
                notProgrammed: number;
                planned: number;
                plannedCounted: number;
                remaining: number;
                requiredPacePerYear: number | null;
              }[];
            } | null;
            calendar: {
              id: string;
              inForceFrom: string;
              label: string;
            };
            deadlines: {
              banned: number;
              date: string;
              delivered: number;
              deliveredCounted: number;
              notProgrammed: number;
              passed: boolean;
              planned: number;
              plannedCounted: number;
              remaining: number;
              requiredPacePerYear: number | null;
              rules: {
                /** @enum {string} */
                bannedClass: 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G';
                /** @enum {string} */
                territory: 'mainland' | 'overseas';
              }[];
              yearsLeft: number;
            }[];
            demoNotice: string | null;
            dwellings: number;
            isDemo: boolean;
            organisationId: string;
            withoutDpe: number;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postTerminationNoticesByIdTerminate: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: date */
          effectiveOn: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            createdBy: string;
            earliestEffectiveOn: string;
            id: string;
            reason: string;
            registeredLetterRef: string;
            sendingOrganisationId: string;
            sendingOrganisationName: string;
            sentOn: string;
            terminatedOn: string | null;
            withdrawalReason: string | null;
            withdrawnOn: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      422: components['responses']['Error422'];
      500: components['responses']['Error500'];
    };
  };
  postTerminationNoticesByIdWithdraw: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          reason: string;
          /** Format: date */
          withdrawnOn: string;
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            createdBy: string;
            earliestEffectiveOn: string;
            id: string;
            reason: string;
            registeredLetterRef: string;
            sendingOrganisationId: string;
            sendingOrganisationName: string;
            sentOn: string;
            terminatedOn: string | null;
            withdrawalReason: string | null;
            withdrawnOn: string | null;
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  getUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            disabledAt: string | null;
            displayName: string;
            email: string;
            id: string;
            invitationExpiresAt: string | null;
            invitationPending: boolean;
            lockedUntil: string | null;
            organisationId: string | null;
            organisationName: string | null;
            roles: (
              | 'admin'
              | 'coordinator'
              | 'department_agent'
              | 'office_manager'
              | 'office_agent'
              | 'controller'
              | 'elected_member'
            )[];
          }[];
        };
      };
      401: components['responses']['Error401'];
      500: components['responses']['Error500'];
    };
  };
  postUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          displayName: string;
          /** Format: email */
          email: string;
          /** Format: uuid */
          organisationId: string | null;
          password?: string;
          roles: (
            | 'admin'
            | 'coordinator'
            | 'department_agent'
            | 'office_manager'
            | 'office_agent'
            | 'controller'
            | 'elected_member'
          )[];
        };
      };
    };
    responses: {
      /** @description Réponse */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            disabledAt: string | null;
            displayName: string;
            email: string;
            id: string;
            invitationExpiresAt: string | null;
            invitationPending: boolean;
            lockedUntil: string | null;
            organisationId: string | null;
            organisationName: string | null;
            roles: (
              | 'admin'
              | 'coordinator'
              | 'department_agent'
              | 'office_manager'
              | 'office_agent'
              | 'controller'
              | 'elected_member'
            )[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  patchUsersById: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          displayName?: string;
          /** Format: uuid */
          organisationId?: string | null;
          roles?: (
            | 'admin'
            | 'coordinator'
            | 'department_agent'
            | 'office_manager'
            | 'office_agent'
            | 'controller'
            | 'elected_member'
          )[];
        };
      };
    };
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            disabledAt: string | null;
            displayName: string;
            email: string;
            id: string;
            invitationExpiresAt: string | null;
            invitationPending: boolean;
            lockedUntil: string | null;
            organisationId: string | null;
            organisationName: string | null;
            roles: (
              | 'admin'
              | 'coordinator'
              | 'department_agent'
              | 'office_manager'
              | 'office_agent'
              | 'controller'
              | 'elected_member'
            )[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postUsersByIdDisable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            disabledAt: string | null;
            displayName: string;
            email: string;
            id: string;
            invitationExpiresAt: string | null;
            invitationPending: boolean;
            lockedUntil: string | null;
            organisationId: string | null;
            organisationName: string | null;
            roles: (
              | 'admin'
              | 'coordinator'
              | 'department_agent'
              | 'office_manager'
              | 'office_agent'
              | 'controller'
              | 'elected_member'
            )[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postUsersByIdEnable: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            disabledAt: string | null;
            displayName: string;
            email: string;
            id: string;
            invitationExpiresAt: string | null;
            invitationPending: boolean;
            lockedUntil: string | null;
            organisationId: string | null;
            organisationName: string | null;
            roles: (
              | 'admin'
              | 'coordinator'
              | 'department_agent'
              | 'office_manager'
              | 'office_agent'
              | 'controller'
              | 'elected_member'
            )[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
  postUsersByIdInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            disabledAt: string | null;
            displayName: string;
            email: string;
            id: string;
            invitationExpiresAt: string | null;
            invitationPending: boolean;
            lockedUntil: string | null;
            organisationId: string | null;
            organisationName: string | null;
            roles: (
              | 'admin'
              | 'coordinator'
              | 'department_agent'
              | 'office_manager'
              | 'office_agent'
              | 'controller'
              | 'elected_member'
            )[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      409: components['responses']['Error409'];
      500: components['responses']['Error500'];
    };
  };
  postUsersByIdUnlock: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Réponse */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            createdAt: string;
            disabledAt: string | null;
            displayName: string;
            email: string;
            id: string;
            invitationExpiresAt: string | null;
            invitationPending: boolean;
            lockedUntil: string | null;
            organisationId: string | null;
            organisationName: string | null;
            roles: (
              | 'admin'
              | 'coordinator'
              | 'department_agent'
              | 'office_manager'
              | 'office_agent'
              | 'controller'
              | 'elected_member'
            )[];
          };
        };
      };
      400: components['responses']['Error400'];
      401: components['responses']['Error401'];
      403: components['responses']['Error403'];
      404: components['responses']['Error404'];
      500: components['responses']['Error500'];
    };
  };
}

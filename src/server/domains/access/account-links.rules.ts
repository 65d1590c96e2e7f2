/**
 * Pure rules of the single-use links that let a person choose a password without anyone typing it
 * for them: an invitation (72 h) or a forgotten password (1 h). Times are passed in so tests can
 * move the clock. Only the SHA-256 of a link's token is stored (see access.service hashToken).
 */
export type LinkPurpose = 'invitation' | 'reset';

export const INVITATION_TTL_MS = 72 * 60 * 60 * 1000;
export const RESET_TTL_MS = 60 * 60 * 1000;
/** At most one forgotten-password e-mail per address in this window (no mail-bombing by asking again). */
export const RESET_MAIL_WINDOW_MS = 15 * 60 * 1000;

export function linkExpiry(purpose: LinkPurpose, now: Date): Date {
  return new Date(now.getTime() + (purpose === 'invitation' ? INVITATION_TTL_MS : RESET_TTL_MS));
}

export interface LinkTimes {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

export type LinkState = 'usable' | 'used' | 'replaced' | 'expired';

/** A link works once, until it expires, and only while no newer link replaced it. */
export function linkState(link: LinkTimes, now: Date): LinkState {
  if (link.usedAt) return 'used';
  if (link.revokedAt) return 'replaced';
  if (now >= link.expiresAt) return 'expired';
  return 'usable';
}

/** The one French message for a link that does not work, whatever the reason (unknown, used, replaced, expired). */
export const LINK_REFUSED =
  "Ce lien n'est plus valable : il a déjà servi, a été remplacé par un plus récent ou a expiré. Demandez-en un nouveau (« Mot de passe oublié ? » sur la page de connexion, ou à votre administrateur).";

/** The answer to a forgotten-password request, the same whether the address has an account or not. */
export const RESET_REQUESTED =
  'Si un compte actif correspond à cette adresse, un courriel vient de lui être envoyé avec un lien pour choisir un nouveau mot de passe (valable 1 heure). Pensez à vérifier vos courriers indésirables.';

/**
 * The job queue's singleton key of a forgotten-password e-mail: one per address and 15-minute
 * window, so asking again and again sends one e-mail (the answer stays the same).
 */
export function resetMailKey(email: string, now: Date): string {
  return `account-reset:${email.trim().toLowerCase()}:${Math.floor(now.getTime() / RESET_MAIL_WINDOW_MS)}`;
}

/**
 * Whether a forgotten-password request sends an e-mail: only to an existing, enabled account. The
 * decision is made by the background job, never while answering the request, so the answer and its
 * timing do not tell whether the address exists.
 */
export function resetMailFor(user: { disabledAt: Date | null } | undefined): boolean {
  return user !== undefined && user.disabledAt === null;
}

/** The link e-mailed: the token in the fragment, which browsers never send to a server nor in a Referer. */
export function linkUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/choisir-mot-de-passe#jeton=${token}`;
}

const dateTimeFr = (d: Date) =>
  new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);

/** The e-mail carrying a link, in French. */
export function linkMail(input: {
  purpose: LinkPurpose;
  displayName: string;
  url: string;
  expiresAt: Date;
  publicUrl: string;
}): { subject: string; text: string } {
  const until = dateTimeFr(input.expiresAt);
  if (input.purpose === 'invitation') {
    return {
      subject: 'Copil — Votre compte est prêt : choisissez votre mot de passe',
      text: `Bonjour ${input.displayName},\n\nUn compte Copil (pilotage de la convention de partenariat entre le Département du Pas-de-Calais et Pas-de-Calais habitat) a été ouvert pour vous.\n\nPour choisir votre mot de passe, ouvrez ce lien (il ne sert qu'une fois et expire le ${until}) :\n\n${input.url}\n\nVous vous connecterez ensuite sur ${input.publicUrl} avec votre adresse électronique.\n\n— Copil (message automatique)\n`,
    };
  }
  return {
    subject: 'Copil — Choisir un nouveau mot de passe',
    text: `Bonjour ${input.displayName},\n\nUne demande de nouveau mot de passe a été faite pour votre compte Copil.\n\nPour choisir un nouveau mot de passe, ouvrez ce lien (il ne sert qu'une fois et expire le ${until}) :\n\n${input.url}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez ce message : votre mot de passe actuel reste valable.\n\n— Copil (message automatique)\n`,
  };
}

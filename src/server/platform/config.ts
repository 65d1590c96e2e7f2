import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensurePrivateDirectory } from './db/data-dir';

/**
 * Configuration comes from environment variables only. Each wrong value gets its own French
 * message naming the variable, and all of them are reported at once so an operator fixes the
 * environment in one pass.
 */
export type SeedMode = 'reference' | 'none';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** Set explicitly, or null: then generated and kept in the data directory (see resolveSessionSecret). */
  sessionSecret: string | null;
  /** The Ed25519 key signing the audit checkpoints (PEM or base64 seed); null: a file of the data directory. */
  auditSigningKey: string | null;
  publicUrl: string;
  smtpUrl: string | null;
  seedMode: SeedMode;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Directory of the built web app; null when the API runs alone (API tests). */
  webDir: string | null;
  /**
   * Whom to believe for the client's address (X-Forwarded-For) behind a load balancer: false
   * (nobody, the default), a number of proxy hops, or a list of proxy addresses. Login throttling
   * counts per client address, so a wrong setting would make everyone share one address.
   */
  trustProxy: false | number | string;
  /** Single sign-on by OpenID Connect, next to local accounts; null when not configured. */
  oidc: OidcConfig | null;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The claim holding the person's organisation SIRET, and the one holding Copil role names. */
  orgClaim: string;
  rolesClaim: string;
  /** Shown on the login page: « Se connecter avec <label> ». */
  label: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration invalide :\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function parseUrl(value: string, protocols: string[]): URL | null {
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) ? url : null;
  } catch {
    return null;
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: string[] = [];
  const text = (name: string) => {
    const v = env[name];
    return v === undefined || v.trim() === '' ? null : v.trim();
  };

  let port = 3000;
  const rawPort = text('PORT');
  if (rawPort !== null) {
    const n = Number(rawPort);
    if (!/^\d+$/.test(rawPort) || n < 1 || n > 65535) {
      problems.push(`PORT : « ${rawPort} » n'est pas un numéro de port valide (entier de 1 à 65535).`);
    } else port = n;
  }

  const host = text('HOST') ?? '127.0.0.1';
  const dataDir = path.resolve(text('COPIL_DATA_DIR') ?? './data');

  const databaseUrl = text('DATABASE_URL');
  if (databaseUrl !== null && !parseUrl(databaseUrl, ['postgres:', 'postgresql:'])) {
    problems.push(
      'DATABASE_URL : adresse invalide ; attendu postgres://utilisateur:motdepasse@hôte:5432/base (ou laisser vide pour la base embarquée).',
    );
  }

  const sessionSecret = text('SESSION_SECRET');
  if (sessionSecret !== null && sessionSecret.length < 32) {
    problems.push(
      `SESSION_SECRET : trop court (${sessionSecret.length} caractères) ; au moins 32 caractères aléatoires, ou laisser vide pour qu'il soit généré dans le répertoire de données.`,
    );
  }

  let publicUrl = `http://localhost:${port}`;
  const rawPublicUrl = text('PUBLIC_URL');
  if (rawPublicUrl !== null) {
    const url = parseUrl(rawPublicUrl, ['http:', 'https:']);
    if (!url) problems.push(`PUBLIC_URL : « ${rawPublicUrl} » n'est pas une adresse http:// ou https:// valide.`);
    else publicUrl = url.origin;
  }

  const smtpUrl = text('SMTP_URL');
  if (smtpUrl !== null && !parseUrl(smtpUrl, ['smtp:', 'smtps:'])) {
    problems.push('SMTP_URL : adresse invalide ; attendu smtp://hôte:587 ou smtps://utilisateur:motdepasse@hôte:465.');
  }

  let seedMode: SeedMode = 'reference';
  const rawSeed = text('COPIL_SEED');
  if (rawSeed !== null) {
    if (rawSeed === 'reference' || rawSeed === 'none') seedMode = rawSeed;
    else problems.push(`COPIL_SEED : « ${rawSeed} » inconnu ; valeurs possibles : reference, none.`);
  }

  let logLevel: Config['logLevel'] = 'info';
  const rawLevel = text('LOG_LEVEL');
  if (rawLevel !== null) {
    if ((LOG_LEVELS as readonly string[]).includes(rawLevel)) logLevel = rawLevel as Config['logLevel'];
    else problems.push(`LOG_LEVEL : « ${rawLevel} » inconnu ; valeurs possibles : ${LOG_LEVELS.join(', ')}.`);
  }

  let trustProxy: Config['trustProxy'] = false;
  const rawTrust = text('TRUST_PROXY');
  if (rawTrust !== null) {
    // `true` would believe any X-Forwarded-For a client sends (a new address at each login attempt,
    // past the throttle): refused, the operator declares the proxies instead (issue #17).
    if (rawTrust === 'true')
      problems.push(
        "TRUST_PROXY : « true » ferait croire l'en-tête X-Forwarded-For de n'importe quel client (et contourner la limitation des connexions) ; donnez les adresses de vos relais (10.0.0.1,10.0.0.2 ou 10.0.0.0/24) ou, si seul le relais peut joindre Copil, leur nombre (1).",
      );
    else if (rawTrust === 'false') trustProxy = false;
    else if (/^\d{1,2}$/.test(rawTrust)) trustProxy = Number(rawTrust);
    else if (/^[0-9a-fA-F.:/,\s]+$/.test(rawTrust)) trustProxy = rawTrust;
    else
      problems.push(
        `TRUST_PROXY : « ${rawTrust} » invalide ; attendu false, la liste des adresses des relais (10.0.0.1,10.0.0.2) ou leur nombre.`,
      );
  }

  const oidc = loadOidc(text, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  const webDir = path.resolve(text('COPIL_WEB_DIR') ?? './dist/web');
  return {
    port,
    host,
    dataDir,
    databaseUrl,
    sessionSecret,
    auditSigningKey: text('AUDIT_SIGNING_KEY'),
    publicUrl,
    smtpUrl,
    seedMode,
    logLevel,
    webDir,
    trustProxy,
    oidc,
  };
}

/** OIDC_* variables: all of issuer, client and secret, or none; https except on this machine. */
function loadOidc(text: (name: string) => string | null, problems: string[]): OidcConfig | null {
  const issuer = text('OIDC_ISSUER');
  const clientId = text('OIDC_CLIENT_ID');
  const clientSecret = text('OIDC_CLIENT_SECRET');
  if (issuer === null && clientId === null && clientSecret === null) return null;
  if (issuer === null)
    problems.push(
      "OIDC_ISSUER : obligatoire avec OIDC_CLIENT_ID et OIDC_CLIENT_SECRET (adresse du fournisseur d'identité, https://…).",
    );
  else {
    const url = parseUrl(issuer, ['http:', 'https:']);
    const local = url !== null && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (!url || (url.protocol === 'http:' && !local))
      problems.push(
        `OIDC_ISSUER : « ${issuer} » invalide ; attendu une adresse https:// (http:// seulement sur cette machine).`,
      );
  }
  if (clientId === null)
    problems.push(
      "OIDC_CLIENT_ID : obligatoire quand OIDC_ISSUER est donné (identifiant de Copil chez le fournisseur d'identité).",
    );
  if (clientSecret === null)
    problems.push('OIDC_CLIENT_SECRET : obligatoire quand OIDC_ISSUER est donné (secret du client Copil).');
  const claim = (name: string, fallback: string) => {
    const value = text(name) ?? fallback;
    if (!/^[A-Za-z0-9_.:/-]{1,100}$/.test(value))
      problems.push(`${name} : « ${value} » n'est pas un nom de revendication (claim) valide.`);
    return value;
  };
  const orgClaim = claim('OIDC_ORG_CLAIM', 'siret');
  const rolesClaim = claim('OIDC_ROLES_CLAIM', 'roles');
  const label = text('OIDC_LABEL') ?? 'le compte de votre organisation';
  if (issuer === null || clientId === null || clientSecret === null) return null;
  return { issuer, clientId, clientSecret, orgClaim, rolesClaim, label };
}

/**
 * The session secret signs cookies. When not given, it is generated once and kept in the data
 * directory so that sessions survive a restart. Several instances behind a load balancer must
 * share SESSION_SECRET explicitly.
 */
export function resolveSessionSecret(config: Config): string {
  if (config.sessionSecret) return config.sessionSecret;
  ensurePrivateDirectory(config.dataDir);
  const file = path.join(config.dataDir, 'session-secret');
  if (existsSync(file)) {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept.length >= 32) return kept;
  }
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config';

/**
 * Headers every answer carries, whatever produced it (route, static file, error, 404).
 * The web app is built by Vite into external module scripts and one stylesheet, so the policy
 * allows no inline script and no inline style sheet; React's `style` props go through the CSSOM,
 * which CSP does not restrict. The API documentation (Swagger UI) injects inline styles: its pages
 * alone allow them (never inline scripts). A route may set its own, stricter policy (documents).
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const DOCS_CSP = APP_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/** What downloaded files (documents, exports) are served with: never run, never framed. */
export const DOWNLOAD_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * HTTPS is known from the public address, or from the request itself: Fastify only believes
 * X-Forwarded-Proto when TRUST_PROXY names the proxy, so a client cannot claim it directly.
 */
export function servedOverHttps(request: FastifyRequest, config: Config): boolean {
  return config.publicUrl.startsWith('https://') || request.protocol === 'https';
}

export function registerSecurityHeaders(app: FastifyInstance, config: Config) {
  app.addHook('onSend', async (request, reply, payload) => {
    if (!reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', request.url.startsWith('/api/docs') ? DOCS_CSP : APP_CSP);
    }
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    // HSTS over plain HTTP is ignored by browsers and would pin a local http:// install: HTTPS only.
    if (servedOverHttps(request, config))
      reply.header('strict-transport-security', `max-age=${ONE_YEAR_SECONDS}; includeSubDomains`);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

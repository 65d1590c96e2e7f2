import type { FastifyInstance, FastifySchema } from 'fastify';

/**
 * Every route the application registers, as declared (method, URL pattern, public or not). The
 * authorisation matrix and the CSRF test walk this list, so a new route cannot escape them.
 */
export interface RegisteredRoute {
  method: string;
  url: string;
  public: boolean;
  /** The schemas the route declares (zod), for the fuzz tests to feed its validators. */
  schema?: FastifySchema;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeInventory: RegisteredRoute[];
  }
}

/** Must be called before any route is registered. HEAD twins of GET routes are left out. */
export function registerRouteInventory(app: FastifyInstance) {
  const routes: RegisteredRoute[] = [];
  app.decorate('routeInventory', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      routes.push({
        method,
        url: route.url,
        public: route.config?.public === true,
        ...(route.schema ? { schema: route.schema } : {}),
      });
    }
  });
}

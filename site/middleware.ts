/**
 * Two things for pages rendered on request:
 *
 * - Every such page may differ by the accessible version's cookie (BaseLayout.astro reads it), so
 *   it says so (`Vary: Cookie`) and is revalidated unless the page chose a stricter policy.
 * - The staff console: every page under /staff/ needs a session except the sign-in page,
 *   changes need this site's Origin and the session's CSRF token, and an аудитор changes nothing.
 *   The decision is forms-api/src/staff/guard.ts, the same check the API uses.
 */
import { defineMiddleware, sequence } from 'astro:middleware';
import { CSRF_FIELD, STAFF_PAGES, isStaffPath } from '../core/staff/paths.ts';

const pageCaching = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered || !response.headers.get('Content-Type')?.startsWith('text/html')) return response;
  const vary = response.headers.get('Vary');
  if (!vary?.split(',').some((name) => name.trim().toLowerCase() === 'cookie')) {
    response.headers.set('Vary', vary ? `${vary}, Cookie` : 'Cookie');
  }
  if (!response.headers.has('Cache-Control')) response.headers.set('Cache-Control', 'no-cache');
  return response;
});

const staffConsole = defineMiddleware(async (context, next) => {
  const { pathname } = context.url;
  // Prerendered pages are built without a server; the refusal page is reached only by rewrite.
  if (context.isPrerendered || !isStaffPath(pathname) || context.locals.staffRefusal !== undefined) return next();
  const { request, locals } = context;
  const decision = await locals.staff.check({
    method: request.method,
    pathname,
    token: locals.staff.cookie.read(request.headers.get('cookie')),
    origin: request.headers.get('origin') ?? undefined,
    host: request.headers.get('host') ?? undefined,
    async csrfToken() {
      const form = await request
        .clone()
        .formData()
        .catch(() => undefined);
      const value = form?.get(CSRF_FIELD);
      return typeof value === 'string' ? value : undefined;
    },
    ip: locals.client.ip,
  });

  if (decision.outcome === 'sign-in-required') {
    const back = pathname === STAFF_PAGES.dashboard ? '' : `?vernutsya=${encodeURIComponent(pathname)}`;
    return context.redirect(STAFF_PAGES.signIn + back, 303);
  }
  if (decision.outcome === 'forbidden') {
    locals.staffRefusal = decision.message;
    return context.rewrite(STAFF_PAGES.refused);
  }
  locals.staffSession = decision.session;
  const response = await next();
  // Operational data: never kept by a browser or a proxy cache.
  response.headers.set('Cache-Control', 'no-store');
  return response;
});

export const onRequest = sequence(pageCaching, staffConsole);

/**
 * The public origin of the site, for canonical and alternate-language links.
 * Set SITE_ORIGIN when building for a real host, e.g. SITE_ORIGIN=https://report.example.org npm run build.
 */
export const SITE_ORIGIN = (process.env.SITE_ORIGIN ?? 'http://127.0.0.1:3000').replace(/\/$/, '');

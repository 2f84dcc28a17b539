/** Fills the nginx templates in this folder from deploy/headers.mjs. */
import { readFileSync } from 'node:fs';
import { ALLOWED_METHODS, CACHE, CONTENT_TYPES, PUBLIC_DATA_HEADERS, TEXT_EXTENSIONS, cacheControlFor, securityHeaders } from '../headers.mjs';

const TEMPLATES = new URL('./', import.meta.url);

/** Replaces every @NAME@ of a template; a placeholder left without a value is an error. */
export function fillTemplate(template, values, name = 'template') {
  const filled = template.replace(/@([A-Z_]+)@/g, (match, key) => {
    if (!(key in values)) throw new Error(`${name}: no value for placeholder ${match}`);
    return String(values[key]);
  });
  return filled;
}

const NGINX_TOKEN_LIMIT = 4000;

function checkValue(name, value) {
  if (/["\\\n$]/.test(value)) throw new Error(`${name} cannot be written in nginx syntax: ${value}`);
}

/**
 * `add_header` lines. `always` only where the response is an error page: elsewhere nginx adds headers
 * to the statuses a location serves (200, 206, 301, 304, …) by itself, and an error a filter finds
 * after a location added its headers (416: a range past the end; 412) goes to an error page whose
 * own headers would otherwise come twice.
 */
function addHeaders(headers, { always = false, indent = '    ' } = {}) {
  const suffix = always ? ' always;' : ';';
  return Object.entries(headers)
    .map(([name, value]) => {
      if (value.startsWith('$')) return `${indent}add_header ${name} ${value}${suffix}`;
      checkValue(`header ${name}`, value);
      return `${indent}add_header ${name} "${value}"${suffix}`;
    })
    .join('\n');
}

/** `set $name "value";`, split into several appending `set`s when the value is too long for one nginx token. */
export function assignInChunks(name, value) {
  checkValue(`$${name}`, value);
  const chunks = [];
  for (let rest = value; rest.length > 0;) {
    const cut = rest.length <= NGINX_TOKEN_LIMIT ? rest.length : rest.lastIndexOf(' ', NGINX_TOKEN_LIMIT) + 1 || NGINX_TOKEN_LIMIT;
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return chunks.map((chunk, index) => `set $${name} "${index === 0 ? '' : `\${${name}}`}${chunk}";`).join('\n');
}

/**
 * deploy/nginx/generated/rules.conf: the server-level rules for out/. `brotli` adds brotli_static, which needs
 * Debian's libnginx-mod-http-brotli-static (loaded by /etc/nginx/modules-enabled on a Debian host).
 */
export function renderRules({ csp, brotli, redirects = [] }) {
  const typesByMime = new Map();
  for (const [ext, mime] of Object.entries(CONTENT_TYPES)) typesByMime.set(mime, [...(typesByMime.get(mime) ?? []), ext]);
  // nginx always gives text/html the charset, and warns if it is listed.
  const charsetTypes = [...new Set(TEXT_EXTENSIONS.map((ext) => CONTENT_TYPES[ext]))].filter((mime) => mime !== 'text/html');
  // The policy goes through a variable: nginx refuses a literal parameter over 4 KB.
  const security = { ...securityHeaders(csp), 'Content-Security-Policy': '$content_security_policy' };
  return fillTemplate(
    readFileSync(new URL('rules.conf.template', TEMPLATES), 'utf8'),
    {
      CSP: assignInChunks('content_security_policy', csp),
      TYPES: [...typesByMime].map(([mime, exts]) => `    ${mime} ${exts.join(' ')};`).join('\n'),
      CHARSET_TYPES: charsetTypes.join(' '),
      BROTLI: brotli ? 'brotli_static on;' : '# brotli_static: left out (NGINX_BROTLI=0); only .gz twins are served.',
      HEADERS_IMMUTABLE: addHeaders({ ...security, 'Cache-Control': cacheControlFor('/_next/static/') }),
      HEADERS_DATA: addHeaders({ ...security, 'Cache-Control': cacheControlFor('/data/'), ...PUBLIC_DATA_HEADERS }),
      HEADERS_PAGE: addHeaders({ ...security, 'Cache-Control': cacheControlFor('/') }),
      HEADERS_NOT_FOUND: addHeaders({ ...security, 'Cache-Control': cacheControlFor('/') }, { always: true }),
      HEADERS_ERROR: addHeaders({ ...security, 'Cache-Control': CACHE.error }, { always: true }),
      HEADERS_NOT_ALLOWED: addHeaders({ ...security, 'Cache-Control': CACHE.error, Allow: ALLOWED_METHODS.join(', ') }, { always: true }),
      REDIRECTS: redirects.length
        ? redirects
            .map(({ from, to, status }) => {
              checkValue('redirect', `${from} ${to}`);
              return `location = ${from} {\n${addHeaders({ ...security, 'Cache-Control': cacheControlFor('/') })}\n    return ${status} ${to}$is_args$args;\n}`;
            })
            .join('\n')
        : '# (content/aliases.json has no page aliases)',
    },
    'deploy/nginx/rules.conf.template',
  );
}

/** A server block serving `root` on `listen` with the rules file. */
export const siteServer = ({ listen, root, rules }) => `    server {\n        listen ${listen};\n        root ${root};\n        include ${rules};\n    }`;

/**
 * A complete nginx.conf running as one foreground process whose files all stay in `prefix`: the site
 * on `listen` (from `root` with the `rules` file), and/or `servers`, more of the http {} block as it is.
 */
export function renderStandalone({ prefix, listen, root, rules, servers = '', modules = [], user, workers = 1 }) {
  return fillTemplate(
    readFileSync(new URL('standalone.conf.template', TEMPLATES), 'utf8'),
    {
      PREFIX: prefix,
      SERVERS: [listen ? siteServer({ listen, root, rules }) : '', servers].filter(Boolean).join('\n'),
      WORKERS: workers,
      LOAD_MODULES: modules.map((module) => `load_module ${module};`).join('\n'),
      // Only a root master switches users; root's workers must still read out/.
      USER: user ? `user ${user};` : '',
    },
    'deploy/nginx/standalone.conf.template',
  );
}

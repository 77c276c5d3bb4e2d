// What a production build loads, read from the built files themselves: the entry points and
// stylesheets named by dist/index.html, and the static and dynamic imports of each built chunk.
// scripts/size.mjs weighs the result against the size budget.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

// Rolldown writes static imports with double quotes and dynamic ones with backticks; accept any.
const STATIC_IMPORT = /(?:^|[^\w$.])(?:import\s*(?:[\w$\s{},*]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s*[\w$]+)?|\{[^}]*\})\s*from\s*)(["'`])([^"'`\n]+)\1/g;
const DYNAMIC_IMPORT = /(?:^|[^\w$.])import\s*\(\s*(["'`])([^"'`\n]+)\1\s*\)/g;
const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => name.split(sep).join('/'))
    .sort();
}

function attributes(text) {
  const found = {};
  for (const m of text.matchAll(ATTRIBUTE)) found[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  return found;
}

/**
 * Resolves a URL found in the build to a file of `dist`, or null when it is not one. Absolute paths
 * may carry the base path the build was made for (/hc/assets/x.js), so leading segments are dropped
 * until a file matches.
 */
export function resolveInBuild(dist, url, fromFile) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const path = url.replace(/[?#].*$/, '');
  if (!path.startsWith('/')) {
    if (!path.startsWith('./') && !path.startsWith('../')) return null;
    const file = join(dirname(join(dist, fromFile)), path);
    return existsSync(file) ? relative(dist, file).split(sep).join('/') : null;
  }
  const segments = path.split('/').filter(Boolean);
  for (let i = 0; i < segments.length; i += 1) {
    const candidate = segments.slice(i).join('/');
    if (existsSync(join(dist, candidate))) return candidate;
  }
  return null;
}

/** What index.html loads directly: scripts, module preloads, stylesheets, inline code, and URLs it could not place. */
export function readStartPage(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const page = { scripts: [], styles: [], inlineScripts: [], inlineStyles: [], unresolved: [] };
  for (const [, tag, attrText] of html.matchAll(TAG)) {
    const attrs = attributes(attrText);
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
    const url = tag.toLowerCase() === 'script' ? attrs.src : rel.includes('modulepreload') || rel.includes('stylesheet') ? attrs.href : undefined;
    if (!url) continue;
    const file = resolveInBuild(dist, url, 'index.html');
    if (!file) page.unresolved.push(url);
    else if (rel.includes('stylesheet')) page.styles.push(file);
    else page.scripts.push(file);
  }
  for (const [, tag, attrText, body] of html.matchAll(INLINE)) {
    if (!body.trim() || (tag.toLowerCase() === 'script' && 'src' in attributes(attrText))) continue;
    (tag.toLowerCase() === 'script' ? page.inlineScripts : page.inlineStyles).push(body);
  }
  return page;
}

/** The files a chunk imports, split into static imports (loaded with it) and dynamic ones (loaded later). */
export function importsOf(dist, file, code = readFileSync(join(dist, file), 'utf8')) {
  const pick = (pattern) => [...new Set([...code.matchAll(pattern)].map((m) => resolveInBuild(dist, m[2], file)).filter(Boolean))];
  return { static: pick(STATIC_IMPORT), dynamic: pick(DYNAMIC_IMPORT) };
}

/**
 * The files reached from `roots` through static imports, and through dynamic ones too when
 * `followDynamic` is set. A file for which `excluded(file)` is true is neither counted nor
 * followed, unless it is a root.
 */
export function closure(dist, roots, { followDynamic = false, excluded = () => false } = {}) {
  const seen = new Set(roots);
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.shift();
    if (!file.endsWith('.js') && !file.endsWith('.mjs')) continue;
    const { static: direct, dynamic } = importsOf(dist, file);
    for (const next of followDynamic ? [...direct, ...dynamic] : direct) {
      if (seen.has(next) || excluded(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

// The size budget, measured on the production build in dist/ (`npm run build` makes it; `npm test`
// builds once and shares that build with the browser tests). A person on a slow phone connection
// should get the first page quickly and the whole journey in one language without waiting.
// What loads what comes from Vite's build manifest (dist/.vite/manifest.json: each chunk's file,
// static imports, dynamic imports and CSS), not from reading the minified code.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Budgets in kB of gzip (1 kB = 1000 bytes, as Vite prints them; gzip level 9). */
export const BUDGET = {
  startPageJs: 95,
  startPageCss: 10,
  /** every script of the build but the other language's catalogue and consultant mode's chunks */
  journeyJs: 165,
  /** consultant mode, loaded on demand only when a consultant turns it on (beyond the journey) */
  consultantJs: 40,
};
/** Chunks whose file name starts with this are consultant mode's tools: not part of a person's journey. */
export const CONSULTANT_PREFIX = 'consultant';
/** Chunks whose file name starts with `catalogue-<language>` hold one language's texts. */
export const LANGUAGES = ['en', 'fr'];

const dist = process.env.SIZE_DIST
  ? `${process.env.SIZE_DIST.replace(/\/$/, '')}/`
  : fileURLToPath(new URL('../dist/', import.meta.url));
const manifestPath = join(dist, '.vite', 'manifest.json');
const basename = (file) => file.slice(file.lastIndexOf('/') + 1);
const languageOf = (file) => LANGUAGES.find((lang) => basename(file).startsWith(`catalogue-${lang}`));
const isConsultant = (file) => basename(file).startsWith(CONSULTANT_PREFIX);
const isScript = (file) => /\.m?js$/.test(file);
const unique = (list) => [...new Set(list)].sort();
const kB = (bytes) => (bytes / 1000).toFixed(2);
const gzip = (text) => gzipSync(text, { level: 9 }).length;

if (!existsSync(manifestPath)) {
  console.error('size: no build manifest (dist/.vite/manifest.json is missing). Run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const fileOf = (key) => manifest[key].file;

/** The manifest keys reached from `keys` by static imports (and dynamic ones when asked), never entering `stop`. */
function reach(keys, { dynamic = false, stop = () => false } = {}) {
  const seen = new Set(keys);
  const queue = [...keys];
  while (queue.length > 0) {
    const chunk = manifest[queue.shift()];
    for (const next of [...(chunk.imports ?? []), ...(dynamic ? (chunk.dynamicImports ?? []) : [])]) {
      if (seen.has(next) || stop(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return seen;
}

// The start page: the entry's static import closure and its CSS, plus any code inline in the page.
const startKeys = [...reach([entry])];
const start = new Set([...startKeys.map(fileOf), ...startKeys.flatMap((key) => manifest[key].css ?? [])]);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const inline = (tag) =>
  [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi)]
    .filter(([, name, attrs, body]) => name.toLowerCase() === tag && body.trim() && !/\bsrc\s*=/i.test(attrs))
    .reduce((total, [, , , body]) => total + gzip(body), 0);
const inlineJs = inline('script');
const inlineCss = inline('style');

// Every emitted script: the manifest's chunks and anything else written beside them (the service worker).
const emitted = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => isScript(file) && !file.startsWith('.vite'));
const scripts = unique([
  ...Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter(isScript),
  ...emitted,
]);
const styles = unique(
  Object.values(manifest).flatMap((chunk) => [
    ...(chunk.css ?? []),
    ...(chunk.file.endsWith('.css') ? [chunk.file] : []),
  ]),
);
// A journey in one language: every emitted script but the other language's catalogue and consultant
// mode: a chunk that is not named for one of them is charged to every person, whatever loads it.
const journeys = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    new Set(scripts.filter((file) => !isConsultant(file) && [undefined, lang].includes(languageOf(file)))),
  ]),
);
// Consultant mode: its chunks, and what only they import (what a person's pages never reach).
const isConsultantKey = (key) => isConsultant(fileOf(key));
const person = reach([entry], { dynamic: true, stop: isConsultantKey });
const consultant = new Set(
  [...reach(Object.keys(manifest).filter(isConsultantKey), { dynamic: true })]
    .filter((key) => !person.has(key))
    .map(fileOf)
    .filter(isScript),
);

const files = [...scripts, ...styles];
const size = Object.fromEntries(files.map((file) => [file, gzip(readFileSync(join(dist, file)))]));
const sum = (list) => [...list].reduce((total, file) => total + (size[file] ?? 0), 0);

const width = Math.max(30, ...files.map((file) => file.length));
console.log(`Size of the production build (gzip level 9, 1 kB = 1000 bytes)\n`);
console.log(`${'file'.padEnd(width)}  gzip kB  loaded by`);
for (const file of files) {
  const atStart = start.has(file);
  const users = [
    atStart && 'start page',
    ...LANGUAGES.filter((lang) => !atStart && journeys[lang].has(file)).map((lang) => `journey ${lang.toUpperCase()}`),
    consultant.has(file) && 'consultant mode',
  ].filter(Boolean);
  const label = users.length ? users.join(', ') : file.endsWith('.css') ? 'with a later chunk' : 'not reached';
  console.log(`${file.padEnd(width)}  ${kB(size[file]).padStart(7)}  ${label}`);
}

const figures = [
  ['start page JS', sum([...start].filter(isScript)) + inlineJs, BUDGET.startPageJs],
  ['start page CSS', sum([...start].filter((file) => file.endsWith('.css'))) + inlineCss, BUDGET.startPageCss],
  ...LANGUAGES.map((lang) => [`journey ${lang.toUpperCase()} JS`, sum(journeys[lang]) + inlineJs, BUDGET.journeyJs]),
  ['consultant JS', sum(consultant), BUDGET.consultantJs],
];
console.log(`\n${'figure'.padEnd(16)}  gzip kB   budget`);
// consultant JS: what turning consultant mode on adds to an English journey (side by side also loads the other catalogue)
for (const [name, bytes, budget] of figures) {
  const verdict = bytes <= budget * 1000 ? 'ok' : `OVER by ${kB(bytes - budget * 1000)} kB`;
  console.log(`${name.padEnd(16)}  ${kB(bytes).padStart(7)}  ${String(budget).padStart(7)}  ${verdict}`);
}

console.log('\nfive largest:');
for (const file of [...files].sort((a, b) => size[b] - size[a]).slice(0, 5))
  console.log(`  ${kB(size[file]).padStart(7)}  ${file}`);

const notes = [
  ...LANGUAGES.filter((lang) => !scripts.some((file) => languageOf(file) === lang)).map(
    (lang) => `no catalogue-${lang}* chunk: the ${lang.toUpperCase()} texts are not split from the rest`,
  ),
  ...[...start].filter(languageOf).map((file) => `${file} is loaded by the start page, whatever the language`),
];
for (const note of notes) console.log(`note: ${note}`);

const over = figures.filter(([, bytes, budget]) => bytes > budget * 1000);
console.log(over.length ? `\nsize: ${over.length} figure(s) over budget` : '\nsize: within budget');
process.exit(over.length ? 1 : 0);

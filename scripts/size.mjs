// The size budget, measured on the production build in dist/ (`npm run build` makes it; `npm test`
// builds once and shares that build with the browser tests). A person on a slow phone connection
// should get the first page quickly and the whole journey in one language without waiting.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { closure, importsOf, listFiles, readStartPage } from './lib/build-graph.mjs';

/** Budgets in kB of gzip (1 kB = 1000 bytes, as Vite prints them; gzip level 9). */
export const BUDGET = {
  startPageJs: 95,
  startPageCss: 10,
  /** every emitted script but the other language's words and consultant mode's tools */
  journeyJs: 165,
  /** consultant mode, loaded on demand only when a consultant turns it on (beyond the journey) */
  consultantJs: 40,
};
/** Chunks whose file name starts with this are consultant mode's tools: not part of a person's journey. */
export const CONSULTANT_PREFIX = 'consultant';
/** Chunks whose file name starts with `catalogue-<language>` hold one language's texts. */
export const LANGUAGES = ['en', 'fr'];

const dist = process.env.SIZE_DIST ? `${process.env.SIZE_DIST.replace(/\/$/, '')}/` : fileURLToPath(new URL('../dist/', import.meta.url));
const basename = (file) => file.slice(file.lastIndexOf('/') + 1);
const languageOf = (file) => LANGUAGES.find((lang) => basename(file).startsWith(`catalogue-${lang}`));
const isConsultant = (file) => basename(file).startsWith(CONSULTANT_PREFIX);
const isScript = (file) => /\.m?js$/.test(file);
const kB = (bytes) => (bytes / 1000).toFixed(2);
const gzip = (text) => gzipSync(text, { level: 9 }).length;

if (!existsSync(join(dist, 'index.html'))) {
  console.error('size: no production build (dist/index.html is missing). Run `npm run build` first.');
  process.exit(1);
}

const page = readStartPage(dist);
const inlineImports = page.inlineScripts.flatMap((code) => importsOf(dist, 'index.html', code).static);
const start = closure(dist, [...new Set([...page.scripts, ...inlineImports])]);
// A journey counts every emitted script except the other language's words and consultant mode: a
// chunk that is not named for one of them is charged to every person, whatever loads it.
const journeys = Object.fromEntries(LANGUAGES.map((lang) => [lang, new Set(listFiles(dist).filter((file) =>
  isScript(file) && !isConsultant(file) && (languageOf(file) === undefined || languageOf(file) === lang)))]));
const consultantEntries = listFiles(dist).filter((file) => isConsultant(file) && isScript(file));
const consultant = new Set([...closure(dist, consultantEntries, {
  followDynamic: true,
  excluded: (file) => languageOf(file) !== undefined && languageOf(file) !== 'en',
})].filter((file) => !journeys.en.has(file)));

const files = listFiles(dist).filter((file) => isScript(file) || file.endsWith('.css'));
const size = Object.fromEntries(files.map((file) => [file, gzip(readFileSync(join(dist, file)))]));
const sum = (list) => list.reduce((total, file) => total + (size[file] ?? 0), 0);
const inlineJs = page.inlineScripts.reduce((total, code) => total + gzip(code), 0);
const inlineCss = page.inlineStyles.reduce((total, code) => total + gzip(code), 0);

const width = Math.max(30, ...files.map((file) => file.length));
console.log(`Size of the production build (gzip level 9, 1 kB = 1000 bytes)\n`);
console.log(`${'file'.padEnd(width)}  gzip kB  loaded by`);
for (const file of files) {
  const atStart = start.has(file) || page.styles.includes(file);
  const users = [atStart && 'start page', ...LANGUAGES.filter((lang) => !atStart && journeys[lang].has(file)).map((lang) => `journey ${lang.toUpperCase()}`), consultant.has(file) && 'consultant mode'].filter(Boolean);
  const label = users.length ? users.join(', ') : file.endsWith('.css') ? 'with a later chunk' : 'not reached';
  console.log(`${file.padEnd(width)}  ${kB(size[file]).padStart(7)}  ${label}`);
}

const figures = [
  ['start page JS', sum([...start].filter(isScript)) + inlineJs, BUDGET.startPageJs],
  ['start page CSS', sum(page.styles) + inlineCss, BUDGET.startPageCss],
  ...LANGUAGES.map((lang) => [`journey ${lang.toUpperCase()} JS`, sum([...journeys[lang]].filter(isScript)) + inlineJs, BUDGET.journeyJs]),
  ['consultant JS', sum([...consultant].filter(isScript)), BUDGET.consultantJs],
];
console.log(`\n${'figure'.padEnd(16)}  gzip kB   budget`);
// consultant JS: what turning consultant mode on adds to an English journey (side by side also loads the other catalogue)
for (const [name, bytes, budget] of figures) {
  const verdict = bytes <= budget * 1000 ? 'ok' : `OVER by ${kB(bytes - budget * 1000)} kB`;
  console.log(`${name.padEnd(16)}  ${kB(bytes).padStart(7)}  ${String(budget).padStart(7)}  ${verdict}`);
}

console.log('\nfive largest:');
for (const file of [...files].sort((a, b) => size[b] - size[a]).slice(0, 5)) console.log(`  ${kB(size[file]).padStart(7)}  ${file}`);

const notes = [
  ...page.unresolved.map((url) => `index.html refers to ${url}, which is not a file of the build: not measured`),
  ...LANGUAGES.filter((lang) => !files.some((file) => languageOf(file) === lang)).map((lang) => `no catalogue-${lang}* chunk: the ${lang.toUpperCase()} texts are not split from the rest`),
  ...[...start].filter(languageOf).map((file) => `${file} is loaded by the start page, whatever the language`),
];
for (const note of notes) console.log(`note: ${note}`);

const over = figures.filter(([, bytes, budget]) => bytes > budget * 1000);
console.log(over.length ? `\nsize: ${over.length} figure(s) over budget` : '\nsize: within budget');
process.exit(over.length ? 1 : 0);

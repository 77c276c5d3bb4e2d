// The door to this folder's own install: scripts/lighthouse.mjs imports Lighthouse and its browser
// driver through this file, so they resolve from tools/lighthouse/node_modules, not the root's.
export { startFlow } from 'lighthouse';
export { default as puppeteer } from 'puppeteer-core';

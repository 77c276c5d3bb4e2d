// How every tool here starts Debian's Chromium (browser tests, Lighthouse, the benchmark): quiet, no
// sandbox (root in CI), no GPU, and nothing it would fetch on its own, so no request leaves the machine.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

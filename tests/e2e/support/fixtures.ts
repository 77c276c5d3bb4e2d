/**
 * The `test` every browser test uses. It adds two guarantees to each test: nothing leaves the
 * machine (any request to another origin is blocked and fails the test, since the product promises
 * that nothing is sent anywhere), and `expectNoAxeViolations` checks a page against WCAG 2.2 AA.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { chromePath, skipWithoutChromium } from './chromium';

type Fixtures = {
  /** Skips the test, before any browser is asked for, when Chromium is missing outside CI. */
  chromiumPresent: void;
  /** Requests to other origins made so far in this test, as "METHOD url". */
  foreignRequests: string[];
};

const ownOrigin = (baseURL: string | undefined) => new URL(baseURL ?? 'http://127.0.0.1:4173');

export const test = base.extend<Fixtures>({
  chromiumPresent: [
    async ({}, use, testInfo) => {
      testInfo.skip(skipWithoutChromium, `no Chromium at ${chromePath}; install it or set CHROME_PATH`);
      await use();
    },
    { auto: true },
  ],
  foreignRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ context, baseURL, foreignRequests }, use) => {
    const own = ownOrigin(baseURL);
    const isForeign = (url: string) => {
      const target = new URL(url);
      if (target.protocol === 'data:' || target.protocol === 'blob:') return false;
      return target.protocol.startsWith('ws') ? target.host !== own.host : target.origin !== own.origin;
    };
    const record = (entry: string) => {
      if (!foreignRequests.includes(entry)) foreignRequests.push(entry);
    };
    // The event sees every request, also those a test routes itself; the route blocks them.
    context.on('request', (request) => {
      if (isForeign(request.url())) record(`${request.method()} ${request.url()}`);
    });
    await context.route('**/*', (route) => {
      if (!isForeign(route.request().url())) return route.fallback();
      record(`${route.request().method()} ${route.request().url()}`);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(
      (url) => isForeign(url.href),
      (socket) => {
        record(`WEBSOCKET ${socket.url()}`);
        return socket.close();
      },
    );
    await use(context);
    expect(
      foreignRequests.length,
      `requests left the app's origin ${own.origin}:\n  ${foreignRequests.join('\n  ')}`,
    ).toBe(0);
  },
});

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeViolation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describeViolations(violations: AxeViolation[]): string {
  const lines = violations.flatMap((v) => [
    `${v.id} (${v.impact ?? 'no impact given'}): ${v.help}`,
    `  ${v.helpUrl}`,
    ...v.nodes.map(
      (node) => `  at ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
    ),
  ]);
  return `${violations.length} accessibility violation(s) (WCAG 2.2 AA):\n${lines.join('\n')}`;
}

/**
 * Runs axe on the page as it is now and fails on any WCAG 2.x A/AA violation. `exceptions` maps an
 * axe rule id to the reason it is turned off, so every exception says why next to it.
 */
export async function expectNoAxeViolations(page: Page, exceptions: Record<string, string> = {}): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).disableRules(Object.keys(exceptions)).analyze();
  expect(results.violations.length, describeViolations(results.violations)).toBe(0);
}

export { expect };

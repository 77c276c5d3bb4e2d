/**
 * Walks the wizard as a person would: on each question page it reads which step it is from the
 * address, answers that step's questions from the given answers (waiting for a question that an
 * answer above it reveals), and continues, until "Check your answers". Optionally runs a check
 * (axe) on every page it sees.
 */
import type { Page } from '@playwright/test';
import { STEPS, type Question } from '../../../src/questions/catalogue';
import { stepIdForAddress, type StepId } from '../../../src/questions/slugs';
import { pathFor } from '../../../src/wizard/paths';
import { fieldApplies, type Answers } from '../../../src/rules';

export type Lang = 'en' | 'fr';

export const CONTINUE = { en: 'Continue', fr: 'Continuer' } as const;
export const CHECK_PATH = { en: '/en/check-your-answers', fr: '/fr/verifier-vos-reponses' } as const;
export const RESULTS_PATH = { en: '/en/results', fr: '/fr/resultat' } as const;

/** A step's address in a language, as the app writes it (`/en/questions/q7`). */
export const stepPath = (lang: Lang, id: StepId) => pathFor(lang, { kind: 'step', stepId: id });

function stepOnPage(page: Page) {
  const parts = new URL(page.url()).pathname.split('/').filter(Boolean);
  const id = parts[1] === 'questions' ? stepIdForAddress(parts[2]) : undefined;
  return STEPS.find((s) => s.id === id);
}

async function answer(page: Page, question: Question, value: unknown): Promise<void> {
  const f = question.field;
  if (value === undefined) return;
  switch (question.kind) {
    case 'date': {
      const [y, m, d] = String(value).split('-');
      await page.locator(`#${f}`).fill(String(Number(d)));
      await page.locator(`#${f}-month`).fill(String(Number(m)));
      await page.locator(`#${f}-year`).fill(String(y));
      return;
    }
    case 'integer':
    case 'number':
      await page.locator(`#${f}`).fill(String(value));
      return;
    case 'multi': {
      const list = value as string[];
      for (const v of list.length === 0 ? ['none'] : list)
        await page.locator(`input[name="${f}"][value="${v}"]`).check();
      return;
    }
    default:
      await page.locator(`input[name="${f}"][value="${String(value)}"]`).check();
  }
}

/** Answers the first two questions (a foreign national, in or outside Canada), in English. */
export async function answerStatusAndLocation(page: Page, location: 'in-canada' | 'outside-canada'): Promise<void> {
  await page.goto(stepPath('en', 'status'));
  await page.locator('input[value="foreign-national"]').check();
  await page.getByRole('button', { name: CONTINUE.en }).click();
  await page.locator(`input[value="${location}"]`).check();
  await page.getByRole('button', { name: CONTINUE.en }).click();
  await page.waitForURL(atStep('en', 'inadmissibility'));
}

/** Answers every question from `answers` until "Check your answers"; returns the step ids seen. */
export async function answerAll(
  page: Page,
  lang: Lang,
  answers: Answers,
  onPage?: (page: Page) => Promise<void>,
): Promise<string[]> {
  const seen: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    await page.locator('main h1').first().waitFor();
    if (new URL(page.url()).pathname === CHECK_PATH[lang]) return seen;
    const step = stepOnPage(page);
    if (!step) throw new Error(`not a question page: ${page.url()}`);
    seen.push(step.id);
    // The address changes before the new step has rendered: wait for one of its fields.
    const fieldSelector = step.questions.map((q) => `[name="${q.field}"], [name="${q.field}.day"]`).join(', ');
    await page.locator(fieldSelector).first().waitFor();
    if (onPage) await onPage(page);
    for (const q of step.questions) {
      if (answers[q.field] === undefined) continue;
      const field = page.locator(`[name="${q.field}"], [name="${q.field}.day"]`);
      // A question revealed by an answer above it appears once that answer is given.
      if (fieldApplies[q.field](answers)) await field.first().waitFor();
      if ((await field.count()) > 0) await answer(page, q, answers[q.field]);
    }
    const before = page.url();
    await page.getByRole('button', { name: CONTINUE[lang] }).click();
    await page.waitForURL((url) => url.href !== before);
  }
  throw new Error('the journey did not reach "Check your answers"');
}

/** The address bar at a step, wherever the app is served from. */
export const atStep = (lang: Lang, id: StepId) => new RegExp(`${stepPath(lang, id)}$`);

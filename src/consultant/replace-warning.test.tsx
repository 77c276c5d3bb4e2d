import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CASE_FILE_FORMAT, CASE_FILE_VERSION } from '../rules';
import { renderIn } from '../testing/render';
import { withAnswers } from '../testing/answers';
import { WizardSlots } from '../wizard/slots';
import { forgetAll, getProgress, openAnswers, setNotes } from '../wizard/store';
import { YourAnswersPage } from '../wizard/your-answers-page';
import { ConsultantBar } from './consultant-bar';
import { loadConsultantWords } from './consultant-i18n';
import { consultantSlots } from './mode';
import { setSettings } from './settings';

const held = withAnswers({ yearsInCanada: 4 });
const other = withAnswers({ yearsInCanada: 9 });
const file = () =>
  new File([JSON.stringify({ format: CASE_FILE_FORMAT, version: CASE_FILE_VERSION, answers: other })], 'other.json', {
    type: 'application/json',
  });

/** Downloads are caught: each saved file's text, in order. */
const saved: Blob[] = [];

async function page() {
  const slots = consultantSlots({ on: true, large: false, hideAnswers: false, sideBySide: false });
  await renderIn(
    'en',
    <>
      <ConsultantBar />
      <WizardSlots value={slots}>
        <YourAnswersPage />
      </WizardSlots>
    </>,
    { address: '/en/your-answers', load: loadConsultantWords },
  );
}

const warning = () => screen.queryByRole('group', { name: 'Unsaved changes' });

describe('no lost work in consultant mode', () => {
  beforeEach(() => {
    forgetAll();
    setSettings({ on: true });
    saved.length = 0;
    Object.assign(URL, { createObjectURL: (b: Blob) => (saved.push(b), 'blob:saved'), revokeObjectURL: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('warns before opening a file over unsaved answers; Cancel keeps them and gives the focus back', async () => {
    const user = userEvent.setup();
    openAnswers({ answers: held, seen: [] }, {}, '2026-11-30');
    await page();
    await user.upload(screen.getByLabelText('Case file (.json)'), file());
    const open = screen.getByRole('button', { name: 'Open case file' });
    await user.click(open);
    const box = await screen.findByRole('group', { name: 'Unsaved changes' });
    expect(box).toHaveFocus();
    expect(box).toHaveTextContent('The answers or notes have changed since the case file was last saved or opened.');
    await user.click(within(box).getByRole('button', { name: 'Cancel' }));
    expect(warning()).toBeNull();
    expect(open).toHaveFocus();
    expect(getProgress().answers).toEqual(held);

    await user.click(open);
    await user.click(await screen.findByRole('button', { name: 'Open anyway' }));
    await waitFor(() => expect(getProgress().answers).toEqual(other));
  });

  it('saves from the bar as the save page does, and then forgets without a warning until a note changes', async () => {
    const user = userEvent.setup();
    openAnswers({ answers: held, seen: [] }, {}, '2026-11-30');
    setNotes({ clientReference: 'A-17', results: 'Call back.' });
    await page();
    const [fromBar, fromPage] = screen.getAllByRole('button', { name: 'Save case file' });
    await user.click(fromBar!);
    await user.click(fromPage!);
    const [barFile, pageFile] = await Promise.all(saved.map(async (b) => JSON.parse(await b.text()) as object));
    expect(barFile).toEqual(pageFile);
    expect(barFile).toMatchObject({ answers: held, notes: { clientReference: 'A-17', results: 'Call back.' } });
    expect(screen.getByText(/^Case file hc-case-A-17-\d{4}-\d{2}-\d{2}\.json saved\.$/)).toBeInTheDocument();

    setNotes({ ...getProgress().notes, results: 'Call back on Monday.' });
    await user.click(screen.getByRole('button', { name: 'Forget my answers' }));
    await user.click(await screen.findByRole('button', { name: 'Forget anyway' }));
    expect(getProgress().answers).toEqual({});
  });

  it('forgets at once when nothing changed since the last save', async () => {
    const user = userEvent.setup();
    openAnswers({ answers: held, seen: [] }, {}, '2026-11-30');
    await page();
    await user.click(screen.getAllByRole('button', { name: 'Save case file' })[0]!);
    await user.click(screen.getByRole('button', { name: 'Forget my answers' }));
    await waitFor(() => expect(getProgress().answers).toEqual({}));
    expect(warning()).toBeNull();
  });
});

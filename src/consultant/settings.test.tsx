import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLocation } from 'react-router';
import { renderIn } from '../testing/render';
import { SETTINGS_KEY, WIPE_EVENT } from '../wizard/storage-keys';
import { forgetAll } from '../wizard/store';
import { ConsultantFrame } from './mode';
import { getSettings, setSettings, useConsultantSettings } from './settings';

const stored = () => JSON.parse(sessionStorage.getItem(SETTINGS_KEY) ?? 'null') as unknown;

function Where() {
  const { on } = useConsultantSettings();
  return <p data-testid="where">{`${useLocation().search}|${on ? 'on' : 'off'}`}</p>;
}

async function frameAt(address: string) {
  await renderIn(
    'en',
    <>
      <ConsultantFrame />
      <Where />
    </>,
    { address },
  );
}

describe('consultant settings', () => {
  beforeEach(() => setSettings({ on: false }));

  it('are kept in the tab for the session, and turning the mode off resets every option', () => {
    setSettings({ on: true, large: true, hideAnswers: true });
    expect(stored()).toEqual({ on: true, large: true, hideAnswers: true, sideBySide: false });
    setSettings({ on: false });
    expect(getSettings()).toEqual({ on: false, large: false, hideAnswers: false, sideBySide: false });
    expect(sessionStorage.getItem(SETTINGS_KEY)).toBeNull();
  });

  it('are forgotten in memory by quick exit', () => {
    setSettings({ on: true, sideBySide: true });
    act(() => {
      window.dispatchEvent(new Event(WIPE_EVENT));
    });
    expect(getSettings().on).toBe(false);
  });

  it('stay when the answers are forgotten: they are the tool\u2019s settings, not the client\u2019s (m11)', () => {
    setSettings({ on: true, large: true });
    act(() => forgetAll());
    expect(getSettings()).toMatchObject({ on: true, large: true });
    expect(stored()).toMatchObject({ on: true, large: true });
  });

  it('turn on with ?consultant=1, which then leaves the address', async () => {
    await frameAt('/en/your-answers?consultant=1');
    expect(stored()).toMatchObject({ on: true });
    expect(screen.getByTestId('where')).toHaveTextContent(/^\|on$/);
  });

  it('turn off with ?consultant=0', async () => {
    setSettings({ on: true, large: true });
    await frameAt('/en/your-answers?consultant=0');
    expect(getSettings().on).toBe(false);
    expect(screen.getByTestId('where')).toHaveTextContent(/^\|off$/);
  });

  it('put the larger type on the whole page, and take it off with the mode', async () => {
    setSettings({ on: true, large: true });
    await frameAt('/en/your-answers');
    expect(document.documentElement).toHaveClass('consultant-large');
    act(() => setSettings({ on: false }));
    expect(document.documentElement).not.toHaveClass('consultant-large');
  });
});

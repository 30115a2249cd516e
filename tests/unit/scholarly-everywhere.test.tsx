/**
 * The options page's "Scholarly articles on every site" control: where all-sites access is granted
 * (Chrome) a click narrows or widens at once; where it is not (Firefox before its first-run page) ticking
 * asks for it and a refusal leaves the box and the setting as they were; sites switched off from the
 * popup are listed and can be switched back on.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsPage, type OptionsApi } from '../../entrypoints/options/OptionsPage';
import { readSettings } from '../../lib/settings/reader-settings';
import { ALL_SITES_REASON } from '../../lib/sites/first-run';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);
const area = () => fakeBrowser.storage.local;

function optionsApi(granted: boolean, grantOnRequest: boolean) {
  const permissions = {
    request: vi.fn(async (_p: { permissions?: string[]; origins?: string[] }) => grantOnRequest),
    remove: vi.fn(async () => true),
    contains: vi.fn(async () => granted),
  };
  const api: OptionsApi = { area: area(), permissions, defaultServiceUrl: 'http://127.0.0.1:8787', clearCache: async () => true, notifications: { set: async () => null } };
  return { api, permissions };
}

const box = () => document.querySelector<HTMLInputElement>('input[name="everywhere"]')!;

describe('Scholarly articles on every site', () => {
  it('shows its reason and narrows PeerLens to the known sites with a click, then widens it again', async () => {
    const { api, permissions } = optionsApi(true, true);
    render(<OptionsPage api={api} />);
    await waitFor(() => expect(box().checked).toBe(true));
    expect(screen.getByText(ALL_SITES_REASON)).toBeTruthy();
    fireEvent.click(box());
    await waitFor(async () => expect((await readSettings(area())).everywhere).toBe(false));
    await waitFor(() => expect(box().checked).toBe(false));
    fireEvent.click(box());
    await waitFor(async () => expect((await readSettings(area())).everywhere).toBe(true));
    expect(permissions.request).not.toHaveBeenCalled(); // granted already
  });

  it('asks for all sites where they are not granted, and keeps things as they were when refused', async () => {
    await area().set({ settings: { everywhere: false } });
    const { api, permissions } = optionsApi(false, false);
    render(<OptionsPage api={api} />);
    await waitFor(() => expect(box()).toBeTruthy());
    fireEvent.click(box());
    await waitFor(() => expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://*/*', 'http://*/*'] }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('not allowed'));
    expect(box().checked).toBe(false);
    expect((await readSettings(area())).everywhere).toBe(false);
  });

  it('lists the sites switched off from the popup, each switchable back on', async () => {
    await area().set({ settings: { disabledOrigins: ['https://www.nber.org', 'https://journals.example.org'] } });
    render(<OptionsPage api={optionsApi(true, true).api} />);
    await waitFor(() => expect(document.querySelectorAll('ul.disabled-origins li')).toHaveLength(2));
    fireEvent.click(screen.getAllByRole('button', { name: 'Switch back on' })[0]!);
    await waitFor(async () => expect((await readSettings(area())).disabledOrigins).toEqual(['https://journals.example.org']));
  });
});

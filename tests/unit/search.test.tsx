import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { SearchBox } from '../../components/search/SearchBox';
import type { SearchCandidate, SearchResponse } from '../../lib/api/profile';
import { serviceProfileSource, type ProfileSource } from '../../lib/profile/profile-source';
import { addRecent, readRecent } from '../../components/search/recent';
import { createSearchController, type SearchState } from '../../components/search/search-controller';
import { profile } from './sample-profile';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  fakeBrowser.reset();
});

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function candidate(id: string, name: string, institution: string | null = null): SearchCandidate {
  return { id, name, orcid: null, hint: { institution, topTopic: 'Machine learning', worksCount: 12, yearsActive: [2015, 2024] }, summary: null };
}
const MEARMANS: SearchResponse = {
  query: 'mearman',
  kind: 'name',
  candidates: [candidate('A5019952124', 'Andrew Mearman', 'University of Leeds'), candidate('A5017898742', 'Joseph Mearman'), candidate('A5042124131', 'David H. Mearman')],
};

/** A fetch that records each request and answers only when told, so tests see what was aborted. */
function manualFetch() {
  const calls: Array<{ url: string; signal: AbortSignal; answer: (r: Response) => void }> = [];
  const fetchImpl = ((url: URL, init: RequestInit) =>
    new Promise<Response>((resolve, reject) => {
      const signal = init.signal!;
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      calls.push({ url: String(url), signal, answer: resolve });
    })) as unknown as typeof fetch;
  return { calls, fetchImpl };
}

describe('search controller', () => {
  beforeEach(() => vi.useFakeTimers());

  it('waits for a pause in typing, sends one request for the last query, and aborts a stale one', async () => {
    const { calls, fetchImpl } = manualFetch();
    const source = serviceProfileSource(async () => 'http://127.0.0.1:9911', fetchImpl);
    const states: SearchState[] = [];
    const search = createSearchController({ search: source.search, onState: (s) => states.push(s) });

    for (const q of ['m', 'me', 'mea', 'mear']) {
      search.input(q);
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(250);
    expect(calls.map((c) => c.url)).toEqual(['http://127.0.0.1:9911/v1/search?q=mear']);

    // Typing on while "mear" is in flight aborts it; its late answer is never shown.
    search.input('mearman');
    expect(calls[0]!.signal.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(250);
    expect(calls[1]!.url).toBe('http://127.0.0.1:9911/v1/search?q=mearman');
    calls[0]!.answer(json({ query: 'mear', kind: 'name', candidates: [] }));
    calls[1]!.answer(json(MEARMANS));
    await vi.advanceTimersByTimeAsync(0);
    expect(states.filter((s) => s.status === 'empty')).toEqual([]);
    expect(states.at(-1)).toMatchObject({ status: 'results', query: 'mearman' });
    expect(states.filter((s) => s.status === 'loading').map((s) => (s as { query: string }).query)).toEqual(['mear', 'mearman']);
    search.dispose();
  });

  it('says no results, unreachable, and passes on the service’s 400 message', async () => {
    let reply: () => Promise<Response> = async () => json({ query: 'zzz', kind: 'name', candidates: [] });
    const source = serviceProfileSource(async () => 'http://127.0.0.1:9911', (() => reply()) as unknown as typeof fetch);
    const states: SearchState[] = [];
    const search = createSearchController({ search: source.search, onState: (s) => states.push(s), delayMs: 10 });
    search.input('zzz');
    await vi.advanceTimersByTimeAsync(20);
    expect(states.at(-1)).toEqual({ status: 'empty', query: 'zzz' });
    reply = () => Promise.reject(new TypeError('Failed to fetch'));
    search.input('zzzz');
    await vi.advanceTimersByTimeAsync(20);
    expect(states.at(-1)).toEqual({ status: 'unreachable', query: 'zzzz' });
    reply = async () => json({ error: 'The ORCID iD 0000-0002-1825-0098 has a wrong checksum.' }, 400);
    search.input('0000-0002-1825-0098');
    await vi.advanceTimersByTimeAsync(20);
    expect(states.at(-1)).toEqual({ status: 'invalid', query: '0000-0002-1825-0098', message: 'The ORCID iD 0000-0002-1825-0098 has a wrong checksum.' });
    search.input(' ');
    expect(states.at(-1)).toEqual({ status: 'idle' });
  });
});

describe('SearchBox', () => {
  function box(search: ProfileSource['search'], recent = [] as Parameters<typeof SearchBox>[0]['recent']) {
    const onChoose = vi.fn();
    render(<SearchBox search={search} recent={recent} onChoose={onChoose} delayMs={0} />);
    return { onChoose, input: screen.getByRole('combobox') };
  }

  it('is a combobox whose suggestions are chosen with ↑/↓ and Enter (aria-activedescendant follows)', async () => {
    const { input, onChoose } = box(async () => MEARMANS);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.input(input, { target: { value: 'mearman' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('listbox').id).toBe(input.getAttribute('aria-controls'));
    expect(screen.getByText('University of Leeds · Machine learning · 12 works · 2015–2024')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('3 researchers found');

    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    const active = document.getElementById(input.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('aria-selected')).toBe('true');
    expect(active.textContent).toContain('Joseph Mearman');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(document.getElementById(input.getAttribute('aria-activedescendant')!)!.textContent).toContain('David H. Mearman');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith({ id: 'A5042124131', name: 'David H. Mearman', hint: 'Machine learning · 12 works · 2015–2024' });
  });

  it('closes the list on Esc, then clears the box on a second Esc', async () => {
    const { input } = box(async () => MEARMANS);
    fireEvent.input(input, { target: { value: 'mearman' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('shows a 400 as a clear alert, and an empty answer as "no researcher matches"', async () => {
    const { ServiceError } = await import('../../lib/api/client');
    let fail = true;
    const { input } = box(async (q) => {
      if (fail) throw new ServiceError('The ORCID iD checksum does not match.', 400, false);
      return { query: q, kind: 'name', candidates: [] };
    });
    fireEvent.input(input, { target: { value: '0000-0002-1825-0098' } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The ORCID iD checksum does not match.'));
    fail = false;
    fireEvent.input(input, { target: { value: 'nobody at all' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('No researcher matches “nobody at all”.'));
  });

  it('a partial ORCID iD that matches nobody gets the iD format as a hint', async () => {
    const { input } = box(async (q) => ({ query: q, kind: 'name', candidates: [] }));
    fireEvent.input(input, { target: { value: '0000-0001-6187' } });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'No researcher matches “0000-0001-6187”. An ORCID iD has 16 digits in four groups of four, like 0000-0002-1825-0097 (the last may be X).',
      ),
    );
    fireEvent.input(input, { target: { value: 'https://orcid.org/0000-0001' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('16 digits in four groups'));
  });

  it('offers recent look-ups when the box is empty', () => {
    const { input, onChoose } = box(async () => MEARMANS, [{ id: 'A5023888391', name: 'Jason Priem', hint: '62 works' }]);
    expect(screen.getByRole('listbox', { name: 'Recent look-ups' })).toBeTruthy();
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith({ id: 'A5023888391', name: 'Jason Priem', hint: '62 works' });
  });
});

describe('recent look-ups', () => {
  it('keeps the last ten, newest first, once each, in storage.local', async () => {
    const area = fakeBrowser.storage.local;
    for (let i = 0; i < 12; i++) await addRecent(area, { id: `A50000000${10 + i}`, name: `R ${i}`, hint: '' });
    await addRecent(area, { id: 'A5000000015', name: 'R 5', hint: '' });
    const recent = await readRecent(area);
    expect(recent).toHaveLength(10);
    expect(recent[0]!.id).toBe('A5000000015');
    expect(new Set(recent.map((r) => r.id)).size).toBe(10);
    await area.set({ recentLookups: [{ id: 'bad' }] });
    expect(await readRecent(area)).toEqual([]);
  });
});

describe('popup', () => {
  function source(overrides: Partial<ProfileSource> = {}): ProfileSource {
    return {
      search: async () => MEARMANS,
      profile: async (id) => profile({ summary: { ...profile().summary, id, name: id === 'A5017898742' ? 'Joseph Mearman' : 'Noam Shazeer' } }),
      works: async () => ({ items: [], total: 0, page: 2, perPage: 20 }),
      ...overrides,
    };
  }

  it('chooses a namesake, shows the profile, moves to a collaborator and back, and opens the full page', async () => {
    const openFullPage = vi.fn();
    render(<PopupApp source={source()} recentArea={fakeBrowser.storage.local} health="up" serviceUrl="http://127.0.0.1:8787/" openFullPage={openFullPage} searchDelayMs={0} />);
    fireEvent.input(screen.getByRole('combobox'), { target: { value: 'mearman' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(3));
    fireEvent.mouseDown(screen.getByText('Joseph Mearman'));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Joseph Mearman'));
    expect((await readRecent(fakeBrowser.storage.local))[0]).toMatchObject({ id: 'A5017898742', name: 'Joseph Mearman' });

    fireEvent.click(screen.getByRole('button', { name: 'Noam Shazeer' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Noam Shazeer'));
    fireEvent.click(screen.getByRole('button', { name: 'Open full profile' }));
    expect(openFullPage).toHaveBeenCalledWith('A5000000011');
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Joseph Mearman'));
    fireEvent.click(screen.getByRole('button', { name: '← Back' }));
    expect(screen.getByRole('combobox')).toBeTruthy();
    await act(async () => undefined);
  });

  it('says whether the service answers', () => {
    render(<PopupApp source={source()} recentArea={fakeBrowser.storage.local} health="down" serviceUrl="http://127.0.0.1:8787/" openFullPage={() => {}} />);
    expect(screen.getByText('PeerLens service unreachable')).toBeTruthy();
  });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileScreen } from '../../components/profile/ProfileScreen';
import { ServiceError } from '../../lib/api/client';
import { getProfile, getWorks } from '../../lib/api/profile-client';
import { layoutResearchGraph } from '../../components/profile/graph-layout';
import type { ProfileSource } from '../../lib/profile/profile-source';
import { profile, worksPage } from './sample-profile';

afterEach(cleanup);

function source(overrides: Partial<ProfileSource> = {}): ProfileSource {
  return {
    profile: async () => profile(),
    works: async (_id, page) => worksPage(page, 3),
    search: async (q) => ({ query: q, kind: 'name', candidates: [] }),
    ...overrides,
  };
}

describe('profile view', () => {
  it('shows loading, then the snapshot, "Why this score?", topics with shares, collaborators, institutions and works', async () => {
    render(<ProfileScreen id="A5023888391" source={source()} onOpenResearcher={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Loading the profile…');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Ashish Vaswani'));
    expect(screen.getByText('Trust 21 · Emerging')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Why this score\?/ })).toBeTruthy();
    expect(screen.getByLabelText('50% of works').textContent).toBe('50%');
    expect(screen.getByRole('button', { name: 'Noam Shazeer' }).parentElement!.textContent).toContain('3 shared works');
    expect(within(screen.getByRole('region', { name: 'Institutions' })).getByText('Google')).toBeTruthy();
    expect(screen.getByText('Work number 1')).toBeTruthy();
    expect(screen.getByText('Showing 2 of 3 works')).toBeTruthy();
    expect(screen.getByText('Also published as A. Vaswani')).toBeTruthy();
  });

  it('pages works through the works endpoint, shows abstracts on demand and retractions', async () => {
    const works = vi.fn(async (_id: string, page: number) => worksPage(page, 3));
    render(<ProfileScreen id="A5023888391" source={source({ works })} onOpenResearcher={() => {}} />);
    await screen.findByText('Work number 1');
    const abstract = screen.getByText('We study how attention works.');
    expect(abstract.closest('details')!.open).toBe(false);
    fireEvent.click(screen.getByText('Abstract'));
    expect(screen.getByText('Retracted')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'More works (1 more)' }));
    await screen.findByText('Work number 3');
    expect(works).toHaveBeenCalledWith('A5023888391', 2, expect.any(AbortSignal));
    expect(screen.getByText('Showing 3 of 3 works')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /More works/ })).toBeNull();
  });

  it('moves to a collaborator from the list and from the graph (click and Enter)', async () => {
    const onOpen = vi.fn();
    render(<ProfileScreen id="A5023888391" source={source()} onOpenResearcher={onOpen} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Noam Shazeer' }));
    const graph = screen.getByRole('group', { name: /Research graph of Ashish Vaswani/ });
    const node = within(graph).getByRole('link', { name: 'Niki Parmar: 2 shared works — open profile' });
    expect(node.getAttribute('tabindex')).toBe('0');
    expect(node.querySelector('title')!.textContent).toBe('Niki Parmar: 2 shared works');
    fireEvent.keyDown(node, { key: 'Enter' });
    fireEvent.click(within(graph).getByRole('link', { name: /Noam Shazeer/ }));
    expect(onOpen.mock.calls).toEqual([['A5000000011'], ['A5000000012'], ['A5000000011']]);
    // Topics and institutions are in the picture too, titled and focusable.
    expect(within(graph).getByRole('img', { name: 'Topic Natural Language Processing: 50% of works' }).getAttribute('tabindex')).toBe('0');
    expect(within(graph).getByRole('img', { name: 'Institution Google (2017–2019)' })).toBeTruthy();
  });

  it('has empty states: no works, no collaborators, no topics, no institutions', async () => {
    const empty = profile({ collaborators: [], topics: [], institutions: [], works: { items: [], total: 0, page: 1, perPage: 20 } });
    render(<ProfileScreen id="A5023888391" source={source({ profile: async () => empty })} onOpenResearcher={() => {}} />);
    await screen.findByText('No works recorded for this researcher.');
    expect(screen.getByText('No close collaborators (two or more shared works) yet.')).toBeTruthy();
    expect(screen.getByText('No topics recorded.')).toBeTruthy();
    expect(screen.getByText('Nothing to draw yet: no collaborators, topics or institutions.')).toBeTruthy();
  });

  it('says "No such researcher" on a 404 and "unreachable" when the service does not answer, with a retry', async () => {
    let fail: ServiceError | null = new ServiceError('Not found', 404, false);
    const load = vi.fn(async () => {
      if (fail) throw fail;
      return profile();
    });
    const { unmount } = render(<ProfileScreen id="A5000000404" source={source({ profile: load })} onOpenResearcher={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toContain('No such researcher.');
    unmount();
    fail = new ServiceError('The PeerLens service cannot be reached.', null, true);
    render(<ProfileScreen id="A5023888391" source={source({ profile: load })} onOpenResearcher={() => {}} />);
    expect((await screen.findByRole('alert')).textContent).toContain('PeerLens service unreachable');
    fail = null;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1 });
  });
});

describe('research graph layout', () => {
  it('puts the researcher in the middle, neighbours around without overlap, edges weighted by shared works, the same every time', () => {
    const a = layoutResearchGraph(profile());
    const b = layoutResearchGraph(profile());
    expect(a.nodes.map((n) => [n.x, n.y])).toEqual(b.nodes.map((n) => [n.x, n.y]));
    const self = a.nodes.find((n) => n.kind === 'self')!;
    expect([self.x, self.y]).toEqual([0, 0]);
    expect(a.nodes.filter((n) => n.kind === 'collaborator')).toHaveLength(2);
    expect(a.nodes.filter((n) => n.kind === 'topic')).toHaveLength(4);
    expect(a.nodes.filter((n) => n.kind === 'institution')).toHaveLength(1);
    expect(a.edges.find((e) => e.target.label === 'Noam Shazeer')!.weight).toBe(3);
    for (const n of a.nodes) {
      for (const m of a.nodes) {
        if (n !== m) expect(Math.hypot(n.x - m.x, n.y - m.y)).toBeGreaterThan(n.r + m.r);
      }
    }
  });
});

describe('typed profile client', () => {
  const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });

  it('parses a profile and a works page with the shared schema, from the right URLs', async () => {
    const asked: string[] = [];
    const f = (async (url: URL) => {
      asked.push(String(url));
      return String(url).includes('/works') ? json(worksPage(2, 3)) : json(profile());
    }) as unknown as typeof fetch;
    expect((await getProfile('http://127.0.0.1:9911', 'A5023888391', { fetch: f })).summary.name).toBe('Ashish Vaswani');
    expect((await getWorks('http://127.0.0.1:9911', 'A5023888391', 2, 2, { fetch: f })).items[0]!.title).toBe('Work number 3');
    expect(asked).toEqual(['http://127.0.0.1:9911/v1/researchers/A5023888391', 'http://127.0.0.1:9911/v1/researchers/A5023888391/works?page=2&perPage=2']);
  });

  it('turns an unreadable answer and an error status into ServiceErrors, and rethrows its caller’s abort', async () => {
    await expect(getProfile('http://x.test', 'A5023888391', { fetch: (async () => json({ summary: 1 })) as unknown as typeof fetch })).rejects.toMatchObject({
      message: 'The PeerLens service sent an answer PeerLens cannot read.',
    });
    await expect(getProfile('http://x.test', 'A5023888391', { fetch: (async () => json({ error: 'No such researcher.' }, 404)) as unknown as typeof fetch })).rejects.toMatchObject({
      status: 404,
      message: 'No such researcher.',
    });
    const abort = new AbortController();
    abort.abort();
    const f = (async (_u: URL, init: RequestInit) => {
      if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
      return json(profile());
    }) as unknown as typeof fetch;
    await expect(getProfile('http://x.test', 'A5023888391', { fetch: f, signal: abort.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { WorksPage } from '../../lib/api/profile';
import { WorksList } from '../../components/profile/WorksList';

/** Issue 8, item 3: a record of 62 works whose list loaded 1 says "1 of 62", pages on, and says when no more come. */
const work = (id: string) => ({ id, type: 'article', year: 2018, venue: null, title: `Work ${id}`, abstract: null, doi: null, arxivId: null, retracted: false, citedBy: 0 });

describe('WorksList', () => {
  it('counts the record’s works, not only those loaded, and says so when OpenAlex lists no more', async () => {
    const first: WorksPage = { items: [work('W1')], total: 1, page: 1, perPage: 20, recordCount: 62 };
    const loadPage = vi.fn(async (page: number): Promise<WorksPage> => ({ items: [], total: 1, page, perPage: 20, recordCount: 62 }));
    render(<WorksList first={first} loadPage={loadPage} />);
    expect(screen.getByText('Showing 1 of 62 works')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'More works (61 more)' }));
    await screen.findByRole('note');
    expect(loadPage).toHaveBeenCalledWith(2, expect.any(AbortSignal));
    expect(screen.getByRole('note').textContent).toBe('OpenAlex counts 62 works for this record but lists only this one; the others cannot be shown here.');
    expect(screen.queryByRole('button', { name: /More works/ })).toBeNull();
  });

  it('pages on while further pages bring works', async () => {
    const first: WorksPage = { items: [work('W1')], total: 1, page: 1, perPage: 1, recordCount: 3 };
    const loadPage = vi.fn(async (page: number): Promise<WorksPage> => ({ items: [work(`W${page}`)], total: page, page, perPage: 1, recordCount: 3 }));
    render(<WorksList first={first} loadPage={loadPage} />);
    fireEvent.click(screen.getByRole('button', { name: 'More works (2 more)' }));
    await screen.findByText('Showing 2 of 3 works');
    expect(screen.getByRole('button', { name: 'More works (1 more)' })).toBeTruthy();
  });
});

import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBox } from '../../components/search/SearchBox';
import type { SearchResponse } from '../../lib/api/profile';

afterEach(cleanup);

describe('the look-up prefilled with a name (a card’s "Search this name")', () => {
  it('fills the box and searches for the name at once', async () => {
    const search = vi.fn(async (q: string): Promise<SearchResponse> => ({ query: q, kind: 'name', candidates: [] }));
    render(<SearchBox search={search} recent={[]} onChoose={() => {}} delayMs={0} initialQuery="Shaoqing Ren" />);
    expect((screen.getByRole('combobox') as HTMLInputElement).value).toBe('Shaoqing Ren');
    await waitFor(() => expect(search).toHaveBeenCalledWith('Shaoqing Ren', expect.any(AbortSignal)));
    expect(await screen.findByText('No researcher matches “Shaoqing Ren”.')).toBeTruthy();
  });
});

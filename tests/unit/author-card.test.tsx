import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthorCard } from '../../components/AuthorCard';
import { researcher, resolvedMatch } from './sample-results';

afterEach(cleanup);

describe('AuthorCard', () => {
  it('shows the starting profile: Trust 21 · Emerging, L1, unclaimed, counts, no affiliation, open to collaborate', () => {
    render(<AuthorCard authorName="Ashish Vaswani" state="resolved" match={resolvedMatch(1)} />);
    const trust = screen.getByText('Trust 21 · Emerging');
    expect(trust.className).toContain('band-emerging');
    for (const text of ['Verification L1', 'Unclaimed author', '8 works', '0 followers', '6 topics', '4 close collaborators', 'Affiliation not imported', 'Open to collaborate']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('dialog').getAttribute('aria-label')).toBe('PeerLens: Ashish Vaswani');
    // No actions before the issues that build them: no dead Follow / Claim / Connect buttons.
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('shows a claimed record with its affiliation, singular counts, and says when the page spells the name differently', () => {
    const match = resolvedMatch(1, {
      name: 'Ashish Vaswani',
      affiliation: 'Essential AI',
      openToCollaborate: false,
      trust: { score: 52, band: 'Established', verification: 'L3', claimed: true, heldBy: null },
      counts: { works: 1, followers: 1, topics: 1, closeCollaborators: 1 },
    });
    render(<AuthorCard authorName="A. Vaswani" state="resolved" match={match} />);
    for (const text of ['Trust 52 · Established', 'Verification L3', 'Claimed author', 'Essential AI', '1 work', '1 follower', '1 topic', '1 close collaborator']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByText('Listed on this page as “A. Vaswani”')).toBeTruthy();
    expect(screen.queryByText('Open to collaborate')).toBeNull();
  });

  it('says why a score is held at the top of its band', () => {
    const heldBy = 'Held at 64: Trusted (65+) needs Verification L3.';
    const match = resolvedMatch(1, { trust: { score: 64, band: 'Established', verification: 'L2', claimed: false, heldBy } });
    render(<AuthorCard authorName="Ashish Vaswani" state="resolved" match={match} />);
    expect(screen.getByText('Trust 64 · Established').className).toContain('band-established');
    expect(screen.getByText(heldBy)).toBeTruthy();
  });

  it('lists the candidates of an ambiguous name with their snapshots, and shows no score of its own', () => {
    const candidates = [
      researcher({ id: 'A5000000001', name: 'Tom B. Brown', affiliation: 'Anthropic', counts: { works: 40, followers: 3, topics: 9, closeCollaborators: 12 } }),
      researcher({ id: 'A5000000002', name: 'Tom Brown', trust: { score: 33, band: 'Developing', verification: 'L1', claimed: false, heldBy: null } }),
    ];
    render(
      <AuthorCard
        authorName="T. Brown"
        state="ambiguous"
        match={{ position: 1, state: 'ambiguous', confidence: 0.5, candidates, reason: 'Two author records fit “T. Brown” on this work.' }}
      />,
    );
    expect(screen.getByText('2 researchers could be “T. Brown”.')).toBeTruthy();
    expect(screen.getByText('Two author records fit “T. Brown” on this work.')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Possible researchers' });
    expect(list.querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByText('Tom B. Brown')).toBeTruthy();
    expect(screen.getByText('Anthropic')).toBeTruthy();
    expect(screen.getByText('40 works')).toBeTruthy();
    expect(screen.getByText('Trust 33 · Developing')).toBeTruthy();
    expect(screen.getByText('No score is shown until the match is certain.')).toBeTruthy();
  });

  it('gives the reason for an unresolved name', () => {
    render(
      <AuthorCard
        authorName="Shaoqing Ren"
        state="unresolved"
        match={{ position: 3, state: 'unresolved', confidence: 0, reason: 'The paper is not in OpenAlex yet.' }}
      />,
    );
    expect(screen.getByText('No researcher record found for “Shaoqing Ren”.')).toBeTruthy();
    expect(screen.getByText('The paper is not in OpenAlex yet.')).toBeTruthy();
    expect(screen.queryByText(/Trust \d/)).toBeNull();
  });

  it('offers a working retry when the service is unreachable', () => {
    const onRetry = vi.fn();
    render(<AuthorCard authorName="Ashish Vaswani" state="error" error="The PeerLens service answered 503." onRetry={onRetry} />);
    expect(screen.getByText('PeerLens service unreachable.')).toBeTruthy();
    expect(screen.getByText('The PeerLens service answered 503.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('has a close button only when it can close, and adapts to dark mode', () => {
    const onClose = vi.fn();
    const { container } = render(<AuthorCard authorName="Ashish Vaswani" state="resolved" match={resolvedMatch(1)} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(container.querySelector('style')?.textContent).toContain('prefers-color-scheme: dark');
  });
});

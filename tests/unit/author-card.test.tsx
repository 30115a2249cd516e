import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthorCard, type CardProfileState } from '../../entrypoints/card/AuthorCard';
import { breakdown, profile } from './sample-profile';
import { researcher, resolvedMatch } from './sample-results';

afterEach(cleanup);

const ready = (p = profile()): CardProfileState => ({ status: 'ready', profile: { summary: p.summary, breakdown: p.breakdown, topics: p.topics } });

describe('AuthorCard', () => {
  it('says how a name was matched when the paper is not in OpenAlex, and says nothing extra for a work match', () => {
    render(<AuthorCard authorName="Sam Cox" state="resolved" match={{ ...resolvedMatch(1), method: 'semantic-scholar' }} />);
    expect(screen.getByText('Matched through Semantic Scholar; this paper is not in OpenAlex yet.')).toBeTruthy();
    cleanup();
    render(<AuthorCard authorName="Andrew D. White" state="resolved" match={{ ...resolvedMatch(1), method: 'coauthors' }} />);
    expect(screen.getByText('Matched through shared papers with co-authors on this paper; this paper is not in OpenAlex yet.')).toBeTruthy();
    cleanup();
    render(<AuthorCard authorName="Ashish Vaswani" state="resolved" match={{ ...resolvedMatch(1), method: 'work' }} />);
    expect(screen.queryByText(/this paper is not in OpenAlex yet/)).toBeNull();
  });

  it('shows the starting profile: Trust 21 · Emerging, L1, unclaimed, counts, no affiliation, open to collaborate', () => {
    render(<AuthorCard authorName="Ashish Vaswani" state="resolved" match={resolvedMatch(1)} />);
    const trust = screen.getByText('Trust 21 · Emerging');
    expect(trust.className).toContain('band-emerging');
    for (const text of ['Verification L1', 'Unclaimed author', '8 works', '0 followers', '6 topics', '4 close collaborators', 'Open to collaborate']) {
      expect(screen.getByText(text)).toBeTruthy();
    }
    expect(screen.getByText('Institution:').parentElement!.textContent).toBe('Institution: not imported');
    // A non-modal dialog named by its heading.
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('aria-modal')).toBeNull();
    expect(document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Ashish Vaswani');
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

  it('says it is loading the breakdown, then shows top topics, "Why this score?" and a link to the full profile', () => {
    const onOpenProfile = vi.fn();
    const { rerender } = render(
      <AuthorCard authorName="Ashish Vaswani" state="resolved" match={resolvedMatch(1)} profile={{ status: 'loading' }} onOpenProfile={onOpenProfile} />,
    );
    expect(screen.getByText(/Loading topics and the score’s breakdown/)).toBeTruthy();
    rerender(<AuthorCard authorName="Ashish Vaswani" state="resolved" match={resolvedMatch(1)} profile={ready()} onOpenProfile={onOpenProfile} />);
    expect(screen.getByText('Top topics:').parentElement!.textContent).toBe('Top topics: Natural Language Processing · Machine Translation · Speech Recognition');
    fireEvent.click(screen.getByRole('button', { name: 'Open full profile' }));
    expect(onOpenProfile).toHaveBeenCalledWith('A5023888391');
  });

  it('"Why this score?" expands into the five parts with their inputs in words, points, maxima and sources', () => {
    render(<AuthorCard authorName="Ashish Vaswani" state="resolved" match={resolvedMatch(1)} profile={ready()} />);
    const toggle = screen.getByRole('button', { name: /Why this score\?/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Track record')).toBeNull();
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    const text = panel.textContent!;
    expect(text).toContain('Trust 21 · Emerging = 4 + 8.05 + 0 + 3.73 + 5.66 = 21.44, floored.');
    for (const part of ['Identity', 'Track record', 'Community', 'Network', 'Integrity']) expect(within(panel).getByText(part)).toBeTruthy();
    expect(within(panel).getByText('8 works · 0% not preprints · 1 citation · active 3 of the last 10 years')).toBeTruthy();
    expect(within(panel).getByText('8.05 / 30')).toBeTruthy();
    // Four checks are listed under Identity (three yes/no and "Institution known"): the count says four.
    expect(within(panel).getByText('1 of 4 checks met')).toBeTruthy();
    expect(text).toContain('4 co-authors');
    expect(text).toContain('OpenAlex cited-by count');
    expect(text).toContain('No retractions or expressions of concern.');
    // Every count on the card is traced to an input of the breakdown.
    expect(text).toContain('Track record › 8 works (OpenAlex works count)');
    expect(text).toContain('Network › 4 close collaborators (stored works)');
    expect(text).toContain('Community › 0 verified followers (weighted) (PeerLens followers); only followers at L2 or above count');
  });

  it('says why a score is held at the top of its band, on the card and as the band gate in the breakdown', () => {
    const heldBy = 'Verification L1 allows at most Developing (44); the evidence adds up to 51. An ORCID iD asserted for this record (L2) would lift the hold.';
    const p = profile();
    const held = profile({
      summary: { ...p.summary, trust: { score: 44, band: 'Developing', verification: 'L1', claimed: false, heldBy } },
      breakdown: breakdown({ score: 44, band: 'Developing', heldBy, rawScore: 51.2 }),
    });
    const match = resolvedMatch(1, held.summary);
    render(<AuthorCard authorName="Ashish Vaswani" state="resolved" match={match} profile={ready(held)} />);
    expect(screen.getByText('Trust 44 · Developing').className).toContain('band-developing');
    expect(screen.getByText(heldBy)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Why this score\?/ }));
    expect(screen.getByText('Band gate:').parentElement!.textContent).toBe(`Band gate: ${heldBy}`);
    expect(screen.getByText(/held at 44 by the band gate/)).toBeTruthy();
  });

  it('shows a retraction penalty with its count, points and source, and the cap', () => {
    const retracted = profile({
      breakdown: breakdown({
        score: 6,
        rawScore: 6.44,
        penalties: [{ label: 'Retractions (−15 each, at most −45; score at most 35)', count: 1, points: -15, source: 'stored works' }],
      }),
    });
    render(<AuthorCard authorName="Ashish Vaswani" state="resolved" match={resolvedMatch(1)} profile={ready(retracted)} />);
    fireEvent.click(screen.getByRole('button', { name: /Why this score\?/ }));
    expect(screen.getByText('1 × Retractions (−15 each, at most −45; score at most 35)')).toBeTruthy();
    expect(screen.getAllByText('-15').length).toBeGreaterThan(0);
    expect(screen.getByText(/4 \+ 8\.05 \+ 0 \+ 3\.73 \+ 5\.66 − 15 = 6\.44/)).toBeTruthy();
  });

  it('says when the breakdown cannot be loaded, and keeps the snapshot', () => {
    render(<AuthorCard authorName="Ashish Vaswani" state="resolved" match={resolvedMatch(1)} profile={{ status: 'error', message: 'No such researcher.' }} />);
    expect(screen.getByText('Breakdown unavailable: No such researcher.')).toBeTruthy();
    expect(screen.getByText('Trust 21 · Emerging')).toBeTruthy();
  });

  it('lists the candidates of an ambiguous name ("Is this …?") with their snapshots, and lets the reader pick one', () => {
    const candidates = [
      researcher({ id: 'A5000000001', name: 'Tom B. Brown', affiliation: 'Anthropic', counts: { works: 40, followers: 3, topics: 9, closeCollaborators: 12 } }),
      researcher({ id: 'A5000000002', name: 'Tom Brown', trust: { score: 33, band: 'Developing', verification: 'L1', claimed: false, heldBy: null } }),
    ];
    const onPick = vi.fn();
    render(
      <AuthorCard
        authorName="T. Brown"
        state="ambiguous"
        match={{ position: 1, state: 'ambiguous', confidence: 0.5, candidates, reason: 'Two author records fit “T. Brown” on this work.' }}
        onPick={onPick}
      />,
    );
    expect(screen.getByText('2 researchers could be “T. Brown”.')).toBeTruthy();
    expect(screen.getByText('Two author records fit “T. Brown” on this work.')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Possible researchers' });
    expect(list.querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByText('Is this Tom B. Brown?')).toBeTruthy();
    expect(screen.getByText('Anthropic')).toBeTruthy();
    expect(screen.getByText('40 works')).toBeTruthy();
    expect(screen.getByText('Trust 33 · Developing')).toBeTruthy();
    expect(screen.getByText('No score is shown until the match is certain.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, “T. Brown” is Tom B. Brown (Anthropic)' }));
    expect(onPick).toHaveBeenCalledWith('A5000000001');
  });

  it('shows a picked researcher as resolved, says it was the reader’s choice, and can forget it', () => {
    const chosen = researcher({ id: 'A5000000001', name: 'Tom B. Brown' });
    const onPick = vi.fn();
    render(
      <AuthorCard
        authorName="T. Brown"
        state="resolved"
        match={{ position: 1, state: 'resolved', confidence: 0.5, researcher: chosen, candidates: [chosen, researcher({ id: 'A5000000002' })] }}
        onPick={onPick}
      />,
    );
    expect(screen.getByText(/You chose this researcher for “T. Brown” on this paper/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Choose again' }));
    expect(onPick).toHaveBeenCalledWith(null);
  });

  it('lists candidates without pick buttons when no choice can be kept', () => {
    render(<AuthorCard authorName="T. Brown" state="ambiguous" match={{ position: 1, state: 'ambiguous', confidence: 0.5, candidates: [researcher()] }} />);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('gives the reason for an unresolved name, what the state means, and the next steps: Search this name, Retry', () => {
    const onSearch = vi.fn();
    const onRetry = vi.fn();
    render(
      <AuthorCard
        authorName="Shaoqing Ren"
        state="unresolved"
        match={{ position: 3, state: 'unresolved', confidence: 0, reason: 'The paper is not in OpenAlex yet.' }}
        onSearch={onSearch}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByText('No researcher record found for “Shaoqing Ren”.')).toBeTruthy();
    expect(screen.getByText(/No score is shown: PeerLens found no public author record/)).toBeTruthy();
    expect(screen.getByText('Reason given:').parentElement!.textContent).toBe('Reason given: The paper is not in OpenAlex yet.');
    expect(screen.queryByText(/Trust \d+ ·/)).toBeNull();
    const steps = screen.getByRole('group', { name: 'What you can do' });
    fireEvent.click(within(steps).getByRole('button', { name: /^Search this name/ }));
    expect(onSearch).toHaveBeenCalledTimes(1);
    fireEvent.click(within(steps).getByRole('button', { name: 'Retry look-up' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('offers "Search this name" on an ambiguous card too', () => {
    const onSearch = vi.fn();
    render(<AuthorCard authorName="T. Brown" state="ambiguous" match={{ position: 1, state: 'ambiguous', confidence: 0.5, candidates: [] }} onSearch={onSearch} />);
    fireEvent.click(screen.getByRole('button', { name: /^Search this name/ }));
    expect(onSearch).toHaveBeenCalledTimes(1);
  });

  it('has a legend on every card: what each band and level means in one line, and the marks', () => {
    for (const state of ['resolved', 'unresolved', 'ambiguous', 'error'] as const) {
      render(<AuthorCard authorName="Ashish Vaswani" state={state} match={state === 'resolved' ? resolvedMatch(1) : undefined} />);
      const legend = screen.getByText('What the bands, levels and marks mean').closest('details')!;
      expect(within(legend).getByRole('list', { name: 'Bands' }).textContent).toContain('Established 45–64, needs L2: a solid record of works and co-authors, linked to an ORCID iD');
      expect(within(legend).getByRole('list', { name: 'Verification levels' }).textContent).toContain('L2 ORCID-linked: the record’s ORCID iD is stated by the paper or its publisher, not guessed');
      expect(within(legend).getAllByRole('listitem')).toHaveLength(5 + 5 + 5);
      cleanup();
    }
  });

  it('says it is looking the name up while loading', () => {
    render(<AuthorCard authorName="Ashish Vaswani" state="loading" />);
    expect(screen.getByText('Looking up “Ashish Vaswani”…')).toBeTruthy();
  });

  it('offers a working retry when the service is unreachable', () => {
    const onRetry = vi.fn();
    render(<AuthorCard authorName="Ashish Vaswani" state="error" error="The PeerLens service answered 503." onRetry={onRetry} />);
    expect(screen.getByText('PeerLens service unreachable.')).toBeTruthy();
    expect(screen.getByText(/The service did not answer, so nothing is known about this name yet/)).toBeTruthy();
    expect(screen.getByText('What went wrong:').parentElement!.textContent).toBe('What went wrong: The PeerLens service answered 503.');
    fireEvent.click(screen.getByRole('button', { name: 'Retry look-up' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('has a close button only when it can close, and adapts to dark mode: the system’s and the page’s', () => {
    const onClose = vi.fn();
    const { container } = render(<AuthorCard authorName="Ashish Vaswani" state="resolved" match={resolvedMatch(1)} onClose={onClose} />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    const css = container.querySelector('style')?.textContent ?? '';
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).toContain(':host([data-theme="dark"]){--pl-neutral:#374151');
  });
});

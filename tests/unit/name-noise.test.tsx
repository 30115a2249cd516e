/**
 * Data noise shown as fact (issue 8): OpenAlex's "Also published as Priem Jason" for Jason Priem, and an
 * author record named "Downward and Mearman Tony Lawson" listed as a person. Both strings are from the
 * recorded fixtures: openalex/author_A5023888391_jason-priem.json and
 * openalex/academic-explorer-cache/authors/authors_search_mearman.json (A5001208659).
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixturesDir } from '../support/fixtures';
import { ProfileView } from '../../components/profile/ProfileView';
import { distinctOtherNames, isPersonName, isSameNameReordered } from '../../lib/names';
import { layoutResearchGraph } from '../../components/profile/graph-layout';
import { otherNamesOf } from '../../server/profile/profile-parts';
import { OpenAlexAuthor } from '../../server/upstream/openalex-schemas';
import { researcher } from './sample-results';
import { collaborator, profile, worksPage } from './sample-profile';

afterEach(cleanup);

const FIXTURES = join(fixturesDir, 'openalex');
const priem = () => OpenAlexAuthor.parse(JSON.parse(readFileSync(`${FIXTURES}/author_A5023888391_jason-priem.json`, 'utf8')));
const misSplit = () =>
  (JSON.parse(readFileSync(`${FIXTURES}/academic-explorer-cache/authors/authors_search_mearman.json`, 'utf8')) as { results: { id: string; display_name: string }[] }).results.find((r) =>
    r.id.endsWith('A5001208659'),
  )!.display_name;

describe('name-order variants', () => {
  it('are the same name reordered, re-cased, re-punctuated or de-accented, and nothing looser', () => {
    expect(isSameNameReordered('Priem Jason', 'Jason Priem')).toBe(true);
    expect(isSameNameReordered('PRIEM, Jason', 'Jason Priem')).toBe(true);
    expect(isSameNameReordered('Vincent Lariviere', 'Vincent Larivière')).toBe(true);
    expect(isSameNameReordered('J. Priem', 'Jason Priem')).toBe(false);
    expect(isSameNameReordered('Jason W. Priem', 'Jason Priem')).toBe(false);
  });

  it('are dropped from "Also published as" (the recorded Jason Priem record lists "Priem Jason")', () => {
    const record = priem();
    expect(record.display_name_alternatives).toContain('Priem Jason');
    expect(otherNamesOf(record)).toEqual([]);
    expect(distinctOtherNames('Joseph Mearman', ['Joseph Mearman', 'Joseph W. Mearman', 'J. W. Mearman', 'Mearman Joseph'])).toEqual(['Joseph W. Mearman', 'J. W. Mearman']);
  });

  it('are not shown by the profile view, even from a profile cached before the service filtered them', () => {
    render(<ProfileView profile={profile({ summary: researcher({ name: 'Jason Priem' }), otherNames: ['Priem Jason', 'J. Priem'] })} loadWorks={async () => worksPage(1, 0)} onOpenResearcher={() => {}} />);
    expect(screen.getByText('Also published as J. Priem')).toBeTruthy();
    expect(screen.queryByText(/Priem Jason/)).toBeNull();
  });
});

describe('strings that are not one person', () => {
  it('are told apart from real names', () => {
    expect(isPersonName(misSplit())).toBe(false);
    expect(isPersonName('Smith & Jones')).toBe(false);
    expect(isPersonName('ATLAS Collaboration')).toBe(false);
    for (const name of ['Jason Priem', 'Juan Pablo Alperin', 'Vincent Larivière', 'J. W. Mearman', 'Anderson Andrade', 'Ludwig van Beethoven', "Conan O'Brien"]) {
      expect(isPersonName(name)).toBe(true);
    }
  });

  it('are not listed among collaborators nor drawn in the research graph', () => {
    const p = profile({ collaborators: [collaborator('A5000000011', 'Noam Shazeer', 3), collaborator('A5001208659', misSplit(), 2)] });
    render(<ProfileView profile={p} loadWorks={async () => worksPage(1, 0)} onOpenResearcher={() => {}} />);
    expect(screen.getByRole('button', { name: 'Noam Shazeer' })).toBeTruthy();
    expect(screen.queryByText(/Downward and Mearman/)).toBeNull();
    expect(layoutResearchGraph(p).nodes.map((n) => n.label)).not.toContain(misSplit());
  });
});

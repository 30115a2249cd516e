/**
 * Builds arXiv listing pages from the structure of arXiv's own templates (arxiv-browse
 * `browse/templates/list/list_macros.html`, read, not copied; PROVENANCE.md): no saved real listing page
 * exists. Used for the saved listing fixtures (tests/fixtures/pages/arxiv_list_*) and, at 1,000
 * entries, by the benchmark and the end-to-end listing test.
 */

export interface ListingEntry {
  id: string;
  title: string;
  /** Author names as links, in order; a string ending in ":" is a collaboration prefix. */
  authors: string[];
  kind?: 'new' | 'cross' | 'rep';
  /** arXiv's text when it has no author list for the entry. */
  unavailable?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function authorQuery(name: string): string {
  const parts = name.replace(/:$/, '').split(' ');
  const last = parts.pop() ?? '';
  return encodeURIComponent(`${last}, ${parts.map((p) => p[0]).join(' ')}`).replace(/%20/g, '+').replace(/%2C/g, ',');
}

function authorLinks(entry: ListingEntry, archive: string): string {
  if (entry.unavailable || entry.authors.length === 0) return '(author list is unavailable)';
  return entry.authors
    .map((name, i) => {
      const group = name.endsWith(':');
      const link = `<a href="https://arxiv.org/search/${archive}?searchtype=author&amp;query=${authorQuery(name)}">${esc(name.replace(/:$/, ''))}</a>`;
      if (group) return `${link}: `;
      return i < entry.authors.length - 1 ? `${link}, ` : link;
    })
    .join('');
}

function entryHtml(entry: ListingEntry, index: number, archive: string, withAbstract: boolean): string {
  const type = entry.kind === 'cross' ? `\n      (cross-list from ${archive === 'cs' ? 'stat.ML' : 'cs.LG'})` : entry.kind === 'rep' ? '\n      (replaced)' : '';
  return `
    <dt>
      <a name='item${index}'>[${index}]</a>
      <a href ="/abs/${entry.id}" title="Abstract" id="${entry.id}">
        arXiv:${entry.id}
      </a>${type}
      [<a href="/pdf/${entry.id}" title="Download PDF" id="pdf-${entry.id}" aria-labelledby="pdf-${entry.id}">pdf</a>, <a href="https://arxiv.org/html/${entry.id}v1" title="View HTML" id="html-${entry.id}" aria-labelledby="html-${entry.id}" rel="noopener noreferrer" target="_blank">html</a>, <a href="/format/${entry.id}" title="Other formats" id="oth-${entry.id}" aria-labelledby="oth-${entry.id}">other</a>]
    </dt>
    <dd>
      <div class='meta'>
        <div class='list-title mathjax'><span class='descriptor'>Title:</span>
          ${esc(entry.title)}
        </div>
        <div class='list-authors'>${authorLinks(entry, archive)}</div>
        <div class='list-subjects'><span class='descriptor'>Subjects:</span>
          <span class="primary-subject">Artificial Intelligence (cs.AI)</span>; Machine Learning (cs.LG)
        </div>${withAbstract ? `\n        <p class='mathjax'>\n          We study ${esc(entry.title.toLowerCase())} and report what we find.\n        </p>` : ''}
      </div>
    </dd>`;
}

export interface ListingPageOptions {
  category: string;
  /** Header comment saying how the page was made. */
  provenance: string;
  entries: ListingEntry[];
  /** `/new` pages carry abstracts. */
  withAbstracts?: boolean;
}

/** A 2024+ layout listing page (what production serves since the listing redesign). */
export function listingPage(options: ListingPageOptions): string {
  const archive = options.category.split('.')[0] ?? 'cs';
  const items = options.entries.map((e, i) => entryHtml(e, i + 1, archive, options.withAbstracts ?? false)).join('');
  return `<!DOCTYPE html>
<!-- ${options.provenance} -->
<html lang="en">
<head>
  <title>${esc(options.category)} new submissions</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" type="text/css" media="screen" href="https://static.arxiv.org/static/browse/0.3.4/css/arXiv.css" />
</head>
<body class="with-cu-identity">
  <div id="content">
  <div id='content-inner'>
  <div id='dlpage'>
    <h1>Artificial Intelligence</h1>
    <h2>Authors and titles for new submissions</h2>
    <div class='paging'>Total of ${options.entries.length} entries</div>
    <dl id='articles'>
      <h3>New submissions (showing ${options.entries.length} of ${options.entries.length} entries)</h3>
${items}
    </dl>
  </div>
  </div>
  </div>
</body>
</html>
`;
}

const GIVEN = ['Ada', 'Bruno', 'Chiara', 'Dmitri', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Keiko', 'Luis', 'Maya', 'Nikhil', 'Olga', 'Pavel', 'Qing', 'Rosa', 'Sven', 'Tariq', 'Uma', 'Viktor', 'Wen', 'Yara'];
const FAMILY = ['Abbott', 'Barros', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Gupta', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov', 'Quinn', 'Rossi', 'Sato', 'Tanaka', 'Urban', 'Vogel', 'Weber', 'Zhou'];

/** `count` synthetic entries with four authors each (~4,000 names at 1,000 entries), ids 2501.00001… */
export function syntheticEntries(count: number, authorsPerEntry = 4): ListingEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `2501.${String(i + 1).padStart(5, '0')}`,
    title: `Synthetic listing entry number ${i + 1}`,
    authors: Array.from({ length: authorsPerEntry }, (_, j) => {
      const k = i * authorsPerEntry + j;
      return `${GIVEN[k % GIVEN.length]} ${FAMILY[Math.floor(k / GIVEN.length) % FAMILY.length]}`;
    }),
  }));
}

export const BENCH_LISTING_URL = 'https://arxiv.org/list/cs.AI/pastweek?show=1000';

/** The 1,000-entry page the benchmark and the e2e listing test load at `BENCH_LISTING_URL`. */
export function thousandEntryListing(): string {
  return listingPage({
    category: 'cs.AI',
    provenance: 'Generated by scripts/support/arxiv-listing-page.ts from the arxiv-browse listing template structure: 1,000 synthetic entries, 4,000 names. Not a saved arXiv page.',
    entries: syntheticEntries(1000),
  });
}

/**
 * Every page PeerLens is tested on, at the real URL it was saved from (or, for built pages, the URL of the
 * kind of page it reproduces), with the adapter that must claim it and the exact authors it must yield;
 * and the serving of them at those URLs to a browser. The supported sites' pages come from the site table
 * (each lib/sites/<site>.ts lists its own fixtures); the pages of sites no list names (the generic
 * adapter's) and the negative pages are listed here. Shared by the adapter tests, the end-to-end harness
 * and `npm run dev`'s browser. Shared pages are read from the read-only `../shared/fixtures`; built ones
 * from `tests/fixtures/pages/` (data files, made from recorded pages as each file says).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE_FIXTURES } from '../../lib/sites/fixtures';
import type { SiteFixture } from '../../lib/sites/site';
import { fixturesRoot } from './fixtures';
import { SITE_PAGES } from './site-pages';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface SavedPage extends SiteFixture {
  /** Shared saved page ("publishers/peerj_4375.html") or one built here ("pages/arxiv_list_…"). */
  file: string;
  url: string;
  /** The adapter that serves this URL ("generic": a site no list names, or one the reader would add). */
  adapter: string;
  /** The supported site the page belongs to; absent for the generic adapter's pages and the negatives. */
  site?: string;
  built: boolean;
}

type Extra = Omit<SiteFixture, 'file' | 'url' | 'adapter'>;
const generic = (file: string, url: string, extra: Extra): SavedPage => ({ file, url, adapter: 'generic', built: file.startsWith('pages/'), ...extra });

/** Scholarly pages of sites no list names, served by the generic adapter once the always-on detector finds their metadata. */
export const GENERIC_PAGES: readonly SavedPage[] = [
  generic('publishers/annualreviews_conmatphys-031214-014726.html', 'https://www.annualreviews.org/doi/abs/10.1146/annurev-conmatphys-031214-014726', { yieldsNothing: 'authors only in dc.Creator, nowhere visible on the page' }),
  generic('publishers/elife_44753.html', 'https://elifesciences.org/articles/44753', { ids: ['10.7554/eLife.44753'], names: [['Matthew J Kourakis', 'Cezar Borba', 'Angela Zhang', 'Erin Newman-Smith', 'Priscilla Salas', 'B Manjunath', 'William C Smith']] }),
  generic('publishers/firstmonday_ojs3_landing.html', 'https://firstmonday.org/ojs/index.php/fm/article/view/10274', { ids: ['10.5210/fm.v25i10.10274'], names: [['Calvin Liang', 'Jevan Alexander Hutson', 'Os Keyes']] }),
  generic('publishers/nber_w33843.html', 'https://www.nber.org/papers/w33843', { ids: ['10.3386/w33843'], names: [['Nava Ashraf', 'Oriana Bandiera', 'Virginia Minni', 'Luigi Zingales']] }),
  // APS, IOP, Frontiers, MDPI, SAGE, Oxford Academic, AIP, Cambridge Core, Cell Press, RSC, Science, PNAS, ChemRxiv, SSRN, Research Square, AMS, eLife.
  ...SITE_PAGES.map((p) => generic(`pages/${p.file}`, p.url, { ids: [p.doi], names: [p.authors] })),
  // OSF Preprints renders its authors in the browser from api.osf.io: its served HTML names nobody and carries no metadata.
  generic('pages/osf_preprints_psyarxiv_nx2b4.from-zotero-translator.html', 'https://osf.io/preprints/psyarxiv/nx2b4', { yieldsNothing: "OSF Preprints' HTML is an Ember shell: no author markup and no citation_*/dc.* metadata (authors come from api.osf.io after load)", notScholarly: true }),
  // Only schema.org ScholarlyArticle JSON-LD: Person authors (the Organization is not one), DOI from `identifier`.
  generic('pages/jsonld-only_scholarly-article.from-schema-org-docs.html', 'https://proceedings.example-society.org/2021/naacl/paper-208', { ids: ['10.18653/v1/2021.naacl-main.208'], names: [['Teven Le Scao', 'Alexander Rush']] }),
];

/** Negative pages on sites no list names, where only the always-on detector runs: zero badges, zero messages. */
export const NEGATIVE_PAGES: readonly SavedPage[] = [
  generic('pages/negative_news-about-a-paper.from-schema-org-newsarticle-docs.html', 'https://www.example-news.co.uk/science/2024/jun/12/ai-model-predicts-protein-structures', { yieldsNothing: 'a news item about a paper: NewsArticle, its author a journalist', notScholarly: true }),
  generic('pages/negative_blog-post-quoting-citations.from-wordpress-markup.html', 'https://ml-notes.example.net/2024/03/why-transformers-work/', { yieldsNothing: 'a blog post quoting papers', notScholarly: true }),
  generic('pages/negative_reference-list.from-zotero-bib-csl-markup.html', 'https://www.example-university.edu/groups/nlp/publications', { yieldsNothing: 'a reference list: other papers, no page metadata', notScholarly: true }),
  generic('pages/negative_search-page.from-duckduckgo-html-scrapers.html', 'https://html.duckduckgo.com/html/?q=attention+is+all+you+need+vaswani', { yieldsNothing: 'a search page of a non-scholarly site', notScholarly: true }),
  // The same Cloudflare challenge as Taylor & Francis's, served where no list names the site (Emerald's journals sit behind it too).
  generic('publishers/tandfonline_cloudflare_challenge.html', 'https://www.emerald.com/insight/content/doi/10.1108/JD-12-2019-0240/full/html', { yieldsNothing: "Cloudflare's challenge page on a site no list names", notScholarly: true }),
];

export const SAVED_PAGES: readonly SavedPage[] = [
  ...SITE_FIXTURES.map((f): SavedPage => ({ ...f, built: f.file.startsWith('pages/') })),
  ...GENERIC_PAGES,
  ...NEGATIVE_PAGES,
];

export function pagePath(page: SavedPage): string {
  return page.built ? join(repoRoot, 'tests', 'fixtures', page.file) : join(fixturesRoot(), page.file);
}

export function readPage(page: SavedPage): string {
  return readFileSync(pagePath(page), 'utf8');
}

export function savedPage(fileEnd: string): SavedPage {
  const page = SAVED_PAGES.find((p) => p.file.endsWith(fileEnd));
  if (!page) throw new Error(`no saved page ${fileEnd}`);
  return page;
}

export interface SavedArxivPage {
  file: string;
  /** arXiv id as the page's `citation_arxiv_id` gives it. */
  arxivId: string;
  /** The real URL the page is served at in the browser. */
  url: string;
  html: string;
}

/** Every saved arXiv abstract page, each at its real `https://arxiv.org/abs/<id><version>` URL. */
export function savedArxivPages(): SavedArxivPage[] {
  const dir = join(fixturesRoot(), 'arxiv');
  return readdirSync(dir)
    .filter((f) => /^abs_.*\.html$/.test(f))
    .sort()
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      const arxivId = html.match(/name="citation_arxiv_id" content="([^"]+)"/)?.[1];
      if (!arxivId) throw new Error(`${file} has no citation_arxiv_id`);
      const version = file.match(/v(\d+)(?:_|\.html)/)?.[1];
      // Variants of one paper (metascraper/commonmeta captures) get distinct but real URL forms.
      const host = /_metascraper|_commonmeta/.test(file) ? 'https://export.arxiv.org' : 'https://arxiv.org';
      return { file, arxivId, url: `${host}/abs/${arxivId}${version ? `v${version}` : ''}`, html };
    });
}

const ARXIV_HOSTS = ['arxiv.org', 'www.arxiv.org', 'export.arxiv.org'];

/** The saved pages by URL, ready to serve: `html(url)` finds a page by its full URL or by origin + path. */
export interface ServedPages {
  hosts: Set<string>;
  html(url: URL): string | undefined;
  count: number;
}

/** Every saved and built page, and the saved arXiv abstract pages, at their real URLs (plus any `extra`). */
export function servedSavedPages(extra: Iterable<[string, string]> = []): ServedPages {
  const byUrl = new Map<string, string>();
  for (const p of savedArxivPages()) byUrl.set(new URL(p.url).origin + new URL(p.url).pathname, p.html);
  for (const p of SAVED_PAGES) byUrl.set(p.url, readPage(p));
  for (const [url, html] of extra) byUrl.set(url, html);
  const hosts = new Set([...ARXIV_HOSTS, ...[...byUrl.keys()].map((u) => new URL(u).host)]);
  return { hosts, count: byUrl.size, html: (url) => byUrl.get(url.href) ?? byUrl.get(url.origin + url.pathname) };
}

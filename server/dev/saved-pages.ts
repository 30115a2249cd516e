/**
 * Every saved page PeerLens is tested on, at the real URL it was saved from (or, for built pages, the URL of
 * the kind of page it reproduces), with the adapter that must claim it; and the serving of them at those URLs
 * to a browser. Shared by the adapter tests, the end-to-end harness and `npm run dev`'s browser (which is why
 * it lives here and not under tests/). Shared pages are read from the read-only `../shared/fixtures`; built
 * ones from `tests/fixtures/pages/` (data files, made from recorded pages as each file says).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesRoot } from './fixtures';
import { SITE_PAGES } from './site-pages';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface SavedPage {
  /** Shared saved page ("publishers/peerj_4375.html") or one built here ("pages/arxiv_list_…"). */
  file: string;
  url: string;
  /** The adapter that serves this URL ("generic": a site the reader would add). */
  adapter: string;
  /** The page must yield nothing: why (a challenge page, a news item, no identifier to look up). */
  yieldsNothing?: string;
  /** Not a scholarly page at all: the always-on detector must not even ask (zero messages). */
  notScholarly?: boolean;
  built: boolean;
}

type Extra = Pick<SavedPage, 'yieldsNothing' | 'notScholarly'>;
const shared = (file: string, url: string, adapter: string, extra: Extra = {}): SavedPage => ({ file: `publishers/${file}`, url, adapter, built: false, ...extra });
const built = (file: string, url: string, adapter: string, extra: Extra = {}): SavedPage => ({ file: `pages/${file}`, url, adapter, built: true, ...extra });

export const SAVED_PAGES: readonly SavedPage[] = [
  built('arxiv_list_cs.AI_new.from-arxiv-browse-template.html', 'https://arxiv.org/list/cs.AI/new', 'arxiv-listing'),
  built('arxiv_list_hep-th_pastweek.pre-2024-layout.from-third-party-parser-docs.html', 'https://arxiv.org/list/hep-th/pastweek?show=25', 'arxiv-listing'),
  built('arxiv_a_krogan_n_1.from-arxiv-browse-author-template.html', 'https://arxiv.org/a/krogan_n_1', 'arxiv-listing'),
  built('arxiv_search_all.from-arxiv-search-template.html', 'https://arxiv.org/search/?query=attention&searchtype=all', 'arxiv-search'),
  built('arxiv_html_1706.03762v7.from-latexml-structure.html', 'https://arxiv.org/html/1706.03762v7', 'arxiv-html'),
  shared('aclanthology_2021.naacl-main.208.html', 'https://aclanthology.org/2021.naacl-main.208/', 'acl-anthology'),
  shared('aclanthology_N04-1001.html', 'https://aclanthology.org/N04-1001/', 'acl-anthology', { yieldsNothing: 'no DOI or arXiv id to look up' }),
  shared('acs_acsphotonics_quantum-sensing.html', 'https://pubs.acs.org/doi/10.1021/acsphotonics.9b00250', 'acs'),
  built('acm_10.1145_1596655.1596682.from-zotero-translator.html', 'https://dl.acm.org/doi/10.1145/1596655.1596682', 'acm-dl'),
  shared('annualreviews_conmatphys-031214-014726.html', 'https://www.annualreviews.org/doi/abs/10.1146/annurev-conmatphys-031214-014726', 'generic', { yieldsNothing: 'authors only in dc.Creator, nowhere visible on the page' }),
  shared('biorxiv_2020.03.22.002386v3.html', 'https://www.biorxiv.org/content/10.1101/2020.03.22.002386v3', 'biorxiv'),
  shared('elife_44753.html', 'https://elifesciences.org/articles/44753', 'generic'),
  shared('firstmonday_ojs3_landing.html', 'https://firstmonday.org/ojs/index.php/fm/article/view/10274', 'generic'),
  built('dblp_pid_48-4389.from-zotero-translator.html', 'https://dblp.org/pid/48/4389.html', 'dblp'),
  built('google-scholar_results.from-zotero-translator-and-scrapers.html', 'https://scholar.google.com/scholar?q=attention+is+all+you+need', 'google-scholar'),
  built('google-scholar_profile.from-zotero-translator-and-scrapers.html', 'https://scholar.google.com/citations?user=oR9sCGYAAAAJ&hl=en', 'google-scholar'),
  built('ieee_6221978.from-zotero-translator.html', 'https://ieeexplore.ieee.org/document/6221978', 'ieee-xplore'),
  // Authors printed as one line ("A, B and C"): the site's own author-list element is split into per-name spans.
  built('jstor_1593514.from-zotero-translator.html', 'https://www.jstor.org/stable/1593514', 'jstor'),
  built('neurips_2017_3f5ee243.from-site-markup.html', 'https://papers.nips.cc/paper_files/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html', 'neurips'),
  built('neurips_2017_index.from-site-markup.html', 'https://papers.nips.cc/paper_files/paper/2017', 'neurips'),
  built('pmlr_v37_ioffe15.from-site-markup.html', 'https://proceedings.mlr.press/v37/ioffe15.html', 'pmlr'),
  built('pmlr_v37_index.from-site-markup.html', 'https://proceedings.mlr.press/v37/', 'pmlr'),
  built('cvf_cvpr2016_He_Deep_Residual_Learning.from-site-markup.html', 'https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_Residual_Learning_CVPR_2016_paper.html', 'cvf'),
  shared('nature_news_article_2020.html', 'https://www.nature.com/articles/d41586-020-02610-z', 'springer-nature', { yieldsNothing: 'a news item (dc.type News): its dc.creator is the journalist', notScholarly: true }),
  shared('nature_s41586-021-03819-2.html', 'https://www.nature.com/articles/s41586-021-03819-2', 'springer-nature'),
  shared('nber_w33843.html', 'https://www.nber.org/papers/w33843', 'generic'),
  built('openreview_P6r9OxZ1vm.from-zotero-translator.html', 'https://openreview.net/forum?id=P6r9OxZ1vm', 'openreview', { yieldsNothing: 'no DOI or arXiv id to look up' }),
  shared('peerj_4375.html', 'https://peerj.com/articles/4375/', 'peerj'),
  shared('peerj_fallback.html', 'https://peerj.com/articles/4886/', 'peerj'),
  shared('plos_pone.0000001.html', 'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0000001', 'plos'),
  shared('plos_pone.0213978_2020.html', 'https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0213978', 'plos'),
  shared('pmc_PMC3531190.html', 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3531190/', 'pmc'),
  built('pubmed_23193287.from-zotero-translator-and-scrapers.html', 'https://pubmed.ncbi.nlm.nih.gov/23193287/', 'pubmed'),
  shared('sciencedirect_S2210271X18305656.html', 'https://www.sciencedirect.com/science/article/pii/S2210271X18305656', 'sciencedirect'),
  shared('semanticscholar_paper_crosswalk.html', 'https://www.semanticscholar.org/paper/Where-the-Crosswalk-Ends%3A-Mapping-Crosswalk-via-in-Moran/704dde842312c5eabb8c76ecf86b48e9fe68e4fe', 'semantic-scholar'),
  shared('semanticscholar_paper_meow.html', 'https://www.semanticscholar.org/paper/What%E2%80%99s-in-a-Meow-A-Study-on-Human-Classification-of-Prato-Previde-Cannas/d1de4343d4076843583ca5826f345be6cb5cd75c', 'semantic-scholar'),
  shared('springer_BF02727953.html', 'https://link.springer.com/article/10.1007/BF02727953', 'springer-nature'),
  built('springer_s10040-009-0439-x.pre-2020-layout.from-zotero-translator.html', 'https://link.springer.com/article/10.1007/s10040-009-0439-x', 'springer-nature'),
  shared('springer_s10924-010-0192-1.html', 'https://link.springer.com/article/10.1007/s10924-010-0192-1', 'springer-nature'),
  shared('tandfonline_cloudflare_challenge.html', 'https://www.tandfonline.com/doi/full/10.1080/23311932.2015.1117749', 'taylor-francis', { yieldsNothing: "Cloudflare's challenge page: no metadata", notScholarly: true }),
  shared('tandfonline_moller-plesset.html', 'https://www.tandfonline.com/doi/full/10.1080/00268976.2013.788745', 'taylor-francis'),
  shared('wiley_andp.19263840404_schrodinger.html', 'https://onlinelibrary.wiley.com/doi/abs/10.1002/andp.19263851302', 'wiley'),
  // Sites no list names, served by the generic adapter once the always-on detector finds their metadata.
  ...SITE_PAGES.map((p) => built(p.file, p.url, 'generic')),
  // OSF Preprints renders its authors in the browser from api.osf.io: its served HTML names nobody and carries no metadata.
  built('osf_preprints_psyarxiv_nx2b4.from-zotero-translator.html', 'https://osf.io/preprints/psyarxiv/nx2b4', 'generic', { yieldsNothing: "OSF Preprints' HTML is an Ember shell: no author markup and no citation_*/dc.* metadata (authors come from api.osf.io after load)", notScholarly: true }),
  built('jsonld-only_scholarly-article.from-schema-org-docs.html', 'https://proceedings.example-society.org/2021/naacl/paper-208', 'generic'),
  // Negative pages on sites no list names, where only the always-on detector runs: nothing is badged or sent.
  built('negative_news-about-a-paper.from-schema-org-newsarticle-docs.html', 'https://www.example-news.co.uk/science/2024/jun/12/ai-model-predicts-protein-structures', 'generic', { yieldsNothing: 'a news item about a paper: NewsArticle, its author a journalist', notScholarly: true }),
  built('negative_blog-post-quoting-citations.from-wordpress-markup.html', 'https://ml-notes.example.net/2024/03/why-transformers-work/', 'generic', { yieldsNothing: 'a blog post quoting papers', notScholarly: true }),
  built('negative_reference-list.from-zotero-bib-csl-markup.html', 'https://www.example-university.edu/groups/nlp/publications', 'generic', { yieldsNothing: 'a reference list: other papers, no page metadata', notScholarly: true }),
  built('negative_search-page.from-duckduckgo-html-scrapers.html', 'https://html.duckduckgo.com/html/?q=attention+is+all+you+need+vaswani', 'generic', { yieldsNothing: 'a search page of a non-scholarly site', notScholarly: true }),
  // The same Cloudflare challenge, served where no list names the site (Emerald's journals sit behind it too).
  shared('tandfonline_cloudflare_challenge.html', 'https://www.emerald.com/insight/content/doi/10.1108/JD-12-2019-0240/full/html', 'generic', { yieldsNothing: "Cloudflare's challenge page on a site no list names", notScholarly: true }),
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

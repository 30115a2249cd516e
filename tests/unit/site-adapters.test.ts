/**
 * The one test of every site over every fixture (Refined GitHub's url-detection habit): each page's
 * expectations are the site file's own (lib/sites/<site>.ts `fixtures`; the generic adapter's pages and
 * the negatives in server/dev/saved-pages.ts). Only the right adapter claims a page's URL, no other
 * adapter reads anything from it, and its adapter finds the papers' identifiers, the exact author names
 * in order with their positions, and where each badge would go. Negative pages yield nothing.
 */
import { describe, expect, it } from 'vitest';
import { adapterClaimsUrl, adapterForUrl } from '../../lib/detect/adapter-for-url';
import { generic } from '../../lib/detect/generic';
import type { DetectedPaper } from '../../lib/detect/types';
import { fold } from '../../lib/names';
import { ALL_ADAPTERS } from '../../lib/sites/fixtures';
import { SAVED_PAGES, readPage, type SavedPage } from '../support/saved-pages';
import { SITE_PAGES } from '../support/site-pages';

const baseName = (page: SavedPage) => page.file.split('/').pop()!;

function read(page: SavedPage): DetectedPaper[] {
  const url = new URL(page.url);
  const doc = new DOMParser().parseFromString(readPage(page), 'text/html');
  const adapter = page.adapter === 'generic' ? generic : adapterForUrl(ALL_ADAPTERS, url);
  expect(adapter?.id).toBe(page.adapter);
  return adapter!.detect(doc, url);
}

/** The names a page's Highwire/Dublin Core metadata lists, for pages too long to spell out here. */
function metaNames(html: string, tag: string): string[] {
  const decode = (s: string) => new DOMParser().parseFromString(`<p>${s}</p>`, 'text/html').body.textContent ?? s;
  return [...html.matchAll(new RegExp(`<meta name="${tag}" content="([^"]+)"`, 'gi'))].map((m) => decode(m[1]!));
}

const docs = new Map<string, Document>();
/** One parse per page for all the adapters run over it (detect only adds name spans, which a rescan reuses). */
const docOf = (page: SavedPage) => docs.get(page.file) ?? docs.set(page.file, new DOMParser().parseFromString(readPage(page), 'text/html')).get(page.file)!;

describe('every site over every fixture', () => {
  it('every page either expects nothing (and says why) or names its papers and their exact authors', () => {
    for (const page of SAVED_PAGES) {
      if (page.yieldsNothing) expect(page.ids ?? page.names, page.file).toBeUndefined();
      else expect(page.ids?.length, page.file).toBe(page.names?.length);
    }
  });

  for (const page of SAVED_PAGES) {
    it(`${baseName(page)}: claimed by ${page.adapter} only; no other adapter reads anything from it`, () => {
      const url = new URL(page.url);
      const claiming = ALL_ADAPTERS.filter((a) => adapterClaimsUrl(a, url)).map((a) => a.id);
      expect(claiming).toEqual(page.adapter === 'generic' ? [] : [page.adapter]);
      for (const adapter of ALL_ADAPTERS) {
        if (adapter.id !== page.adapter) expect(adapter.detect(docOf(page), url), adapter.id).toEqual([]);
      }
    });
  }

  for (const page of SAVED_PAGES) {
    const name = baseName(page);
    if (page.yieldsNothing) {
      it(`${name}: nothing (${page.yieldsNothing})`, () => expect(read(page)).toEqual([]));
      continue;
    }
    it(`${name}: ${page.adapter} reads the paper ids and the exact authors in order`, () => {
      const papers = read(page);
      const expected = { ids: page.ids ?? [], names: page.names ?? [], hidden: page.hidden };
      expect(papers.map((p) => p.arxivId ?? p.doi ?? p.title)).toEqual(expected.ids);
      papers.forEach((paper, i) => {
        const names = expected.names[i];
        if (names) expect(paper.authors.map((a) => a.name)).toEqual([...names]);
        expect(paper.authors.map((a) => a.position)).toEqual(paper.authors.map((_, j) => j + 1));
        for (const author of paper.authors) {
          if (expected.hidden?.includes(author.name)) {
            expect(author.element).toBeUndefined();
            continue;
          }
          // The badge follows the element that shows this very name, outside any reference list.
          const surname = fold(author.name.split(' ').pop()!);
          expect(fold(author.element?.textContent ?? '')).toContain(surname);
          expect(author.element?.closest('.references, .ltx_bibliography, .ref-list, .similar-articles')).toBeNull();
          // Pages of unlisted sites: inside the visible author list, never a hidden pop-up's copy of the name.
          const site = SITE_PAGES.find((p) => p.file === name);
          if (site) {
            expect(author.element?.closest(site.list), author.name).not.toBeNull();
            expect(author.element?.closest('[hidden], [aria-hidden="true"]'), author.name).toBeNull();
          }
        }
      });
    });
  }

  it('bioRxiv: all 100 authors in metadata order, with the ORCID iDs of the metadata', () => {
    const page = SAVED_PAGES.find((p) => p.file.includes('biorxiv'))!;
    const [paper] = read(page);
    const meta = metaNames(readPage(page), 'citation_author');
    expect(paper!.authors).toHaveLength(100);
    expect(paper!.authors.map((a) => a.name)).toEqual(meta);
    expect(paper!.authors.every((a) => a.element?.matches('span.highwire-citation-author'))).toBe(true);
    expect(paper!.authors[1]).toMatchObject({ name: 'Gwendolyn M. Jang', orcid: '0000-0001-7806-9874' });
    expect(paper!.authors[0]!.orcid).toBeUndefined();
    expect(paper!.authors.filter((a) => a.orcid).length).toBeGreaterThan(70);
  });

  it('Nature: all 34 AlphaFold authors ("Last, First" metadata) in the header list, none twice', () => {
    const page = SAVED_PAGES.find((p) => p.file.includes('s41586'))!;
    const [paper] = read(page);
    const meta = metaNames(readPage(page), 'dc.creator').map((n) => n.split(', ').reverse().join(' '));
    expect(paper!.authors).toHaveLength(34);
    expect(paper!.authors.map((a) => a.name)).toEqual(meta);
    expect(new Set(paper!.authors.map((a) => a.element)).size).toBe(34);
    expect(paper!.authors.every((a) => a.element?.closest('ul.c-article-author-list'))).toBe(true);
  });
});

describe('one-line author lists (JSTOR, NeurIPS, PMLR, CVF)', () => {
  const oneLine = SAVED_PAGES.filter((p) => ['jstor', 'neurips', 'pmlr', 'cvf'].includes(p.adapter));

  for (const page of oneLine) {
    it(`${baseName(page)}: split inside the author line only, its text unchanged, and a rescan finds the same spans`, () => {
      const url = new URL(page.url);
      const doc = new DOMParser().parseFromString(readPage(page), 'text/html');
      const before = doc.body.textContent;
      const adapter = adapterForUrl(ALL_ADAPTERS, url)!;
      const first = adapter.detect(doc, url);
      // Only inline spans were added: the page reads exactly as before.
      expect(doc.body.textContent).toBe(before);
      const spans = [...doc.querySelectorAll('[data-peerlens-name]')];
      expect(spans).toHaveLength(first.flatMap((p) => p.authors).length);
      for (const span of spans) {
        expect(span.getAttribute('style')).toBeNull();
        expect(span.closest('#authors, [data-qa="item-authors"], span.paper-authors, span.authors, p > i, ul.paper-list > li > i, dd > form.authsearch'), span.textContent!).not.toBeNull();
        expect(span.closest('.references, h2, h4, .bibtex, .bibref')).toBeNull();
      }
      const again = adapter.detect(doc, url);
      expect(again.flatMap((p) => p.authors.map((a) => a.element))).toEqual(first.flatMap((p) => p.authors.map((a) => a.element)));
      expect(doc.querySelectorAll('[data-peerlens-name]')).toHaveLength(spans.length);
    });
  }

  it('title-only papers carry their year (the wire contract sends title + year)', () => {
    const years = oneLine.filter((p) => p.adapter !== 'jstor').map((p) => read(p).map((paper) => paper.year));
    expect(years).toEqual([[2015], [2015, 2015, 2015], [2009], [2009, 2009, 2009], [2021], [2021]]);
  });

  it('"…", "et al." and a list with no names give no span and no author', () => {
    const doc = new DOMParser().parseFromString('<div id="authors"><b><i>A Vaswani, N Shazeer, …</i></b></div><div class="x">et al.</div>', 'text/html');
    const url = new URL('https://openaccess.thecvf.com/content/CVPR2023/html/X_Y_CVPR_2023_paper.html');
    const [paper] = adapterForUrl(ALL_ADAPTERS, url)!.detect(doc, url);
    expect(paper).toBeUndefined(); // no title: nothing to look the paper up by
    expect([...doc.querySelectorAll('[data-peerlens-name]')].map((s) => s.textContent)).toEqual(['A Vaswani', 'N Shazeer']);
    expect(doc.querySelector('i')!.textContent).toBe('A Vaswani, N Shazeer, …');
  });
});

describe('Google Scholar profile pages', () => {
  const page = savedPageOf('google-scholar_profile.from-zotero-translator-and-scrapers.html');

  it("each row's authors are spans of its first gray line only, with the row's year; header and co-authors untouched", () => {
    const url = new URL(page.url);
    const doc = new DOMParser().parseFromString(readPage(page), 'text/html');
    const papers = adapterForUrl(ALL_ADAPTERS, url)!.detect(doc, url);
    expect(papers.map((p) => p.year)).toEqual([2017, 2018, 2018, 2018]);
    for (const paper of papers) {
      const line = paper.container!.querySelector('div.gs_gray');
      for (const author of paper.authors) expect(author.element?.parentElement).toBe(line);
    }
    expect(doc.querySelectorAll('#gsc_prf [data-peerlens-name], #gsc_rsb [data-peerlens-name]')).toHaveLength(0);
    // The venue line (the second gray line) is never split.
    expect(doc.querySelectorAll('td.gsc_a_t > div.gs_gray + div.gs_gray [data-peerlens-name]')).toHaveLength(0);
  });

  it("claims a profile's list of works, not one work's own page", () => {
    const claimed = (u: string) => adapterForUrl(ALL_ADAPTERS, new URL(u))?.id;
    expect(claimed('https://scholar.google.com/citations?user=oR9sCGYAAAAJ&hl=en')).toBe('google-scholar');
    expect(claimed('https://scholar.google.com/citations?hl=en&user=oR9sCGYAAAAJ&view_op=list_works&sortby=pubdate')).toBe('google-scholar');
    expect(claimed('https://scholar.google.com/citations?view_op=view_citation&user=oR9sCGYAAAAJ&citation_for_view=oR9sCGYAAAAJ:u5HHmVD_uO8C')).toBeUndefined();
    expect(claimed('https://scholar.google.com/citations?view_op=search_authors&mauthors=vaswani')).toBeUndefined();
  });
});

function savedPageOf(file: string): SavedPage {
  return SAVED_PAGES.find((p) => p.file.endsWith(file))!;
}

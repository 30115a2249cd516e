/**
 * Every adapter against its pages (tests/support/saved-pages.ts): the papers' identifiers, the exact
 * author names in order with their positions, and where each badge would go. Negative pages yield nothing.
 */
import { describe, expect, it } from 'vitest';
import { adapterForUrl } from '../../lib/detect/adapter-for-url';
import { generic } from '../../lib/detect/generic';
import type { DetectedPaper } from '../../lib/detect/types';
import { fold } from '../../lib/names';
import { ALL_ADAPTERS } from '../../lib/sites/supported-sites';
import { SAVED_PAGES, readPage, type SavedPage } from '../support/saved-pages';
import { SITE_PAGES } from '../support/site-pages';

interface Expected {
  ids: string[];
  /** Names per paper, in order; `null` for a page checked by the rules below instead (long lists). */
  names: (string[] | null)[];
  /** Authors named in the metadata but not shown on the page (no badge, still sent). */
  hidden?: string[];
}

const EXPECTED: Record<string, Expected> = {
  'arxiv_list_cs.AI_new.from-arxiv-browse-template.html': {
    ids: ['1706.03762', '1912.06680', '1512.03385', '2106.09608', '2005.14165', '2501.00007'],
    names: [
      ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones', 'Aidan N. Gomez', 'Lukasz Kaiser', 'Illia Polosukhin'],
      ['Christopher Berner', 'Greg Brockman', 'Brooke Chan'], // "OpenAI:" is a group, not a person
      ['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun'],
      ['Prithviraj Ammanabrolu', 'Mark O. Riedl'],
      ['Tom B. Brown', 'Benjamin Mann', 'Nick Ryder', 'Melanie Subbiah', 'Jared Kaplan'],
      ['Ada Abbott'], // "The ATLAS Collaboration" is never badged
    ],
  },
  'arxiv_list_hep-th_pastweek.pre-2024-layout.from-third-party-parser-docs.html': {
    ids: ['hep-th/0611290', '1103.4487'],
    names: [['T. Brown', 'R. de Mello Koch', 'S. Ramgoolam', 'N. Toumbas'], ['Dan C. Cireşan', 'Ueli Meier']],
  },
  'arxiv_a_krogan_n_1.from-arxiv-browse-author-template.html': {
    ids: ['2003.05075'],
    names: [['David E. Gordon', 'Gwendolyn M. Jang', 'Nevan J. Krogan']],
  },
  'arxiv_search_all.from-arxiv-search-template.html': {
    ids: ['1706.03762', 'hep-th/0611290'],
    names: [['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'], ['T. Brown', 'R. de Mello Koch']],
  },
  'arxiv_html_1706.03762v7.from-latexml-structure.html': {
    ids: ['1706.03762'],
    names: [['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar']], // never the bibliography's "Jimmy Lei Ba"
  },
  'aclanthology_2021.naacl-main.208.html': { ids: ['10.18653/v1/2021.naacl-main.208'], names: [['Teven Le Scao', 'Alexander Rush']] },
  'acs_acsphotonics_quantum-sensing.html': {
    ids: ['10.1021/acsphotonics.9b00250'],
    names: [['B. J. Lawrie', 'P. D. Lett', 'A. M. Marino', 'R. C. Pooser']],
  },
  'acm_10.1145_1596655.1596682.from-zotero-translator.html': { ids: ['10.1145/1596655.1596682'], names: [['Nagy Mostafa', 'Chandra Krintz']] },
  'biorxiv_2020.03.22.002386v3.html': { ids: ['10.1101/2020.03.22.002386'], names: [null] },
  'elife_44753.html': {
    ids: ['10.7554/eLife.44753'],
    names: [['Matthew J Kourakis', 'Cezar Borba', 'Angela Zhang', 'Erin Newman-Smith', 'Priscilla Salas', 'B Manjunath', 'William C Smith']],
  },
  'firstmonday_ojs3_landing.html': { ids: ['10.5210/fm.v25i10.10274'], names: [['Calvin Liang', 'Jevan Alexander Hutson', 'Os Keyes']] },
  // dblp: each entry's own authors (the page owner's span.this-person included), DOI else title; the volume's editors are not authors.
  'dblp_pid_48-4389.from-zotero-translator.html': {
    ids: ['Building Dynamic Knowledge Graphs from Text using Machine Reading Comprehension', '10.1007/978-3-642-40328-6_47', '10.1109/ATS.2010.10'],
    names: [
      ['Rajarshi Das', 'Tsendsuren Munkhdalai', 'Xingdi Yuan', 'Adam Trischler', 'Andrew McCallum'],
      ['Dominik Scheder', 'Li-Yang Tan'],
      ['Michael A. Kochte', 'Christian G. Zoellin', 'Rafal Baranowski', 'Michael E. Imhof', 'Hans-Joachim Wunderlich', 'Nadereh Hatami', 'Stefano Di Carlo', 'Paolo Prinetto'],
    ],
  },
  // Scholar: the gs_a names shown (a truncated list gives only those), profile links badged, the [HTML] marks off the title;
  // a truncated title cannot be matched, so that result is not asked about.
  'google-scholar_results.from-zotero-translator-and-scrapers.html': {
    ids: ['Attention is all you need', 'The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles'],
    names: [['A Vaswani', 'N Shazeer', 'N Parmar'], ['H Piwowar', 'J Priem', 'V Larivière']],
    hidden: ['N Parmar'],
  },
  // A Scholar profile: each row's own authors' line, split into names; a truncated ("...") line badges only the names shown;
  // the owner's header name, the co-author sidebar and the patent row without authors give nothing.
  'google-scholar_profile.from-zotero-translator-and-scrapers.html': {
    ids: ['Attention is all you need', 'Self-attention with relative position representations', 'Image transformer', 'Tensor2tensor for neural machine translation'],
    names: [
      ['A Vaswani', 'N Shazeer', 'N Parmar', 'J Uszkoreit', 'L Jones', 'AN Gomez'],
      ['P Shaw', 'J Uszkoreit', 'A Vaswani'],
      ['N Parmar', 'A Vaswani', 'J Uszkoreit', 'Ł Kaiser', 'N Shazeer', 'A Ku', 'D Tran'],
      ['A Vaswani', 'S Bengio', 'E Brevdo', 'F Chollet', 'AN Gomez', 'S Gouws', 'L Jones'],
    ],
  },
  'ieee_6221978.from-zotero-translator.html': {
    ids: ['10.1109/TGRS.2012.2200045'],
    names: [['Devis Tuia', 'Jordi Munoz-Mari', 'Luis Gomez-Chova', 'Jesus Malo']],
  },
  // One-line author lists, split into per-name spans inside that element only; title-only papers go by title and year.
  'jstor_1593514.from-zotero-translator.html': { ids: ['10.2307/1593514'], names: [['I. H. Dimier-Poisson', 'D. T. Bout', 'P. Quéré']] },
  'neurips_2017_3f5ee243.from-site-markup.html': {
    ids: ['Attention is All you Need'],
    names: [['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones', 'Aidan N. Gomez', 'Łukasz Kaiser', 'Illia Polosukhin']],
  },
  // A volume index: each paper's own authors, never the volume's editors; the row without authors is skipped.
  'neurips_2017_index.from-site-markup.html': {
    ids: ['Attention is All you Need', 'Deep Sets', 'A Unified Approach to Interpreting Model Predictions'],
    names: [
      ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit', 'Llion Jones', 'Aidan N. Gomez', 'Łukasz Kaiser', 'Illia Polosukhin'],
      ['Manzil Zaheer', 'Satwik Kottur', 'Siamak Ravanbakhsh', 'Barnabas Poczos', 'Russ R. Salakhutdinov', 'Alexander J. Smola'],
      ['Scott M. Lundberg', 'Su-In Lee'],
    ],
  },
  'pmlr_v37_ioffe15.from-site-markup.html': {
    ids: ['Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift'],
    names: [['Sergey Ioffe', 'Christian Szegedy']],
  },
  'pmlr_v37_index.from-site-markup.html': {
    ids: ['Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift', 'Unsupervised Domain Adaptation by Backpropagation', 'Show, Attend and Tell: Neural Image Caption Generation with Visual Attention'],
    names: [
      ['Sergey Ioffe', 'Christian Szegedy'],
      ['Yaroslav Ganin', 'Victor Lempitsky'],
      ['Kelvin Xu', 'Jimmy Ba', 'Ryan Kiros', 'Kyunghyun Cho', 'Aaron Courville', 'Ruslan Salakhudinov', 'Rich Zemel', 'Yoshua Bengio'],
    ],
  },
  'cvf_cvpr2016_He_Deep_Residual_Learning.from-site-markup.html': { ids: ['Deep Residual Learning for Image Recognition'], names: [['Kaiming He', 'Xiangyu Zhang', 'Shaoqing Ren', 'Jian Sun']] },
  'nature_s41586-021-03819-2.html': { ids: ['10.1038/s41586-021-03819-2'], names: [null] },
  'nber_w33843.html': { ids: ['10.3386/w33843'], names: [['Nava Ashraf', 'Oriana Bandiera', 'Virginia Minni', 'Luigi Zingales']] },
  'peerj_4375.html': {
    ids: ['10.7717/peerj.4375'],
    names: [['Heather Piwowar', 'Jason Priem', 'Vincent Larivière', 'Juan Pablo Alperin', 'Lisa Matthias', 'Bree Norlander', 'Ashley Farley', 'Jevin West', 'Stefanie Haustein']],
  },
  'peerj_fallback.html': {
    ids: ['10.7717/peerj.4886'],
    names: [['Michael J. Emslie', 'Alistair J. Cheal', 'M. Aaron MacNeil', 'Ian R. Miller', 'Hugh P.A. Sweatman']],
  },
  'plos_pone.0000001.html': {
    ids: ['10.1371/journal.pone.0000001'],
    names: [['Maria C Almeida', 'Alexandre A Steiner', 'Luiz G S Branco', 'Andrej A Romanovsky']],
  },
  'plos_pone.0213978_2020.html': {
    ids: ['10.1371/journal.pone.0213978'],
    names: [['Yang Li', 'Tuanjie Wang', 'Lin Wang', 'Mingjun Sun', 'Zhizhong Cui', 'Shuang Chang', 'Yongping Wu', 'Xiaodong Zhang', 'Xiaohui Yu', 'Tao Sun', 'Peng Zhao']],
  },
  'pmc_PMC3531190.html': {
    ids: ['10.1093/nar/gks1195'],
    names: [['Dennis A Benson', 'Mark Cavanaugh', 'Karen Clark', 'Ilene Karsch-Mizrachi', 'David J Lipman', 'James Ostell', 'Eric W Sayers']],
  },
  'pubmed_23193287.from-zotero-translator-and-scrapers.html': {
    ids: ['10.1093/nar/gks1195'],
    names: [['Dennis A Benson', 'Mark Cavanaugh', 'Karen Clark', 'Ilene Karsch-Mizrachi', 'David J Lipman', 'James Ostell', 'Eric W Sayers']],
  },
  'sciencedirect_S2210271X18305656.html': { ids: ['10.1016/j.comptc.2018.10.004'], names: [['Kati Finzel']] },
  'semanticscholar_paper_crosswalk.html': { ids: ['10.1177/23998083221081530'], names: [['Marcel E. Moran']] },
  'semanticscholar_paper_meow.html': {
    ids: ['10.3390/ani10122390'],
    names: [['E. Prato-Previde', 'Simona Cannas', 'C. Palestrini', 'Sara Ingraffia', 'M. Battini', 'L. A. Ludovico', 'S. Ntalampiras', 'G. Presti', 'S. Mattiello']],
    // The page shows the first two and the last author, the rest behind "+6 authors".
    hidden: ['C. Palestrini', 'Sara Ingraffia', 'M. Battini', 'L. A. Ludovico', 'S. Ntalampiras', 'G. Presti'],
  },
  'springer_BF02727953.html': { ids: ['10.1007/BF02727953'], names: [['J. M. Leinaas', 'J. Myrheim']] },
  // SpringerLink's pre-2020 layout (no ul.c-article-author-list): a badge per author, never the references' "Boufadel MC".
  'springer_s10040-009-0439-x.pre-2020-layout.from-zotero-translator.html': {
    ids: ['10.1007/s10040-009-0439-x'],
    names: [['Xiaolong Geng', 'Hailong Li', 'Michel C. Boufadel', 'Shuang Liu']],
  },
  'springer_s10924-010-0192-1.html': {
    ids: ['10.1007/s10924-010-0192-1'],
    names: [['Sanchita Bandyopadhyay-Ghosh', 'Robert Jeng', 'Joydeep Mukherjee', 'Mohini Sain']],
  },
  'tandfonline_moller-plesset.html': { ids: ['10.1080/00268976.2013.788745'], names: [['Jean-Paul Malrieu', 'Celestino Angeli']] },
  'wiley_andp.19263840404_schrodinger.html': { ids: ['10.1002/andp.19263851302'], names: [['E. Schrödinger']] },
  // APS, Frontiers, MDPI, SAGE, Oxford Academic, AIP, Cambridge Core, Cell Press, RSC, Research Square, AMS, eLife.
  ...Object.fromEntries(SITE_PAGES.map((p) => [p.file, { ids: [p.doi], names: [p.authors] }])),
  // Only schema.org ScholarlyArticle JSON-LD: Person authors (the Organization is not one), DOI from `identifier`.
  'jsonld-only_scholarly-article.from-schema-org-docs.html': { ids: ['10.18653/v1/2021.naacl-main.208'], names: [['Teven Le Scao', 'Alexander Rush']] },
};

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

describe('site adapters on their pages', () => {
  it('every page has its expectation, and every expectation its page', () => {
    const positive = SAVED_PAGES.filter((p) => !p.yieldsNothing).map(baseName).sort();
    expect(Object.keys(EXPECTED).sort()).toEqual(positive);
  });

  for (const page of SAVED_PAGES) {
    const name = baseName(page);
    if (page.yieldsNothing) {
      it(`${name}: nothing (${page.yieldsNothing})`, () => expect(read(page)).toEqual([]));
      continue;
    }
    it(`${name}: ${page.adapter} reads the paper ids and the exact authors in order`, () => {
      const papers = read(page);
      const expected = EXPECTED[name]!;
      expect(papers.map((p) => p.arxivId ?? p.doi ?? p.title)).toEqual(expected.ids);
      papers.forEach((paper, i) => {
        const names = expected.names[i];
        if (names) expect(paper.authors.map((a) => a.name)).toEqual(names);
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
        expect(span.closest('#authors, [data-qa="item-authors"], span.paper-authors, span.authors, p > i'), span.textContent!).not.toBeNull();
        expect(span.closest('.references, h2, h4, .bibtex, .bibref')).toBeNull();
      }
      const again = adapter.detect(doc, url);
      expect(again.flatMap((p) => p.authors.map((a) => a.element))).toEqual(first.flatMap((p) => p.authors.map((a) => a.element)));
      expect(doc.querySelectorAll('[data-peerlens-name]')).toHaveLength(spans.length);
    });
  }

  it('title-only papers carry their year (the wire contract sends title + year)', () => {
    const years = oneLine.filter((p) => p.adapter !== 'jstor').map((p) => read(p).map((paper) => paper.year));
    expect(years).toEqual([[2017], [2017, 2017, 2017], [2015], [2015, 2015, 2015], [2016]]);
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

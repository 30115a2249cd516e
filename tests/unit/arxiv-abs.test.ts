import { describe, expect, it } from 'vitest';
import { ARXIV_ABS_MATCHES, detectArxivAbs } from '../../lib/detect/arxiv-abs';
import { arxivAbsFiles, parsePage, readFixture } from './fixtures';

/**
 * The expected authors of a saved page, read from the raw HTML without a DOM: every author-search link
 * in the authors block, minus links followed by ":" (collaboration names such as "OpenAI:").
 */
function expectedFromSource(html: string): { names: string[]; links: number } {
  const start = html.indexOf('<div class="authors">');
  const end = html.indexOf('<div id="download-button-info"', start);
  const block = html.slice(start, end === -1 ? undefined : end);
  const names: string[] = [];
  let links = 0;
  for (const m of block.matchAll(/<a [^>]*href="[^"]*searchtype=author[^"]*"[^>]*>([^<]*)<\/a>(\s*:)?/g)) {
    links++;
    if (m[2]) continue;
    names.push(decode(m[1]!).replace(/\s+/g, ' ').trim());
  }
  return { names, links };
}

function decode(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('arXiv abstract-page adapter on every saved page', () => {
  const files = arxivAbsFiles();

  it('has the saved pages to test', () => {
    expect(files.length).toBeGreaterThanOrEqual(14);
  });

  for (const file of files) {
    it(`${file}: one paper, authors equal to the page's author links`, () => {
      const papers = detectArxivAbs(parsePage(file));
      const expected = expectedFromSource(readFixture(file));
      expect(papers).toHaveLength(1);
      const paper = papers[0]!;
      expect(paper.authors.map((a) => a.name)).toEqual(expected.names);
      expect(paper.authors.map((a) => a.position)).toEqual(expected.names.map((_, i) => i + 1));
      for (const a of paper.authors) expect(a.element?.tagName).toBe('A');
      const id = readFixture(file).match(/name="citation_arxiv_id" content="([^"]+)"/)?.[1];
      expect(paper.arxivId).toBe(id);
    });
  }
});

describe('arXiv adapter: specific pages', () => {
  it('reads the Transformer paper in display order', () => {
    const [paper] = detectArxivAbs(parsePage('abs_1706.03762v7.html'));
    expect(paper?.authors.map((a) => a.name)).toEqual([
      'Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar', 'Jakob Uszkoreit',
      'Llion Jones', 'Aidan N. Gomez', 'Lukasz Kaiser', 'Illia Polosukhin',
    ]);
    expect(paper?.title).toBe('Attention Is All You Need');
    expect(paper?.doi).toBeUndefined();
  });

  it('leaves out the "OpenAI:" collaboration name (26 links, 25 people)', () => {
    const [paper] = detectArxivAbs(parsePage('abs_1912.06680v1.html'));
    expect(expectedFromSource(readFixture('abs_1912.06680v1.html')).links).toBe(26);
    expect(paper?.authors).toHaveLength(25);
    expect(paper?.authors[0]).toMatchObject({ name: 'Christopher Berner', position: 1 });
    expect(paper?.authors.map((a) => a.name)).not.toContain('OpenAI');
    expect(paper?.authors.map((a) => a.name)).toContain('Przemysław Dębiak');
  });

  it('keeps names, not the affiliations in parentheses between links', () => {
    const [paper] = detectArxivAbs(parsePage('abs_1206.4638v1.html'));
    expect(paper?.authors.map((a) => a.name)).toEqual(['Adams Wei Yu', 'Hao Su', 'Li Fei-Fei']);
  });

  it('reads an old-style id and the journal DOI', () => {
    const [paper] = detectArxivAbs(parsePage('abs_hep-th_0611290v2.html'));
    expect(paper?.arxivId).toBe('hep-th/0611290');
    expect(paper?.doi).toBe('10.1088/1126-6708/2007/03/072');
    expect(paper?.authors[0]?.name).toBe('T. Brown');
    const [cs] = detectArxivAbs(parsePage('abs_cs_0011012v3.html'));
    expect(cs?.arxivId).toBe('cs/0011012');
  });

  it('reads the 2021 layout (no rel=nofollow, URL-encoded queries)', () => {
    const [paper] = detectArxivAbs(parsePage('abs_2106.09608v2_2021layout.html'));
    expect(paper?.arxivId).toBe('2106.09608');
    expect(paper?.authors.map((a) => a.name)).toEqual(['Prithviraj Ammanabrolu', 'Mark O. Riedl']);
  });

  it('still reads the authors of a withdrawn version', () => {
    const [paper] = detectArxivAbs(parsePage('abs_1707.00309v2_withdrawn.html'));
    expect(paper?.authors.map((a) => a.name)).toEqual(['Karan Grewal', 'R Devon Hjelm', 'Yoshua Bengio']);
  });

  it('reads all 3,426 Gemini 2.5 authors, marks the 3,326 collapsed ones and skips the "et al." toggle', () => {
    const doc = parsePage('abs_2507.06261v6.html');
    const [paper] = detectArxivAbs(doc);
    const allLinks = doc.querySelectorAll('#abs div.authors a').length;
    expect(allLinks).toBe(3427); // 3,426 authors + the toggle
    expect(paper?.authors).toHaveLength(3426);
    expect(paper?.authors.filter((a) => a.collapsedIn)).toHaveLength(3326);
    expect(paper?.authors.slice(0, 100).every((a) => !a.collapsedIn)).toBe(true);
    expect(paper?.authors[100]?.collapsedIn?.id).toBe('long-author-list');
    expect(paper?.authors.map((a) => a.name)).not.toContain('et al. (3326 additional authors not shown)');
    expect(paper?.authors.at(-1)?.position).toBe(3426);
  });
});

describe('arXiv adapter: pages it must not misread', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('returns nothing for a page without an arXiv id, without authors, or with junk', () => {
    expect(detectArxivAbs(parse('<html><body><div id="abs"><div class="authors"><a>X Y</a></div></div></body></html>'))).toEqual([]);
    expect(detectArxivAbs(parse('<meta name="citation_arxiv_id" content="2101.00001"><div id="abs"></div>'))).toEqual([]);
    expect(detectArxivAbs(parse('<meta name="citation_arxiv_id" content="not an id"><div id="abs"><div class="authors"><a>X Y</a></div></div>'))).toEqual([]);
    expect(detectArxivAbs(parse(''))).toEqual([]);
  });

  it('never throws, whatever the document', () => {
    const broken = { querySelector: () => { throw new Error('boom'); } } as unknown as Document;
    expect(detectArxivAbs(broken)).toEqual([]);
  });

  it('serves exactly the three arXiv abstract URL patterns', () => {
    expect(ARXIV_ABS_MATCHES).toEqual([
      'https://arxiv.org/abs/*',
      'https://www.arxiv.org/abs/*',
      'https://export.arxiv.org/abs/*',
    ]);
  });
});

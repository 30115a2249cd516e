import { readdirSync, readFileSync } from 'node:fs';
import { fixture } from '../../support/fixtures';

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
  const dir = fixture('arxiv');
  return readdirSync(dir)
    .filter((f) => /^abs_.*\.html$/.test(f))
    .sort()
    .map((file) => {
      const html = readFileSync(`${dir}/${file}`, 'utf8');
      const arxivId = html.match(/name="citation_arxiv_id" content="([^"]+)"/)?.[1];
      if (!arxivId) throw new Error(`${file} has no citation_arxiv_id`);
      const version = file.match(/v(\d+)(?:_|\.html)/)?.[1];
      // Variants of one paper (metascraper/commonmeta captures) get distinct but real URL forms.
      const host = /_metascraper|_commonmeta/.test(file) ? 'https://export.arxiv.org' : 'https://arxiv.org';
      return { file, arxivId, url: `${host}/abs/${arxivId}${version ? `v${version}` : ''}`, html };
    });
}

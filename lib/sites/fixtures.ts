/**
 * Every supported site's fixtures and adapters in one place, for the tests and server/dev/saved-pages.ts
 * (never for the extension's bundles: this reads every site's adapter and test data).
 */
import type { SiteAdapter } from '../detect/types';
import * as aclAnthology from './acl-anthology';
import * as acmDl from './acm-dl';
import * as acs from './acs';
import * as arxiv from './arxiv';
import * as biorxiv from './biorxiv';
import * as cvf from './cvf';
import * as dblp from './dblp';
import * as googleScholar from './google-scholar';
import { PUBLISHER_ADAPTERS } from './index';
import * as ieeeXplore from './ieee-xplore';
import * as jstor from './jstor';
import * as neurips from './neurips';
import * as openreview from './openreview';
import * as peerj from './peerj';
import * as plos from './plos';
import * as pmc from './pmc';
import * as pmlr from './pmlr';
import * as pubmed from './pubmed';
import * as sciencedirect from './sciencedirect';
import * as semanticScholar from './semantic-scholar';
import type { SiteFixture } from './site';
import * as springerNature from './springer-nature';
import * as taylorFrancis from './taylor-francis';
import * as wiley from './wiley';

/** Every adapter of every supported site, arXiv's first. */
export const ALL_ADAPTERS: readonly SiteAdapter[] = [...arxiv.adapters, ...PUBLISHER_ADAPTERS];

/** Every site's fixtures, each with its site's id and the adapter that must claim its URL. */
export const SITE_FIXTURES: readonly (SiteFixture & { site: string; adapter: string })[] = [
  arxiv, aclAnthology, acmDl, acs, biorxiv, cvf, dblp, googleScholar, ieeeXplore, jstor, neurips, openreview, peerj, plos, pmc, pmlr, pubmed,
  sciencedirect, semanticScholar, springerNature, taylorFrancis, wiley,
].flatMap((m) => m.fixtures.map((f) => ({ ...f, site: m.site.id, adapter: f.adapter ?? m.site.id })));

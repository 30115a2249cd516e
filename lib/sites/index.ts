/**
 * The table of supported sites: each row one lib/sites/<site>.ts, whose separate exports are read apart —
 * `site` (id, label, URL patterns) by the manifest, the background's sender check, the options page and
 * the popup; `adapter` by the content scripts; `fixtures` (gathered in ./fixtures.ts) by the tests and server/dev/saved-pages.ts.
 * Nothing here runs at import time but building arrays of those exports, so a bundle reading only
 * SITES keeps no adapter code (tests/unit/site-table.test.ts checks the built background). To add a
 * site: its file, its fixture, and its name in the lists here and in ./fixtures.ts (the same test fails otherwise).
 */
import type { SiteAdapter, SiteInfo } from '../detect/types';
import * as aclAnthology from './acl-anthology';
import * as acmDl from './acm-dl';
import * as acs from './acs';
import * as arxiv from './arxiv';
import * as biorxiv from './biorxiv';
import * as cvf from './cvf';
import * as dblp from './dblp';
import * as googleScholar from './google-scholar';
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
import * as springerNature from './springer-nature';
import * as taylorFrancis from './taylor-francis';
import * as wiley from './wiley';

/** Every supported site's patterns, arXiv first (the options page lists them in this order). */
export const SITES: readonly SiteInfo[] = [
  arxiv.site, aclAnthology.site, acmDl.site, acs.site, biorxiv.site, cvf.site, dblp.site, googleScholar.site, ieeeXplore.site, jstor.site,
  neurips.site, openreview.site, peerj.site, plos.site, pmc.site, pmlr.site, pubmed.site, sciencedirect.site, semanticScholar.site,
  springerNature.site, taylorFrancis.site, wiley.site,
];

/** The publisher content script's adapters (arXiv has its own script: lib/sites/arxiv.ts). */
export const PUBLISHER_ADAPTERS: readonly SiteAdapter[] = [
  aclAnthology.adapter, acmDl.adapter, acs.adapter, biorxiv.adapter, cvf.adapter, dblp.adapter, googleScholar.adapter, ieeeXplore.adapter,
  jstor.adapter, neurips.adapter, openreview.adapter, peerj.adapter, plos.adapter, pmc.adapter, pmlr.adapter, pubmed.adapter,
  sciencedirect.adapter, semanticScholar.adapter, springerNature.adapter, taylorFrancis.adapter, wiley.adapter,
];

/** The publisher sites' patterns: the publisher content script's manifest matches. */
export const PUBLISHER_SITES: readonly SiteInfo[] = /* @__PURE__ */ SITES.filter((s) => s.id !== arxiv.site.id);

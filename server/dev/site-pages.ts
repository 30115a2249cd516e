/**
 * Article pages of sites PeerLens lists nowhere, each built from its Zotero translator (zotero/translators:
 * the translator names the page's metadata vocabulary and, in its test case, the article's URL, DOI and
 * exact authors) and the site's article-page markup: the head's Highwire / Dublin Core tags in the form
 * the site writes them, the visible author list, and the parts that name people but are not the
 * paper's authors (affiliation pop-ups, references, "cited by" and related-article lists). The generic
 * adapter (the always-on detector's) must find each paper's exact authors there, and nowhere else.
 * Written by scripts/make-site-fixtures.ts; read by server/dev/saved-pages.ts and the adapter tests.
 */
export interface SitePage {
  /** File name under tests/fixtures/pages. */
  file: string;
  site: string;
  /** Zotero translator file the page follows; `source` instead where no stored translator was read. */
  translator: string;
  /** Where the markup came from when not a Zotero translator's test case (the fixture's comment says so). */
  source?: string;
  /** The zotero/translators commit the translator was read at. */
  commit?: string;
  /** Head tags the translator reads beside the author metadata (journal title, site name). */
  head?: string[];
  url: string;
  doi: string;
  title: string;
  /** The authors as the page shows them, in order: the badges' names. */
  authors: string[];
  /** How the head writes each name ("Last, First" on some platforms). */
  metaForm: 'first-last' | 'last-first';
  /** Dublin Core (Atypon) instead of Highwire. */
  vocabulary?: 'highwire' | 'dublin-core';
  body: (authors: string[]) => string;
  /** The visible author list: every badge must follow a name inside it. */
  list: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const slug = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
const refs = (items: string[]) => `<section id="references" class="references"><h2>References</h2><ol>${items.map((r) => `<li class="reference">${esc(r)}</li>`).join('')}</ol></section>`;
const surname = (name: string) => name.split(' ').at(-1)!;

/** The zotero/translators commit the rebuilt pages were read from (`fetch github:zotero/translators`). */
export const ZOTERO_TRANSLATORS_COMMIT = '2814370161d05d799086825fac8d499db3a33aa3';

export const SITE_PAGES: readonly SitePage[] = [
  {
    file: 'aps_PhysRevD.84.077701.from-zotero-translator.html', list: '.authors p', site: 'APS', translator: 'APS.js',
    url: 'https://journals.aps.org/prd/abstract/10.1103/PhysRevD.84.077701', doi: '10.1103/PhysRevD.84.077701',
    title: 'Hints for a nonstandard Higgs boson from the LHC', authors: ['Martti Raidal', 'Alessandro Strumia'], metaForm: 'first-last',
    body: (a) => `<main id="main"><section class="article-header"><h3>Hints for a nonstandard Higgs boson from the LHC</h3>
<div class="authors"><p>${a.map((n, i) => `<a href="/search/field/author/${slug(n)}">${n}</a><sup>${i + 1}</sup>`).join(' and ')}</p>
<ul class="no-bullet affiliations"><li><sup>1</sup>National Institute of Chemical Physics and Biophysics, Tallinn, Estonia</li><li><sup>2</sup>CERN, Geneva, Switzerland</li></ul></div></section>
<section class="abstract"><h4>Abstract</h4><p>We reconsider Higgs boson invisible decays into dark matter in the light of recent Higgs searches at the LHC.</p></section>
${refs(['A. Strumia and F. Vissani, Neutrino masses and mixings and…, arXiv:hep-ph/0606054.', 'M. Raidal et al., Eur. Phys. J. C 57, 13 (2008).'])}
<section class="cited-by"><h4>Cited By (2)</h4><ul><li>Alessandro Strumia, <i>Dark matter…</i></li></ul></section></main>`,
  },
  {
    file: 'frontiers_fpsyg.2011.00326.from-zotero-translator.html', list: 'ul.ArticleLayoutHeader__authors', site: 'Frontiers', translator: 'Frontiers.js',
    url: 'https://www.frontiersin.org/journals/psychology/articles/10.3389/fpsyg.2011.00326/full', doi: '10.3389/fpsyg.2011.00326',
    title: 'What are the Visual Features Underlying Rapid Object Recognition?', authors: ['Sébastien M. Crouzet', 'Thomas Serre'], metaForm: 'last-first',
    body: (a) => `<main class="ArticleLayout"><div class="ArticleLayoutHeader__info"><h1 class="ArticleLayoutHeader__title">What are the Visual Features Underlying Rapid Object Recognition?</h1>
<ul class="ArticleLayoutHeader__authors">${a.map((n, i) => `<li class="ArticleLayoutHeader__author"><a class="ArticleLayoutHeader__authorLink" href="https://loop.frontiersin.org/people/${1000 + i}/overview" data-event="author">${n}</a><sup>1,2*</sup></li>`).join('')}</ul>
<ul class="ArticleLayoutHeader__affiliations"><li><sup>1</sup>Cognitive, Linguistic and Psychological Sciences Department, Brown University, Providence, RI, USA</li></ul></div>
<div class="JournalAbstract"><p>Research progress in machine vision has been very significant in recent years.</p></div>
${refs(['Serre, T., Oliva, A., and Poggio, T. (2007). A feedforward architecture accounts for rapid categorization.', 'Crouzet, S. M., Kirchner, H., and Thorpe, S. J. (2010). Fast saccades toward faces.'])}
<aside class="ArticleLayout__sidebar"><h3>People also looked at</h3><ul><li><a href="/articles/x">Ultra-rapid object detection</a> <span>Thomas Serre, Aude Oliva</span></li></ul></aside></main>`,
  },
  {
    file: 'mdpi_admsci3030032.from-zotero-translator.html', list: '.art-authors', site: 'MDPI', translator: 'MDPI Journals.js',
    url: 'https://www.mdpi.com/2076-3387/3/3/32', doi: '10.3390/admsci3030032',
    title: 'Autonomy, Conformity and Organizational Learning', authors: ['Nobuyuki Hanaki', 'Hideo Owan'], metaForm: 'last-first',
    body: (a) => `<div class="content__container"><article><div class="html-article-content"><h1 class="title hypothesis_container">Autonomy, Conformity and Organizational Learning</h1>
<div class="art-authors hypothesis_container">by ${a.map((n, i) => `<span class="inlineblock "><div class="profile-card-drop" data-dropdown="profile-card-drop${i + 1}" data-options="is_hover:true, align:bottom">${n}</div><div id="profile-card-drop${i + 1}" data-dropdown-content class="f-dropdown content profile-card-content" aria-hidden="true" tabindex="-1"><div class="profile-card__title"><div class="sciprofiles-link"><div class="sciprofiles-link__name">${n}</div></div></div><div class="profile-card__buttons"><a href="/search?authors=${slug(n)}" class="profile-card__button">on Google Scholar</a></div></div><sup> 1,*</sup>${i < a.length - 1 ? ' and ' : ''}</span>`).join('')}</div>
<div class="art-affiliations"><div class="affiliation"><div class="affiliation-item"><sup>1</sup></div><div class="affiliation-name">Aix-Marseille University, GREQAM, France</div></div></div>
<div class="art-abstract">There is a widely held view that organizational learning…</div>
${refs(['March, J.G. Exploration and exploitation in organizational learning. Organ. Sci. 1991, 2, 71–87.', 'Hanaki, N.; Owan, H. Autonomy and conformity. Working paper 2012.'])}
</div></article></div>`,
  },
  {
    file: 'sage_1754073910380971.from-zotero-translator.html', list: '.core-authors .contributors', site: 'SAGE', translator: 'SAGE Journals.js', vocabulary: 'dublin-core',
    url: 'https://journals.sagepub.com/doi/abs/10.1177/1754073910380971', doi: '10.1177/1754073910380971',
    title: 'Emotion and Regulation are One!', authors: ['Arvid Kappas'], metaForm: 'first-last',
    body: (a) => `<main class="content"><article><header><h1 property="name">Emotion and Regulation are One!</h1>
<section class="core-authors"><div class="contributors">${a.map((n, i) => `<span property="author" typeof="Person"><a href="#con${i + 1}" property="name" aria-controls="con${i + 1}"><span property="givenName">${n.split(' ').slice(0, -1).join(' ')}</span> <span property="familyName">${surname(n)}</span></a></span>`).join('')}</div>
<div class="core-authors__info" hidden><div id="con1"><div class="heading">${a[0]}</div><div class="affiliations">Jacobs University Bremen, Germany</div></div></div></section></header>
<section id="abstract"><h2>Abstract</h2><p>Emotions are foremost self-regulating processes…</p></section>
${refs(['Gross, J. J. (1998). The emerging field of emotion regulation.', 'Kappas, A. (2008). Psssst! Dr. Jekyll and Mr. Hyde are actually the same person!'])}
<section class="related-articles"><h2>Similar articles</h2><ul><li>Arvid Kappas — <i>Smile when you read this</i></li></ul></section></article></main>`,
  },
  {
    file: 'oup_isq_57_1_128.from-zotero-translator.html', list: '.wi-authors', site: 'Oxford Academic', translator: 'Silverchair.js',
    url: 'https://academic.oup.com/isq/article-abstract/57/1/128/1796931', doi: '10.1111/isqu.12001',
    title: 'Assessing the Causes of Capital Account Liberalization: How Measurement Matters', authors: ['Sebastian Karcher', 'David A. Steinberg'], metaForm: 'last-first',
    body: (a) => `<div class="page-column-wrap"><div class="widget-ArticleTopInfo"><h1 class="wi-article-title article-title-main">Assessing the Causes of Capital Account Liberalization: How Measurement Matters</h1>
<div class="wi-authors"><div class="al-authors-list">${a.map((n, i) => `<span class="al-author-name-more js-flyout-wrap"><button type="button" class="linked-name js-linked-name-trigger">${n}</button>${i < a.length - 1 ? '<span class="al-author-delim">, </span>' : ''}<span class="al-author-info-wrap arrow-up"><div class="info-card-author authorInfo_ISQ_1796931"><div class="name-role-wrap"><div class="info-card-name">${n}</div></div><div class="info-card-affilitation"><div class="aff">University of Minnesota</div></div><div class="info-card-search-label">Search for other works by this author on:</div><div class="info-card-search info-card-search-internal"><a href="/isq/search-results?f_Authors=${slug(n)}">Oxford Academic</a></div></div></span></span>`).join('')}</div></div></div>
<section class="abstract"><p>The literature on capital account liberalization has grown rapidly…</p></section>
${refs(['Chinn, Menzie D., and Hiro Ito. 2006. What Matters for Financial Development?', 'Quinn, Dennis P. 1997. The Correlates of Change in International Financial Regulation.'])}
<div class="widget-RelatedArticles"><h3>Related articles in</h3><ul><li><a href="/isq/x">Capital Mobility</a> <span class="al-authors-list">David A. Steinberg</span></li></ul></div></div>`,
  },
  {
    file: 'aip_1.4818002.from-zotero-translator.html', list: '.wi-authors', site: 'AIP', translator: 'AIP.js',
    url: 'https://pubs.aip.org/aip/apm/article/1/2/021102/119574', doi: '10.1063/1.4818002',
    title: 'Local stabilisation of polar order at charged antiphase boundaries in antiferroelectric (Bi0.85Nd0.15)(Ti0.1Fe0.9)O3',
    authors: ['Ian MacLaren', 'LiQiu Wang', 'Owen Morris', 'Alan J. Craven', 'Robert L. Stamps', 'Bernhard Schaffer', 'Quentin M. Ramasse', 'Shu Miao', 'Kambiz Kalantari', 'Iasmi Sterianou', 'Ian M. Reaney'], metaForm: 'first-last',
    body: (a) => `<div class="page-column-wrap"><div class="widget-ArticleTopInfo"><h1 class="wi-article-title">Local stabilisation of polar order at charged antiphase boundaries</h1>
<div class="wi-authors"><div class="al-authors-list">${a.map((n, i) => `<span class="al-author-name js-flyout-wrap"><button type="button" class="linked-name js-linked-name-trigger">${n}</button><span class="al-author-info-wrap arrow-up"><div class="info-card-author"><div class="info-card-name">${n}</div><div class="info-card-affilitation"><div class="aff">University of Glasgow</div></div></div></span>${i < a.length - 1 ? '<span class="delim">; </span>' : ''}</span>`).join('')}</div></div></div>
${refs(['I. MacLaren, L. Q. Wang, B. Schaffer et al., Adv. Funct. Mater. 23, 683 (2013).', 'D. I. Woodward, I. M. Reaney, Acta Crystallogr. B 61, 387 (2005).'])}</div>`,
  },
  {
    file: 'cambridge_S0022112007008166.from-zotero-translator.html', list: '.authors-details .author', site: 'Cambridge Core', translator: 'Cambridge Core.js',
    url: 'https://www.cambridge.org/core/journals/journal-of-fluid-mechanics/article/abs/high-resolution-simulations-of-cylindrical-density-currents/30D62864BDED84A6CC81F5823950767B', doi: '10.1017/S0022112007008166',
    title: 'High-resolution simulations of cylindrical density currents', authors: ['Mariano I. Cantero', 'S. Balachandar', 'Marcelo H. Garcia'], metaForm: 'last-first',
    body: (a) => `<div id="maincontent"><div class="article-details"><h1>High-resolution simulations of cylindrical density currents</h1>
<div class="row authors-details"><div class="author">${a.map((n) => `<span class="contributor-type__contributor"><a href="/core/search?filters%5BauthorTerms%5D=${slug(n)}&amp;eventCode=SE-AU" class="app-link app-link__text app-link--accent"><span class="app-link__text">${n}</span></a><sup>(a1)</sup></span>`).join(' <span class="separator">,</span> ')}</div>
<div class="app-accordion__content" hidden><dl class="authors"><dt>Affiliations</dt><dd>${a.map((n) => `<div class="author-info"><span class="name">${n}</span><span class="affiliation">University of Illinois at Urbana-Champaign</span></div>`).join('')}</dd></dl></div></div></div>
<div class="abstract"><p>Three-dimensional highly resolved simulations are presented for cylindrical density currents…</p></div>
${refs(['Cantero, M. I., Lee, J. R., Balachandar, S. & Garcia, M. H. 2007 On the front velocity of gravity currents.', 'Huppert, H. E. & Simpson, J. E. 1980 The slumping of gravity currents.'])}
<div class="related-content"><h2>Cited by</h2><ul class="cited-by"><li>S. Balachandar, <i>Turbulent gravity currents</i></li></ul></div></div>`,
  },
  {
    file: 'cell_S0169-5347-12-00002-X.from-zotero-translator.html', list: 'ul.loa', site: 'Cell Press', translator: 'Cell Press.js',
    url: 'https://www.cell.com/trends/ecology-evolution/abstract/S0169-5347(12)00002-X', doi: '10.1016/j.tree.2011.12.004',
    title: 'Punishment and cooperation in nature', authors: ['Nichola J. Raihani', 'Alex Thornton', 'Redouan Bshary'], metaForm: 'first-last',
    body: (a) => `<main class="article-page"><div class="article-header"><h1 class="article-header__title">Punishment and cooperation in nature</h1>
<ul class="rlist loa">${a.map((n, i) => `<li class="loa__item author"><div class="dropBlock article-header__info"><a href="#" class="loa__item__name article-header__info__ctrl" data-db-target-for="a${i}" aria-expanded="false">${n}</a><div class="dropBlock__holder article-header__info__body" data-db-target-of="a${i}" hidden><div class="article-header__info__group"><span class="article-header__info__label">Affiliations</span><div class="article-header__info__group__body">University College London</div><a href="/action/doSearch?text1=${slug(n)}&amp;field1=Contrib">Search for articles by this author</a></div></div></div></li>`).join('')}</ul></div>
<section class="article__sections"><div class="abstract"><p>Humans use punishment to promote cooperation…</p></div></section>
${refs(['Clutton-Brock, T.H. and Parker, G.A. (1995) Punishment in animal societies. Nature 373, 209–216', 'Raihani, N.J. et al. (2010) Punishers benefit from third-party punishment in fish. Science 327, 171'])}</main>`,
  },
  {
    file: 'rsc_c1ee02148f.from-zotero-translator.html', list: '.article__authors', site: 'RSC', translator: 'RSC Publishing.js',
    url: 'https://pubs.rsc.org/en/content/articlelanding/2012/ee/c1ee02148f', doi: '10.1039/C1EE02148F',
    title: 'Superior radical polymer cathode material with a two-electron process redox reaction promoted by graphene', authors: ['Wei Guo', 'Ya-Xia Yin', 'Sen Xin', 'Yu-Guo Guo', 'Li-Jun Wan'], metaForm: 'last-first',
    body: (a) => `<div id="wrapper"><article class="article-control"><h2 class="capsule__title fixpadv--m">Superior radical polymer cathode material with a two-electron process redox reaction promoted by graphene</h2>
<div class="article__authors">${a.map((n, i) => `<span class="article__author-link"><a href="https://pubs.rsc.org/en/results?searchtext=Author%3A${slug(n)}">${n}</a><sup><span class="sup_ref">a</span></sup>${i < a.length - 1 ? ', ' : ''}</span>`).join('')}</div>
<div class="article__author-affiliation"><p><span class="sup_ref">a</span> Key Laboratory of Molecular Nanostructure and Nanotechnology, Beijing, China</p></div>
<div class="capsule__text"><p>A graphene–polymer composite cathode…</p></div>
${refs(['Y.-G. Guo, J.-S. Hu and L.-J. Wan, Adv. Mater., 2008, 20, 2878.', 'K. Nakahara et al., Chem. Phys. Lett., 2002, 359, 351.'])}</article></div>`,
  },
  {
    file: 'researchsquare_rs-629724_v1.from-zotero-translator.html', list: '.author-list', site: 'Research Square', translator: 'Research Square.js',
    url: 'https://www.researchsquare.com/article/rs-629724/v1', doi: '10.21203/rs.3.rs-629724/v1',
    title: 'Peptide formation as on the early Earth: from amino acid mixtures to peptides in sulphur dioxide', authors: ['Oliver Trapp', 'Fabian Sauer', 'Maren Haas', 'Constanze Sydow', 'Alexander Siegle', 'Christoph Lauer'], metaForm: 'first-last',
    body: (a) => `<div id="__nuxt"><main class="article"><h1 class="text-3xl">Peptide formation as on the early Earth</h1>
<div class="author-list">${a.map((n) => `<span class="author"><a class="text-blue-700" href="/browse?author=${slug(n)}">${n}</a></span>`).join('<span class="sep">, </span>')}</div>
<p class="affiliations">Ludwig-Maximilians-University Munich</p><section class="abstract"><p>The formation of peptides is a key step…</p></section>
${refs(['Miller, S. L. A production of amino acids under possible primitive earth conditions. Science 117, 528 (1953).', 'Trapp, O. et al. Prebiotic peptides. Nature (2019).'])}</main></div>`,
  },
  {
    file: 'ams_S0894-0347-2011-00713-3.from-zotero-translator.html', list: '.contentMetaData', site: 'AMS', translator: 'AMS Journals.js',
    url: 'https://www.ams.org/journals/jams/2012-25-01/S0894-0347-2011-00713-3/home.html', doi: '10.1090/S0894-0347-2011-00713-3',
    title: 'Equivalences between fusion systems of finite groups of Lie type', authors: ['Carles Broto', 'Jesper Møller', 'Bob Oliver'], metaForm: 'last-first',
    body: (a) => `<div id="mainContent"><div class="contentMetaData"><p class="articleTitle">Equivalences between fusion systems of finite groups of Lie type</p>
<p>Authors: ${a.map((n) => `<a href="/mathscinet/search/publications.html?pg1=IID&amp;s1=${slug(n)}">${n}</a>`).join(', ')}</p>
<p>Journal: J. Amer. Math. Soc. <b>25</b> (2012), 1-20</p><p>MSC (2010): Primary 55R35</p></div>
<p><a id="Abstract">Abstract</a>: We prove, for certain pairs <i>G, G'</i> of finite groups of Lie type…</p>
${refs(['C. Broto, R. Levi, and B. Oliver, The homotopy theory of fusion systems, J. Amer. Math. Soc. 16 (2003), 779–856.', 'J. Møller, Equivariant Euler characteristics of subgroup complexes, 2008.'])}</div>`,
  },
  {
    file: 'elife_16800.from-zotero-translator.html', list: '.content-header__author_list', site: 'eLife', translator: 'eLife.js',
    url: 'https://elifesciences.org/articles/16800', doi: '10.7554/eLife.16800',
    title: 'How open science helps researchers succeed',
    authors: ['Erin C McKiernan', 'Philip E Bourne', 'C Titus Brown', 'Stuart Buck', 'Amye Kenall', 'Jennifer Lin', 'Damon McDougall', 'Brian A Nosek', 'Karthik Ram', 'Courtney K Soderberg', 'Jeffrey R Spies', 'Kaitlin Thaney', 'Andrew Updegrove', 'Kara H Woo', 'Tal Yarkoni'], metaForm: 'first-last',
    body: (a) => `<main><header class="content-header"><h1 class="content-header__title">How open science helps researchers succeed</h1>
<ol class="content-header__author_list">${a.map((n, i) => `<li class="content-header__author"><a href="#x${i}" class="content-header__author_link">${n}</a><span class="content-header__author_separator" aria-hidden="true">,</span></li>`).join('')}</ol>
<ol class="content-header__institution_list"><li class="content-header__institution">Universidad Nacional Autónoma de México, Mexico</li></ol></header>
<section class="article-section"><h2>Abstract</h2><p>Open access, open data, open source and other open scholarship practices are growing…</p></section>
<section class="article-section" id="info"><h2>Author details</h2><ol class="authors-details__authors">${a.slice(0, 3).map((n) => `<li class="author-details"><h4 class="author-details__name">${n}</h4><p>Competing interests: none.</p></li>`).join('')}</ol></section>
${refs(['Piwowar HA, Vision TJ. 2013. Data reuse and the open data citation advantage. PeerJ 1:e175.', 'Nosek BA, Alter G, Banks GC. 2015. Promoting an open research culture. Science 348:1422–1425.'])}</main>`,
  },
  {
    file: 'iop_0022-3727_34_10_311.from-zotero-translator.html', list: '.wd-jnl-art-author-names', site: 'IOP', translator: 'Institute of Physics.js', commit: ZOTERO_TRANSLATORS_COMMIT,
    head: ['<meta name="citation_journal_title" content="Journal of Physics D: Applied Physics">', '<meta name="citation_journal_abbrev" content="J. Phys. D: Appl. Phys.">', '<meta name="citation_issn" content="0022-3727">'],
    url: 'https://iopscience.iop.org/article/10.1088/0022-3727/34/10/311/meta', doi: '10.1088/0022-3727/34/10/311',
    title: 'Hydrodynamical simulation of the electric wind in a cylindrical vessel with positive point-to-plane device', authors: ['J. Batina', 'F. Noël', 'S. Lachaud', 'R. Peyrous', 'J. F. Loiseau'], metaForm: 'first-last',
    // The translator reads the head (citation_journal_title, citation_doi) and the BibTeX link (a.btn-cit-abs-bib); the author line is IOPscience's schema.org Person spans.
    body: (a) => `<div id="page-content"><div class="wd-jnl-art-header"><h1 class="wd-jnl-art-title" itemprop="headline">Hydrodynamical simulation of the electric wind in a cylindrical vessel with positive point-to-plane device</h1>
<p class="mb-05 wd-jnl-art-author-names">${a.map((n, i) => `<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">${n}</span></span><sup>${i + 1}</sup>`).join(', ')}</p>
<div class="wd-jnl-art-author-affiliations" style="display: none"><p><sup>1</sup>${a[0]}, Laboratoire de Génie Électrique, Université Paul Sabatier, Toulouse, France</p></div>
<p><a class="btn-cit-abs-bib" href="/export?articleId=0022-3727/34/10/311&amp;exportFormat=iopexport_bib&amp;exportType=abs">BibTeX</a></p></div>
<div class="article-content"><div class="wd-jnl-art-abstract"><p>Electrical corona discharges at atmospheric pressure in a positive point-to-plane configuration create an electric wind from the point to the plane…</p></div>
${refs(['Loiseau J F, Batina J, Noël F and Peyrous R 2002 J. Phys. D: Appl. Phys. 35 1020', 'Peyrous R, Millot R M and Loiseau J F 1990 J. Phys. D: Appl. Phys. 23 1658'])}</div>
<div class="wd-jnl-art-related"><h3>Related content</h3><ul class="related-articles"><li>J F Loiseau — <i>Numerical simulation of ozone axial and radial distribution</i></li></ul></div></div>`,
  },
  {
    file: 'science_aag1582.from-zotero-translator.html', list: '.core-authors .contributors', site: 'Science', translator: 'Atypon Journals.js', commit: ZOTERO_TRANSLATORS_COMMIT, vocabulary: 'dublin-core',
    url: 'https://www.science.org/doi/10.1126/science.aag1582', doi: '10.1126/science.aag1582',
    title: 'Transient compartmentalization of RNA replicators prevents extinction due to parasites',
    authors: ['Shigeyoshi Matsumura', 'Ádám Kun', 'Michael Ryckelynck', 'Faith Coldren', 'András Szilágyi', 'Fabrice Jossinet', 'Christian Rick', 'Philippe Nghe', 'Eörs Szathmáry', 'Andrew D. Griffiths'], metaForm: 'first-last',
    // The author list the translator prefers to the RIS: div.contributors [property="author"] a:first-child, with givenName / familyName spans.
    body: (a) => `<main class="content"><article><header><h1 property="name">Transient compartmentalization of RNA replicators prevents extinction due to parasites</h1>
<section class="core-authors"><div class="contributors">${a.map((n, i) => `<span property="author" typeof="Person"><a href="#con${i + 1}" property="name" aria-controls="con${i + 1}"><span property="givenName">${n.split(' ').slice(0, -1).join(' ')}</span> <span property="familyName">${surname(n)}</span></a>${i < a.length - 1 ? '<span class="separator">, </span>' : ''}</span>`).join('')}</div>
<div class="core-authors__info" hidden>${a.map((n, i) => `<div id="con${i + 1}"><div class="heading">${n}</div><div class="affiliations">ESPCI Paris, PSL Research University, Paris, France</div></div>`).join('')}</div></section></header>
<section id="abstract"><h2>Abstract</h2><p>The appearance of molecular replicators (molecules that can be copied) was probably a critical step in the origin of life…</p></section>
${refs(['E. Szathmáry, J. Maynard Smith, J. Theor. Biol. 187, 555 (1997).', 'S. Matsumura et al., Lab Chip 16, 1433 (2016).'])}
<section class="related-articles"><h2>Recommended</h2><ul><li>Eörs Szathmáry, Andrew D. Griffiths — <i>Origin of life</i></li></ul></section></article></main>`,
  },
  {
    file: 'pnas_2117831119.from-zotero-translator.html', list: '.core-authors .contributors', site: 'PNAS', translator: 'Atypon Journals.js', commit: ZOTERO_TRANSLATORS_COMMIT, vocabulary: 'dublin-core',
    url: 'https://www.pnas.org/doi/10.1073/pnas.2117831119', doi: '10.1073/pnas.2117831119',
    title: 'Inequality in science and the case for a new agenda', authors: ['Joseph L. Graves', 'Maureen Kearney', 'Gilda Barabino', 'Shirley Malcom'], metaForm: 'first-last',
    body: (a) => `<main class="content"><article class="article"><header class="core-container"><h1 property="name">Inequality in science and the case for a new agenda</h1>
<section class="core-authors"><div class="contributors"><span class="authors">${a.map((n, i) => `<span property="author" typeof="Person"><a href="#con${i + 1}" property="name" aria-controls="con${i + 1}" class="to-authors-affiliations"><span property="givenName">${n.split(' ').slice(0, -1).join(' ')}</span> <span property="familyName">${surname(n)}</span></a><sup>a</sup></span>`).join('<span class="separator">, </span>')}</span></div>
<div class="core-authors__info" hidden>${a.map((n, i) => `<div id="con${i + 1}" property="author"><div class="heading">${n}</div><div class="affiliations">National Academies of Sciences, Engineering, and Medicine, Washington, DC</div></div>`).join('')}</div></section></header>
<section id="abstract" role="doc-abstract"><h2>Abstract</h2><p>The history of the scientific enterprise demonstrates that it has supported gender, identity, and racial inequity…</p></section>
${refs(['Graves J L (2019) African Americans in evolutionary science. Evolution 73:1234.', 'Malcom S, Malcom-Piqueux L (2013) Critical mass revisited. Science 340:1432.'])}
<section class="related-articles" id="related-articles"><h2>Recommended articles</h2><ul><li>Gilda Barabino, Shirley Malcom — <i>Diversity in STEM</i></li></ul></section></article></main>`,
  },
  {
    file: 'chemrxiv_615ee2142aca5367575b8e49.from-zotero-translator.html', list: '.article-authors', site: 'ChemRxiv', translator: 'Cambridge Engage Preprints.js', commit: ZOTERO_TRANSLATORS_COMMIT,
    head: ['<meta property="og:site_name" content="ChemRxiv">', '<meta name="citation_publication_date" content="2021/10/08">'],
    url: 'https://chemrxiv.org/engage/chemrxiv/article-details/615ee2142aca5367575b8e49', doi: '10.26434/chemrxiv-2021-mjpkz',
    title: 'Manganese Catalyzed Reformation of Ethylene Glycol to Glycolic acid and Lactic Acid', authors: ['Satyadeep Waiba', 'BIplab Maji'], metaForm: 'first-last',
    // The translator reads the embedded metadata (citation_*, og:site_name); the visible list is the page's names with ORCID links.
    body: (a) => `<div id="__nuxt"><main class="article-details"><h1 class="article-title">Manganese Catalyzed Reformation of Ethylene Glycol to Glycolic acid and Lactic Acid</h1>
<ul class="article-authors">${a.map((n) => `<li class="article-author"><span class="author-name">${n}</span><a class="orcid-link" href="https://orcid.org/" aria-label="ORCID"><img alt="" src="/orcid.svg"></a></li>`).join('')}</ul>
<p class="article-institutions">Indian Institute of Science Education and Research Kolkata</p>
<section class="article-abstract"><h2>Abstract</h2><p>Conversion of readily available feedstocks to valuable platform chemicals via a sustainable catalytic pathway…</p></section>
${refs(['Waiba S., Maji B. Manganese catalyzed acceptorless dehydrogenative coupling. 2020.', 'Maji B. et al. Earth-abundant metal catalysis. 2019.'])}
<aside class="related-content"><h3>Related content</h3><ul class="related-articles"><li>BIplab Maji — <i>Manganese pincer catalysis</i></li></ul></aside></main></div>`,
  },
  {
    file: 'ssrn_1450589.from-zotero-translator.html', list: '.authors', site: 'SSRN', translator: 'SSRN.js', source: "Zotero's translator \"SSRN.js\" (zotero/translators): its test case's URL, title and exact authors, SSRN's 10.2139/ssrn.<id> DOI",
    url: 'https://papers.ssrn.com/sol3/papers.cfm?abstract_id=1450589', doi: '10.2139/ssrn.1450589',
    title: "The 'Separation Plot': A New Visual Method for Evaluating the Predictive Power of Logit/Probit Models", authors: ['Brian Greenhill', 'Michael Ward', 'Audrey Sacks'], metaForm: 'last-first',
    body: (a) => `<div class="box-container"><div class="box-abstract-main"><h1>The &#39;Separation Plot&#39;: A New Visual Method for Evaluating the Predictive Power of Logit/Probit Models</h1>
<div class="authors authors-full-width">${a.map((n, i) => `<h2><a href="https://papers.ssrn.com/sol3/cf_dev/AbsByAuth.cfm?per_id=${16042 + i}" title="View other papers by this author">${n}</a></h2><p>University of Washington - Department of Political Science</p>`).join('')}</div>
<p class="note note-list"><span>Date Written: August 13, 2009</span></p>
<div class="abstract-text"><h3>Abstract</h3><p>We present a new visual method for assessing the predictive power of models with binary outcomes.</p></div></div>
<div class="box-paper-statics"><h3>Recommended Papers</h3><ul class="related-articles"><li><a href="#">Visual evidence</a> <span>Michael Ward</span></li></ul></div></div>`,
  },
];

export function sitePageHtml(page: SitePage): string {
  const metaName = (n: string) => (page.metaForm === 'last-first' ? `${surname(n)}, ${n.split(' ').slice(0, -1).join(' ')}` : n);
  const head =
    page.vocabulary === 'dublin-core'
      ? [`<meta name="dc.Title" content="${esc(page.title)}">`, ...page.authors.map((n) => `<meta name="dc.Creator" content="${esc(n)}">`), `<meta name="dc.Identifier" scheme="doi" content="${page.doi}">`, '<meta name="dc.Type" content="research-article">']
      : [`<meta name="citation_title" content="${esc(page.title)}">`, ...page.authors.map((n) => `<meta name="citation_author" content="${esc(metaName(n))}">`), `<meta name="citation_doi" content="${page.doi}">`];
  return `<!DOCTYPE html>
<!-- Built by scripts/make-site-fixtures.ts from ${page.source ? `${page.source}, the metadata vocabulary it uses` : `Zotero's translator "${page.translator}" (zotero/translators${page.commit ? ` at ${page.commit}` : ''}): its test case's URL, DOI, title and exact authors, the metadata vocabulary it reads`} (${page.vocabulary === 'dublin-core' ? 'Dublin Core dc.*' : 'Highwire citation_*'}, names ${page.metaForm === 'last-first' ? '"Last, First"' : '"First Last"'}) and ${page.site}'s article-page author markup, with references and other lists naming the same people. Not a saved ${page.site} page. Served at ${page.url} -->
<html lang="en"><head><meta charset="utf-8"><title>${esc(page.title)} | ${page.site}</title>
${[...head, ...(page.head ?? [])].join('\n')}
</head><body>
${page.body(page.authors)}
</body></html>
`;
}

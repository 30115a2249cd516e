/**
 * Generated non-scholarly pages for the always-on detector's benchmark (and nothing else): a plain news
 * page with the head a news site emits (Open Graph, NewsArticle JSON-LD, analytics-style meta) and a
 * 5,000-element page (a shop's product grid). Neither carries scholarly metadata; both are served at
 * hosts no site list names. Generated, not saved pages.
 */
export const PLAIN_NEWS_URL = 'https://www.example-news.co.uk/world/2026/dec/01/city-council-approves-new-tram-line';
export const LARGE_PAGE_URL = 'https://shop.example.com/catalogue/all?page=1';

const meta = (attr: 'name' | 'property', key: string, content: string) => `<meta ${attr}="${key}" content="${content}">`;

export function plainNewsPage(): string {
  const head = [
    '<meta charset="utf-8"><title>City council approves new tram line | World | Example News</title>',
    meta('name', 'description', 'The line will connect the university district with the central station by 2029.'),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', 'City council approves new tram line'),
    meta('property', 'og:url', PLAIN_NEWS_URL),
    meta('property', 'og:site_name', 'Example News'),
    meta('property', 'article:published_time', '2026-12-01T08:00:00Z'),
    meta('property', 'article:section', 'World'),
    meta('name', 'author', 'Alex Writer'),
    meta('name', 'twitter:card', 'summary_large_image'),
    ...Array.from({ length: 20 }, (_, i) => meta('name', `ad:slot-${i}`, `slot-${i}`)),
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"City council approves new tram line","author":[{"@type":"Person","name":"Alex Writer"}]}</script>',
  ].join('\n');
  const paragraphs = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i + 1}: the council voted 31 to 12 for the line, which a study by transport researchers had recommended.</p>`).join('\n');
  const related = Array.from({ length: 12 }, (_, i) => `<li><a href="/world/related-${i}">Related story ${i + 1}</a> <span class="byline">by Reporter ${i + 1}</span></li>`).join('');
  return `<!DOCTYPE html>\n<!-- Generated: a plain news page for the detector benchmark, not a saved page. -->\n<html lang="en"><head>${head}</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><main><article><h1>City council approves new tram line</h1><p class="byline">By <a rel="author" href="/profile/alex-writer">Alex Writer</a></p>${paragraphs}</article><aside><ul>${related}</ul></aside></main><footer>© Example News</footer></body></html>`;
}

/** A page of `elements` elements in the body (a product grid, ten elements a product), no scholarly metadata. */
export function largeNonScholarlyPage(elements = 5000): string {
  const products = Array.from({ length: Math.ceil(elements / 10) }, (_, i) =>
    `<li class="product"><a href="/p/${i}"><img alt="" src="data:,"><h3>Product ${i}</h3></a><p class="price"><span>€</span><span>${(i % 97) + 3}.99</span></p><div class="rating"><span>★★★★☆</span><small>${i % 300} reviews</small></div></li>`,
  ).join('');
  return `<!DOCTYPE html>\n<!-- Generated: a ${elements}-element non-scholarly page for the detector benchmark, not a saved page. -->\n<html lang="en"><head><meta charset="utf-8"><title>All products — Example Shop</title>${meta('property', 'og:type', 'website')}${meta('name', 'description', 'Everything we sell')}</head><body><main><ul class="grid">${products}</ul></main></body></html>`;
}

/**
 * arXiv primary category → the OpenAlex fields (level-2 topics' `field.display_name`) its papers fall in: topical
 * fit of a namesake candidate to a paper OpenAlex has not indexed. Coarse on purpose; unknown categories give none.
 */
const BY_ARCHIVE: Record<string, string[]> = {
  cs: ['Computer Science', 'Engineering', 'Mathematics', 'Decision Sciences'],
  math: ['Mathematics', 'Computer Science'],
  stat: ['Mathematics', 'Decision Sciences', 'Computer Science'],
  physics: ['Physics and Astronomy', 'Engineering', 'Materials Science'],
  'astro-ph': ['Physics and Astronomy', 'Earth and Planetary Sciences'],
  'cond-mat': ['Physics and Astronomy', 'Materials Science', 'Chemistry'],
  'gr-qc': ['Physics and Astronomy'],
  'hep-ex': ['Physics and Astronomy'],
  'hep-lat': ['Physics and Astronomy'],
  'hep-ph': ['Physics and Astronomy'],
  'hep-th': ['Physics and Astronomy', 'Mathematics'],
  'math-ph': ['Physics and Astronomy', 'Mathematics'],
  nlin: ['Physics and Astronomy', 'Mathematics'],
  'nucl-ex': ['Physics and Astronomy'],
  'nucl-th': ['Physics and Astronomy'],
  'quant-ph': ['Physics and Astronomy', 'Computer Science'],
  'q-bio': ['Biochemistry, Genetics and Molecular Biology', 'Agricultural and Biological Sciences', 'Neuroscience', 'Immunology and Microbiology'],
  'q-fin': ['Economics, Econometrics and Finance', 'Business, Management and Accounting', 'Decision Sciences'],
  econ: ['Economics, Econometrics and Finance', 'Social Sciences'],
  eess: ['Engineering', 'Computer Science'],
};

export function fieldsOfCategory(category: string | undefined): string[] {
  if (!category) return [];
  return BY_ARCHIVE[category.split('.')[0]!.toLowerCase()] ?? [];
}

/** Share of an author's topic counts that fall in the fields; null when the fields or the topics are unknown. */
export function fieldFit(fields: readonly string[], topics: ReadonlyArray<{ count: number; field: { display_name: string | null } | null }>): number | null {
  if (fields.length === 0) return null;
  const total = topics.reduce((n, t) => n + t.count, 0);
  if (total === 0) return null;
  const inField = topics.filter((t) => t.field?.display_name && fields.includes(t.field.display_name)).reduce((n, t) => n + t.count, 0);
  return inField / total;
}

/**
 * Group authors ("ATLAS Collaboration", "The COVID-19 Genomics Consortium", "OpenAI Team") are not
 * people: they never get a badge and never take a position in a paper's list of people.
 */
const GROUP_WORDS =
  /\b(collaboration|consortium|consortia|group|team|investigators|initiative|committee|network|project|study|society|association|alliance|working party|task force|et al)\b/i;

export function isCollaborationName(name: string): boolean {
  return GROUP_WORDS.test(name);
}

import { fixturesRoot } from '../../server/dev/fixtures';

export { fixture, repoRoot } from '../../server/dev/fixtures';

/** Tests fail at import, with the reason, when the shared fixtures are missing. */
export const fixturesDir = fixturesRoot();

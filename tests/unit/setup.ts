import 'fake-indexeddb/auto';

// Saved arXiv pages link stylesheets and scripts the tests never load; treat them as loaded quietly.
const happyDOM = (globalThis as { happyDOM?: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM;
if (happyDOM) happyDOM.settings.handleDisabledFileLoadingAsSuccess = true;

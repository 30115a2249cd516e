export * from './researchers';
export * from './works';
export * from './work-authors';
export * from './paper-lookups';
export * from './researcher-aliases';

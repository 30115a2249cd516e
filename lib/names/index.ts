export * from './normalize';
export * from './match';
export * from './collaboration';
export * from './noise';

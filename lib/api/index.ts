export * from './ids';
export * from './researcher';
export * from './resolve';
export * from './profile';
export * from './profile-query';
export * from './client';

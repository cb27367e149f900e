export * from './types';
export * from './compact';
export * from './validate';
export * from './link';
export * from './file';

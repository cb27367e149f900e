/**
 * Persistence: the only code that touches IndexedDB. Plain TS, no Svelte. The app's store
 * and repository are built once, by the session (src/lib/state/session.svelte.ts):
 *
 *   const store = new PersistStore({ backend: idbBackend() });
 *   const workspaces = new WorkspaceRepository(store);
 */
export * from './envelope';
export * from './backend';
export * from './validate';
export * from './typed';
export * from './store';
export * from './workspaces';
export * from './file';
export { findJsonSyntaxError, lineColumn, type JsonSyntaxError } from '../domain/json/jsonError';

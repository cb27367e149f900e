/**
 * Persistence: the only code that touches IndexedDB. Plain TS, no Svelte.
 *
 *   import { persistStore, workspaces } from '.../persist';
 *   persistStore.onStatus((status, notice) => ...);   // 'ok' | 'unavailable' | 'full'
 *   const { workspaces: list, notices } = await workspaces.listWorkspaces();
 */
import { idbBackend } from './backend';
import { PersistStore } from './store';
import { WorkspaceRepository } from './workspaces';

export * from './envelope';
export * from './backend';
export * from './validate';
export * from './typed';
export * from './store';
export * from './workspaces';
export * from './file';
export { findJsonSyntaxError, lineColumn, type JsonSyntaxError } from './jsonError';

/** The app's store over IndexedDB (opened lazily on first use). */
export const persistStore = new PersistStore({ backend: idbBackend() });

/** The app's workspaces over `persistStore`. */
export const workspaces = new WorkspaceRepository(persistStore);

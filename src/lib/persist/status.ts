/**
 * Storage status ('ok' | 'unavailable' | 'full'), the error behind it and the notice to show,
 * with listeners so the UI can mirror it without persistence knowing about Svelte.
 */
import type { MessageParams, MessageRef } from '../i18n/catalog';
import { isQuotaError } from './backend';
import { errorText } from './helpers';

export type StorageStatus = 'ok' | 'unavailable' | 'full';
export type Notice = MessageRef & { params: MessageParams };
export type StatusListener = (status: StorageStatus, notice: Notice | null) => void;

const STATUS_NOTICE: Record<StorageStatus, string | null> = {
  ok: null,
  unavailable: 'storage.unavailable',
  full: 'storage.full',
};

export class StatusTracker {
  private listeners = new Set<StatusListener>();
  private _status: StorageStatus = 'ok';
  private _lastError: string | null = null;

  get status(): StorageStatus {
    return this._status;
  }

  get lastError(): string | null {
    return this._lastError;
  }

  notice(): Notice | null {
    const key = STATUS_NOTICE[this._status];
    return key ? { key, params: {} } : null;
  }

  subscribe(listener: StatusListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The error is recorded even when the status does not change, so details stay current. */
  set(status: StorageStatus, error?: unknown): void {
    if (error !== undefined) this._lastError = errorText(error);
    if (status === this._status) return;
    this._status = status;
    const notice = this.notice();
    // A copy, so a listener may unsubscribe itself; one failing listener must not starve the rest.
    for (const l of [...this.listeners]) {
      try {
        l(status, notice);
      } catch (e) {
        console.error('[persist] status listener failed', e);
      }
    }
  }

  /**
   * A quota error only downgrades 'ok' to 'full' (it must not mask 'unavailable'); anything
   * else means the backend cannot be used.
   */
  fail(e: unknown): void {
    if (isQuotaError(e)) {
      if (this._status === 'ok') this.set('full', e);
    } else {
      this.set('unavailable', e);
    }
  }

  /** Everything held in memory reached the backend again. */
  recovered(): void {
    this._lastError = null;
    this.set('ok');
  }
}

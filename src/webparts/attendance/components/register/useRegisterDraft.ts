import * as React from 'react';
import { preloadData } from '../../../../composition/dataModules';
import { draftCount, type Draft, type DraftMark } from './registerModel';

/**
 * The unsaved marks of one register, kept in localStorage so they survive a reload or a failed save.
 * Keyed by user, date and session; cleared (the key removed) once the draft is empty, i.e. after a save.
 * Re-sending a restored draft is safe: the repository's week keys and ETags prevent duplicates.
 */

const PREFIX = 'pathwaysHub.registerDraft.v1';

export function draftKey(user: string, date: string, session: string): string {
  return `${PREFIX}|${user.toLowerCase()}|${date}|${session}`;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Reads a stored draft, keeping only well-formed entries (the store is outside our control). */
export function parseDraft(text: string | null): Draft {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const out: Record<string, DraftMark> = {};
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!/^\d+$/.test(key) || typeof raw !== 'object' || raw === null) continue;
    const r = raw as Record<string, unknown>;
    out[key] = {
      ...(isString(r.code) ? { code: r.code } : {}),
      ...(isString(r.arrivalTime) ? { arrivalTime: r.arrivalTime } : {}),
      ...(isString(r.reason) ? { reason: r.reason } : {}),
    };
  }
  return out;
}

function storage(): Storage | undefined {
  try {
    return typeof window !== 'undefined' ? window.localStorage : undefined;
  } catch {
    return undefined; // blocked by the browser's privacy settings
  }
}

export function readDraft(key: string): Draft {
  try {
    return parseDraft(storage()?.getItem(key) ?? null);
  } catch {
    return {};
  }
}

export function writeDraft(key: string, draft: Draft): void {
  const store = storage();
  if (!store) return;
  try {
    if (Object.keys(draft).length === 0) store.removeItem(key);
    else store.setItem(key, JSON.stringify(draft));
  } catch {
    // Full or blocked: the marks are still on screen; the draft just will not survive a reload.
  }
}

export interface RegisterDraft {
  readonly draft: Draft;
  readonly update: (change: (draft: Draft) => Draft) => void;
  /** How many unsaved marks were restored when the register was opened (0 when none). */
  readonly restored: number;
}

export function useRegisterDraft(key: string): RegisterDraft {
  const [state, setState] = React.useState(() => {
    const draft = readDraft(key);
    return { key, draft, restored: draftCount(draft) };
  });
  if (state.key !== key) {
    const draft = readDraft(key);
    setState({ key, draft, restored: draftCount(draft) });
  }
  const update = React.useCallback((change: (draft: Draft) => Draft) => {
    // A mark is being changed: the save's code (data-attendance-write) starts loading now, so the save does not wait for it.
    preloadData(['attendanceWrite']);
    setState((s) => {
      const draft = change(s.draft);
      writeDraft(s.key, draft);
      return { ...s, draft };
    });
  }, []);
  return { draft: state.key === key ? state.draft : readDraft(key), update, restored: state.restored };
}

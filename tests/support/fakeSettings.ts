/**
 * Settings in memory for component tests: the same contract as SpSettingsRepository (validated with the
 * domain's validateSettings, saved under the ETag, a 412-style conflict when someone else saved first).
 */
import type { ISettingsRepository, Saved } from '../../src/data/ports';
import { DataError } from '../../src/data/errors';
import { settingsConflict } from '../../src/data/sp/SettingsRepository';
import { SettingsValidationError } from '../../src/data/sp/SettingsValidationError';
import { DEFAULT_SETTINGS, validateSettings, type SchoolSettings } from '../../src/domain';

export class FakeSettings implements ISettingsRepository {
  private stored: Saved<SchoolSettings> | undefined;
  private version = 0;
  public readonly saved: SchoolSettings[] = [];
  /** The next save fails with this (a server refusal), once. */
  public failNext: Error | undefined;

  public constructor(settings?: SchoolSettings) {
    if (settings) this.stored = { ...settings, id: 1, etag: this.nextEtag() };
  }

  public async get(): Promise<Saved<SchoolSettings> | SchoolSettings> {
    return this.stored ?? DEFAULT_SETTINGS;
  }

  public async save(settings: SchoolSettings, etag?: string): Promise<Saved<SchoolSettings>> {
    if (this.failNext) {
      const e = this.failNext;
      this.failNext = undefined;
      throw e;
    }
    const check = validateSettings(settings);
    if (!check.ok) throw new SettingsValidationError(check.issues);
    if (this.stored && etag !== this.stored.etag) throw settingsConflict();
    this.stored = { ...check.value, id: 1, etag: this.nextEtag() };
    this.saved.push(check.value);
    return this.stored;
  }

  /** Someone else saves in between (the next save with the old ETag is refused). */
  public saveElsewhere(change: (s: SchoolSettings) => SchoolSettings): void {
    const base = this.stored ?? DEFAULT_SETTINGS;
    this.stored = { ...change(base), id: 1, etag: this.nextEtag() };
  }

  private nextEtag(): string {
    this.version++;
    return `"1,${this.version}"`;
  }
}

/** What SharePoint answers when the signed-in user may not write the list. */
export const accessDenied = (what: string): DataError => new DataError('access-denied', `You do not have permission to ${what}.`, 403);

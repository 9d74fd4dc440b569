import { compileFilter, FilterError } from '../../../../local/emulator/graph/odataFilter';
import { preferredZone, toGraphDateTime, toUtc } from '../../../../local/emulator/graph/timeZones';
import { repairNestedUrl } from '../../../../local/graphClient';

describe('time zones', () => {
  it('converts London wall time to UTC either side of the clock changes', () => {
    expect(toUtc('2025-03-29T12:00:00', 'Europe/London')?.toISOString()).toBe('2025-03-29T12:00:00.000Z');
    expect(toUtc('2025-03-31T12:00:00', 'GMT Standard Time')?.toISOString()).toBe('2025-03-31T11:00:00.000Z');
    expect(toUtc('2025-10-27T09:00:00.0000000', 'GMT Standard Time')?.toISOString()).toBe('2025-10-27T09:00:00.000Z');
    expect(toUtc('2025-06-10T10:30:00Z', 'Europe/London')?.toISOString()).toBe('2025-06-10T10:30:00.000Z');
    expect(toUtc('2025-06-10', 'Europe/London')).toBeUndefined();
    expect(toUtc('2025-06-10T10:30:00', 'Nowhere/Special')).toBeUndefined();
  });

  it('formats instants as Graph dateTime text and reads Prefer headers', () => {
    expect(toGraphDateTime(new Date('2025-06-10T09:30:00Z'), 'Europe/London')).toBe('2025-06-10T10:30:00.0000000');
    expect(toGraphDateTime(new Date('2025-06-10T09:30:00Z'), 'UTC')).toBe('2025-06-10T09:30:00.0000000');
    expect(preferredZone('outlook.timezone="GMT Standard Time", outlook.body-content-type="text"')).toBe('GMT Standard Time');
    expect(preferredZone(undefined)).toBeUndefined();
  });
});

describe('$filter', () => {
  const user = { mail: 'Dana.Whitlock@pathways.example.org', displayName: 'Dana Whitlock', start: { dateTime: '2025-06-10T10:00:00' }, isCancelled: false };

  it('evaluates comparisons, functions and logic case-insensitively', () => {
    expect(compileFilter("mail eq 'dana.whitlock@pathways.example.org'")(user)).toBe(true);
    expect(compileFilter("startswith(displayName,'dana') and isCancelled eq false")(user)).toBe(true);
    expect(compileFilter("start/dateTime ge '2025-06-11T00:00:00' or not (mail ne 'x@y.z')")(user)).toBe(false);
    expect(compileFilter("displayName eq 'O''Neil'")({ displayName: "O'Neil" })).toBe(true);
  });

  it('rejects what it cannot parse', () => {
    expect(() => compileFilter("mail eq 'open")).toThrow(FilterError);
    expect(() => compileFilter('any(x)')).toThrow(FilterError);
    expect(() => compileFilter('mail')).toThrow(FilterError);
  });
});

describe('repairNestedUrl', () => {
  it('unwraps the URL graph-client builds from an absolute http nextLink', () => {
    expect(repairNestedUrl('http://localhost:4321/graph/v1.0/http://localhost:4321/graph/v1.0/me/events?$skip=10')).toBe(
      'http://localhost:4321/graph/v1.0/me/events?$skip=10',
    );
    expect(repairNestedUrl("http://localhost:4321/graph/v1.0/me/events?$filter=webLink eq 'https://x/v1.0/y'")).toBe(
      "http://localhost:4321/graph/v1.0/me/events?$filter=webLink eq 'https://x/v1.0/y'",
    );
  });
});

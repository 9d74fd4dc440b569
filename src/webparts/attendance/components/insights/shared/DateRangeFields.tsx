import * as React from 'react';
import { Stack } from '@fluentui/react/lib/Stack';
import { TextField } from '@fluentui/react/lib/TextField';
import { formatUkDate, isValidIsoDate } from '../../../../../domain';
import type { InsightsBase } from './insightsData';

export interface RangeErrors {
  readonly from?: string;
  readonly to?: string;
}

/** Why a range of this school year's registers cannot be shown (said at the field), or none. */
export function rangeError(from: string, to: string, base: Pick<InsightsBase, 'yearStart' | 'today'>): RangeErrors {
  if (!isValidIsoDate(from)) return { from: 'Enter the first date as dd/mm/yyyy' };
  if (!isValidIsoDate(to)) return { to: 'Enter the last date as dd/mm/yyyy' };
  if (from < base.yearStart) return { from: `Choose a date in this school year, from ${formatUkDate(base.yearStart)}` };
  if (to > base.today) return { to: `Choose a date up to today (${formatUkDate(base.today)}): later registers have not been taken` };
  if (from > to) return { to: 'The last date must be on or after the first' };
  return {};
}

/** The From and To fields of an insight view's date range, each with its message. */
export const DateRangeFields: React.FC<{ from: string; to: string; errors: RangeErrors; onFrom: (v: string) => void; onTo: (v: string) => void }> = ({
  from,
  to,
  errors,
  onFrom,
  onTo,
}) => (
  <Stack horizontal wrap tokens={{ childrenGap: 16 }}>
    <TextField label="From" type="date" value={from} onChange={(_e, v) => onFrom(v ?? '')} errorMessage={errors.from} styles={{ root: { width: 200 } }} />
    <TextField label="To" type="date" value={to} onChange={(_e, v) => onTo(v ?? '')} errorMessage={errors.to} styles={{ root: { width: 200 } }} />
  </Stack>
);

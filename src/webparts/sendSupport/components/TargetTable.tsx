import * as React from 'react';
import { formatUkDate, latestRating, type Target } from '../../../domain';
import type { Saved } from '../../../data/ports';
import { ScrollRegion } from '../../../ui/plain/ScrollRegion';

/** SMART targets: specific outcome, measure, by when, latest progress. */
export const TargetTable: React.FC<{ targets: readonly Saved<Target>[]; label: string }> = ({ targets, label }) =>
  targets.length === 0 ? (
    <p>No targets yet.</p>
  ) : (
    <ScrollRegion label={label}>
      <table aria-label={label}>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            <th scope="col">Measure</th>
            <th scope="col">By when</th>
            <th scope="col">Progress</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((t) => {
            const last = t.progress[t.progress.length - 1];
            const rating = latestRating(t);
            return (
              <tr key={t.id}>
                <td>{t.outcome}</td>
                <td>{t.measure}</td>
                <td>{formatUkDate(t.dueDate)}</td>
                <td>
                  {t.closed ? 'Met. ' : ''}
                  {last ? `${formatUkDate(last.date)}: ${last.note}` : 'None recorded'}
                  {rating !== undefined ? ` (rating ${rating} of 5)` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );

/**
 * Stored records that could not be read, listed so someone can put them right: each names the list, the item and
 * the column, with a link to the item in SharePoint. Everything else on the page loaded; this only says what did
 * not. One component for every view (ReadResult.problems, a register's or marks' problems).
 */
import * as React from 'react';
import { Link } from './plain/Link';
import { MessageBar, MessageBarType } from './plain/MessageBar';
import type { RecordValidationError } from '../data/errors';
import type { ListDefinition } from '../lists';
import { useServices } from './ServicesContext';

export interface RecordProblemsProps {
  readonly problems: readonly RecordValidationError[] | undefined;
  /** What the page left out or showed without, e.g. "not on this register". */
  readonly effect?: string;
}

/** The item's display form on the site ('…/Lists/PwAttendance/DispForm.aspx?ID=12'), when the list is known. */
export function itemLink(siteUrl: string, lists: readonly ListDefinition[], problem: RecordValidationError): string | undefined {
  const list = lists.find((l) => l.title === problem.list);
  if (!list || problem.itemId === undefined) return undefined;
  return `${siteUrl.replace(/\/+$/, '')}/${list.url}/DispForm.aspx?ID=${problem.itemId}`;
}

/**
 * The whole list schema (to find a list's address from its title), loaded only when there is a problem to show: a
 * first screen does not carry every list's declaration for a message it rarely shows. Until it has loaded, the
 * problems are listed without links.
 */
function useAllLists(wanted: boolean): readonly ListDefinition[] {
  const [lists, setLists] = React.useState<readonly ListDefinition[]>([]);
  React.useEffect(() => {
    if (!wanted || lists.length > 0) return undefined;
    let live = true;
    import(/* webpackChunkName: 'lists-schema' */ '../lists/lists').then(
      (m) => live && setLists(m.LISTS),
      () => undefined, // no links then: the problems are still listed
    );
    return () => {
      live = false;
    };
  }, [wanted, lists]);
  return lists;
}

export const RecordProblems: React.FC<RecordProblemsProps> = ({ problems, effect }) => {
  const { siteUrl } = useServices();
  const lists = useAllLists(!!problems && problems.length > 0);
  if (!problems || problems.length === 0) return null;
  const count = problems.length === 1 ? 'One stored record has a value that cannot be read' : `${problems.length} stored records have values that cannot be read`;
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline>
      <p style={{ margin: 0 }}>{`${count}${effect ? ` (${effect})` : ''}. Everything else is shown. Ask whoever manages the Pathways Hub site to correct:`}</p>
      <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
        {problems.map((p, i) => {
          const href = itemLink(siteUrl, lists, p);
          return (
            <li key={`${p.list}-${p.itemId ?? 'x'}-${p.field}-${i}`}>
              {href ? (
                <Link href={href} target="_blank" rel="noreferrer">
                  {p.list}, item {p.itemId}
                </Link>
              ) : (
                <span>{p.itemId === undefined ? p.list : `${p.list}, item ${p.itemId}`}</span>
              )}
              {`, column ${p.field}: ${p.message.slice(p.message.indexOf(': ') + 2) || p.message}`}
            </li>
          );
        })}
      </ul>
    </MessageBar>
  );
};

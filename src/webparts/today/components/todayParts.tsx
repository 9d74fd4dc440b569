import * as React from 'react';
import { ActionButton } from '../../../ui/plain/buttons';
import { Text } from '../../../ui/plain/Text';
import type { Pupil } from '../../../domain';

/** The building blocks of every Today section: a titled region, its items, a link-styled way to where an item is done. */

export const name = (p: Pick<Pupil, 'firstName' | 'lastName'>): string => `${p.lastName}, ${p.firstName}`;
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const Section: React.FC<{ id: string; title: string; count?: number; children: React.ReactNode }> = ({ id, title, count, children }) => (
  <section aria-labelledby={`today-${id}`} data-today-section={id} style={{ marginTop: 16 }}>
    <Text as="h3" variant="large" id={`today-${id}`} block>
      {title}
      {count !== undefined ? ` (${count})` : ''}
    </Text>
    {children}
  </section>
);

export const Item: React.FC<{ children: React.ReactNode }> = ({ children }) => <li style={{ margin: '4px 0' }}>{children}</li>;

export const ItemList: React.FC<{ children: React.ReactNode }> = ({ children }) => <ul style={{ paddingLeft: 18 }}>{children}</ul>;

/** A section of items with its count: the words for none, or one list item per entry. */
export function ListSection<T>(props: {
  id: string;
  title: string;
  items: readonly T[];
  none: string;
  keyOf: (item: T) => React.Key;
  children: (item: T) => React.ReactNode;
}): JSX.Element {
  const { id, title, items, none, keyOf, children } = props;
  return (
    <Section id={id} title={title} count={items.length}>
      {items.length === 0 ? (
        <Text block>{none}</Text>
      ) : (
        <ItemList>
          {items.map((item) => (
            <Item key={keyOf(item)}>{children(item)}</Item>
          ))}
        </ItemList>
      )}
    </Section>
  );
}

const OPEN_STYLE: React.CSSProperties = { height: 'auto', minHeight: 24, padding: 0, textAlign: 'left', justifyContent: 'flex-start' };

/** A link-styled button at least 24 px high (WCAG 2.2 target size). */
export const Open: React.FC<{ label: string; onClick: () => void; children: React.ReactNode }> = ({ label, onClick, children }) => (
  <ActionButton ariaLabel={label} onClick={onClick} style={OPEN_STYLE}>
    {children}
  </ActionButton>
);

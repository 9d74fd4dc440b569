import * as React from 'react';

/**
 * A flex box by the props of Fluent's Stack that our screens use (`horizontal`, `wrap`, `tokens.childrenGap`,
 * `verticalAlign`, `horizontalAlign`, `styles.root`), as plain markup: Fluent's Stack brings its styling engine, about
 * 25 KB gzip, into a first load. The gap is CSS `gap`; children shrink as Fluent's do, and a wrapped row never
 * widens the page (390 px in Teams on a phone).
 */
type Align = 'start' | 'end' | 'center' | 'space-between' | 'space-around' | 'space-evenly' | 'baseline' | 'stretch';

export interface StackProps extends Omit<React.HTMLAttributes<HTMLDivElement>, 'style'> {
  horizontal?: boolean;
  wrap?: boolean;
  tokens?: { childrenGap?: number | string };
  verticalAlign?: Align;
  horizontalAlign?: Align;
  grow?: boolean | number;
  styles?: { root?: React.CSSProperties };
  style?: React.CSSProperties;
}

const flexAlign = (a: Align | undefined): string | undefined => (a === 'start' || a === 'end' ? `flex-${a}` : a);

const StackBase: React.FC<StackProps> = ({ horizontal, wrap, tokens, verticalAlign, horizontalAlign, grow, styles, style, children, ...rest }) => {
  const root: React.CSSProperties = {
    display: 'flex',
    flexDirection: horizontal ? 'row' : 'column',
    flexWrap: wrap ? 'wrap' : 'nowrap',
    gap: tokens?.childrenGap,
    boxSizing: 'border-box',
    minWidth: 0,
    maxWidth: '100%',
    alignItems: flexAlign(horizontal ? verticalAlign : horizontalAlign),
    justifyContent: flexAlign(horizontal ? horizontalAlign : verticalAlign),
    flexGrow: grow === true ? 1 : grow || undefined,
    ...styles?.root,
    ...style,
  };
  return (
    <div {...rest} style={root}>
      {children}
    </div>
  );
};

/** A child with its own flex settings, as Fluent's Stack.Item. */
const StackItem: React.FC<{ grow?: boolean | number; shrink?: boolean; align?: Align; styles?: { root?: React.CSSProperties }; className?: string }> = ({ grow, shrink, align, styles, className, children }) => (
  <div className={className} style={{ flexGrow: grow === true ? 1 : grow || undefined, flexShrink: shrink === false ? 0 : undefined, alignSelf: flexAlign(align), minWidth: 0, ...styles?.root }}>
    {children}
  </div>
);

export const Stack = Object.assign(StackBase, { Item: StackItem });

import * as React from 'react';
import { fonts, type FontVariant } from './theme';

/**
 * Text in Fluent's type ramp by the props of Fluent's Text that our screens use (`as`, `block`, `variant`,
 * `styles.root`, `nowrap`), as plain markup: the element named by `as` (a span by default), so headings stay headings.
 */
export interface TextProps extends Omit<React.HTMLAttributes<HTMLElement>, 'style'> {
  as?: keyof JSX.IntrinsicElements;
  block?: boolean;
  nowrap?: boolean;
  variant?: FontVariant;
  styles?: { root?: React.CSSProperties };
  style?: React.CSSProperties;
}

export const Text: React.FC<TextProps> = ({ as = 'span', block, nowrap, variant = 'medium', styles, style, children, ...rest }) =>
  React.createElement(
    as,
    {
      ...rest,
      style: {
        ...fonts[variant],
        display: block ? (as === 'td' ? 'table-cell' : 'block') : 'inline',
        ...(nowrap ? { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } : {}),
        ...styles?.root,
        ...style,
      },
    },
    children,
  );

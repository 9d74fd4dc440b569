import * as React from 'react';
import { sheet } from './sheet';
import { semanticColors, fonts, focusOutline } from './theme';

/**
 * Fluent's Link by the props our screens use: an <a> with `href`, otherwise a <button> that looks like a link (as
 * Fluent renders it), in the theme's link colour, underlined on hover and focus, with a keyboard focus ring.
 */
const classes = sheet('link', {
  link: {
    ...fonts.medium,
    fontSize: 'inherit',
    color: semanticColors.link,
    textDecoration: 'none',
    background: 'none',
    border: 'none',
    padding: 0,
    margin: 0,
    cursor: 'pointer',
    textAlign: 'left',
    selectors: {
      ':hover': { color: semanticColors.linkHovered, textDecoration: 'underline' },
      ':focus-visible': { outline: focusOutline, textDecoration: 'underline' },
      ':disabled': { color: semanticColors.disabledText, cursor: 'default', textDecoration: 'none' },
    },
  },
  underline: { textDecoration: 'underline' },
});

export interface LinkProps extends Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, 'onClick'> {
  onClick?: React.MouseEventHandler<HTMLAnchorElement | HTMLButtonElement>;
  underline?: boolean;
  disabled?: boolean;
}

/** The data-* attributes given (a pupil's name carries its pupil's id so focus can return to it). */
const dataAttributes = (props: object): Record<string, unknown> => Object.fromEntries(Object.entries(props).filter(([k]) => k.startsWith('data-')));

export const Link: React.FC<LinkProps> = ({ href, onClick, underline, disabled, className, children, target, rel, ...rest }) => {
  const cls = [classes.link, underline ? classes.underline : '', className].filter(Boolean).join(' ');
  if (href !== undefined && !disabled) {
    return (
      <a {...rest} href={href} target={target} rel={rel ?? (target === '_blank' ? 'noopener noreferrer' : undefined)} className={cls} onClick={onClick}>
        {children}
      </a>
    );
  }
  return (
    <button
      {...dataAttributes(rest)}
      type="button"
      className={cls}
      style={rest.style}
      disabled={disabled}
      onClick={onClick}
      id={rest.id}
      title={rest.title}
      aria-label={rest['aria-label']}
      aria-describedby={rest['aria-describedby']}
    >
      {children}
    </button>
  );
};

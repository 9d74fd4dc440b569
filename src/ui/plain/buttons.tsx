import * as React from 'react';
import { sheet } from './sheet';
import { palette, semanticColors, fonts, focusOutline, HIGH_CONTRAST } from './theme';
import { PlainIcon, isIconName } from './icons';

/**
 * Buttons by the props of Fluent's that our screens use (`text`, `onClick`, `disabled`, `type`, `iconProps`,
 * `ariaLabel`, `href`, `elementRef`), as native <button> (or <a> with `href`) elements: Fluent's BaseButton brings
 * keytips, its icon and image code and its styling engine, about 30 KB gzip, into a first load. Like Fluent's, a
 * button is `type="button"` unless told otherwise (so it never submits a form by accident), shows its focus ring only
 * to the keyboard (`:focus-visible`) and keeps its border in Windows high contrast.
 */
const base = {
  ...fonts.medium,
  fontWeight: 600,
  boxSizing: 'border-box',
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  gap: 6,
  minHeight: 32,
  padding: '0 16px',
  borderRadius: 2,
  cursor: 'pointer',
  textDecoration: 'none',
  textAlign: 'center',
  userSelect: 'none',
  selectors: {
    ':focus-visible': { outline: focusOutline, outlineOffset: -4 },
    ':disabled': { cursor: 'default', background: semanticColors.disabledBackground, borderColor: semanticColors.disabledBackground, color: semanticColors.disabledText },
    [HIGH_CONTRAST]: { selectors: { '&': { border: '1px solid ButtonText' }, ':disabled': { color: 'GrayText', borderColor: 'GrayText' } } },
  },
} as const;

const classes = sheet('button', {
  default: {
    ...base,
    minWidth: 80,
    border: `1px solid ${semanticColors.buttonBorder}`,
    background: semanticColors.buttonBackground,
    color: semanticColors.buttonText,
    selectors: {
      ...base.selectors,
      ':hover:not(:disabled)': { background: semanticColors.buttonBackgroundHovered },
      ':active:not(:disabled)': { background: semanticColors.buttonBackgroundPressed },
    },
  },
  primary: {
    ...base,
    minWidth: 80,
    border: `1px solid ${semanticColors.primaryButtonBackground}`,
    background: semanticColors.primaryButtonBackground,
    color: semanticColors.primaryButtonText,
    selectors: {
      ...base.selectors,
      ':focus-visible': { outline: `1px solid ${palette.white}`, outlineOffset: -4 },
      ':hover:not(:disabled)': { background: semanticColors.primaryButtonBackgroundHovered, borderColor: semanticColors.primaryButtonBackgroundHovered },
      ':active:not(:disabled)': { background: semanticColors.primaryButtonBackgroundPressed, borderColor: semanticColors.primaryButtonBackgroundPressed },
    },
  },
  action: {
    ...base,
    fontWeight: 400,
    minHeight: 40,
    padding: '0 4px',
    border: '1px solid transparent',
    background: 'transparent',
    color: semanticColors.bodyText,
    selectors: {
      ...base.selectors,
      ':disabled': { cursor: 'default', background: 'transparent', color: semanticColors.disabledText },
      ':hover:not(:disabled)': { color: palette.themePrimary },
      '& svg': { color: palette.themePrimary },
      ':disabled svg': { color: semanticColors.disabledText },
    },
  },
  icon: {
    ...base,
    minWidth: 32,
    width: 32,
    padding: 0,
    border: '1px solid transparent',
    background: 'transparent',
    color: palette.themePrimary,
    selectors: {
      ...base.selectors,
      ':disabled': { cursor: 'default', background: 'transparent', color: semanticColors.disabledText },
      ':hover:not(:disabled)': { background: palette.neutralLighter, color: palette.themeDarkAlt },
    },
  },
});

export interface ButtonProps extends Omit<React.ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'> {
  text?: string;
  onClick?: React.MouseEventHandler<HTMLButtonElement | HTMLAnchorElement>;
  type?: 'button' | 'submit' | 'reset';
  iconProps?: { iconName?: string };
  ariaLabel?: string;
  href?: string;
  target?: string;
  elementRef?: React.Ref<HTMLButtonElement>;
}

function makeButton(kind: keyof typeof classes, name: string): React.FC<ButtonProps> {
  const Button: React.FC<ButtonProps> = ({ text, children, onClick, type = 'button', iconProps, ariaLabel, href, target, elementRef, className, disabled, ...rest }) => {
    const content = (
      <>
        {isIconName(iconProps?.iconName) && <PlainIcon name={iconProps.iconName} />}
        {text !== undefined && <span>{text}</span>}
        {children}
      </>
    );
    const cls = [classes[kind], className].filter(Boolean).join(' ');
    if (href !== undefined && !disabled) {
      return (
        <a href={href} target={target} rel={target === '_blank' ? 'noopener noreferrer' : undefined} className={cls} aria-label={ariaLabel ?? rest['aria-label']} title={rest.title} id={rest.id} onClick={onClick}>
          {content}
        </a>
      );
    }
    return (
      <button {...rest} ref={elementRef} type={type} className={cls} disabled={disabled} aria-label={ariaLabel ?? rest['aria-label']} onClick={onClick}>
        {content}
      </button>
    );
  };
  Button.displayName = name;
  return Button;
}

export const DefaultButton = makeButton('default', 'DefaultButton');
export const PrimaryButton = makeButton('primary', 'PrimaryButton');
export const ActionButton = makeButton('action', 'ActionButton');
/** An icon-only button: give it `ariaLabel` (and a `title` for the pointer's tooltip). */
export const IconButton = makeButton('icon', 'IconButton');

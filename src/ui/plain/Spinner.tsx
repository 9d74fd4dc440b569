import * as React from 'react';

/**
 * Fluent's Spinner by the props our screens use (`label`, `size`), as plain markup: a ring turning (still where the
 * person asked for reduced motion) and its words in a polite live region. It keeps Fluent's class name `ms-Spinner`,
 * which the end-to-end tests wait on to see that nothing is loading. With `ariaLive="off"` it is no live region of its
 * own (as Fluent's): it sits inside one that says the same words (a save's status).
 */
export enum SpinnerSize {
  xSmall = 0,
  small = 1,
  medium = 2,
  large = 3,
}

const PX: Record<SpinnerSize, number> = { [SpinnerSize.xSmall]: 12, [SpinnerSize.small]: 16, [SpinnerSize.medium]: 20, [SpinnerSize.large]: 28 };

export const Spinner: React.FC<{ label?: string; size?: SpinnerSize; ariaLive?: 'off' | 'polite' | 'assertive'; labelPosition?: 'top' | 'right' | 'bottom' | 'left'; className?: string }> = ({
  label,
  size = SpinnerSize.medium,
  ariaLive = 'polite',
  labelPosition = 'bottom',
  className,
}) => {
  const px = PX[size];
  const still = typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  return (
    <div
      className={['ms-Spinner', className].filter(Boolean).join(' ')}
      role={ariaLive === 'off' ? undefined : 'status'}
      aria-live={ariaLive === 'off' ? undefined : ariaLive}
      style={{
        display: 'flex',
        flexDirection: labelPosition === 'right' || labelPosition === 'left' ? 'row' : 'column',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 8,
        fontSize: 12,
        color: '#005a9e',
      }}
    >
      {(labelPosition === 'top' || labelPosition === 'left') && label && <span>{label}</span>}
      <svg aria-hidden="true" focusable="false" width={px} height={px} viewBox="0 0 20 20" style={{ flex: 'none' }}>
        <circle cx="10" cy="10" r="8" fill="none" stroke="#c7e0f4" strokeWidth="1.5" />
        <path className="pw-spinner-arc" d="M10 2a8 8 0 0 1 8 8" fill="none" stroke="#0078d4" strokeWidth="1.5">
          {!still && <animateTransform attributeName="transform" type="rotate" from="0 10 10" to="360 10 10" dur="1.3s" repeatCount="indefinite" />}
        </path>
      </svg>
      {(labelPosition === 'bottom' || labelPosition === 'right') && label && <span>{label}</span>}
    </div>
  );
};

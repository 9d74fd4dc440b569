import * as React from 'react';
import { sheet } from './sheet';
import { HIGH_CONTRAST, fonts, palette, semanticColors } from './theme';
import { usePlainId } from './PlainFields';

const classes = sheet('progress', {
  label: { ...fonts.medium, color: semanticColors.bodyText, overflowWrap: 'anywhere', padding: '8px 0 0' },
  track: {
    position: 'relative',
    height: 2,
    margin: '4px 0',
    overflow: 'hidden',
    background: palette.neutralLight,
    selectors: { [HIGH_CONTRAST]: { border: '1px solid CanvasText', height: 4 } },
  },
  bar: {
    height: '100%',
    background: palette.themePrimary,
    transition: 'width 0.15s linear',
    selectors: { [HIGH_CONTRAST]: { background: 'Highlight' } },
  },
  // Indeterminate: a short bar sliding across (still where the person asked for reduced motion).
  sliding: {
    position: 'absolute',
    width: '30%',
    animationName: 'pw-progress-slide',
    animationDuration: '2s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    selectors: { '@media (prefers-reduced-motion: reduce)': { animationName: 'none', left: '35%' } },
  },
  description: { ...fonts.small, color: semanticColors.bodySubtext, overflowWrap: 'anywhere' },
});

let keyframesAdded = false;
function addKeyframes(): void {
  if (keyframesAdded || typeof document === 'undefined') return;
  keyframesAdded = true;
  const style = document.createElement('style');
  style.textContent = '@keyframes pw-progress-slide { from { left: -30%; } to { left: 100%; } }';
  document.head.appendChild(style);
}

/**
 * Fluent's ProgressIndicator by the props our screens use (`label`, `description`, `percentComplete` from 0 to 1,
 * none while the amount is unknown), as plain markup: a progressbar named by its label and described by its
 * description, with aria-valuenow in per cent when the amount is known. Announcing the progress is the caller's
 * (a polite live region), as it is with Fluent's.
 */
export const ProgressIndicator: React.FC<{ label?: React.ReactNode; description?: React.ReactNode; percentComplete?: number; ariaValueText?: string }> = ({
  label,
  description,
  percentComplete,
  ariaValueText,
}) => {
  const id = usePlainId('progress');
  addKeyframes();
  const known = percentComplete !== undefined && Number.isFinite(percentComplete);
  const percent = known ? Math.round(Math.min(1, Math.max(0, percentComplete)) * 100) : undefined;
  return (
    <div>
      {label !== undefined && (
        <div id={`${id}-label`} className={classes.label}>
          {label}
        </div>
      )}
      <div
        className={classes.track}
        role="progressbar"
        aria-labelledby={label !== undefined ? `${id}-label` : undefined}
        aria-describedby={description !== undefined ? `${id}-description` : undefined}
        aria-valuemin={known ? 0 : undefined}
        aria-valuemax={known ? 100 : undefined}
        aria-valuenow={percent}
        aria-valuetext={ariaValueText}
      >
        <div className={[classes.bar, known ? '' : classes.sliding].join(' ')} style={known ? { width: `${percent}%` } : undefined} />
      </div>
      {description !== undefined && (
        <div id={`${id}-description`} className={classes.description}>
          {description}
        </div>
      )}
    </div>
  );
};

import * as React from 'react';
import { PlainMessage, type PlainMessageKind } from './PlainMessage';

/**
 * Fluent's MessageBar by the props our screens use (`messageBarType`, `role`, `actions`, `onDismiss`,
 * `dismissButtonAriaLabel`, `isMultiline`), drawn by `PlainMessage`: a screen moves off Fluent by changing its import.
 * The text always wraps (what Fluent calls multiline), so nothing is cut off at phone width.
 */
export enum MessageBarType {
  info = 0,
  error = 1,
  blocked = 2,
  severeWarning = 3,
  success = 4,
  warning = 5,
}

const KIND: Record<MessageBarType, PlainMessageKind> = {
  [MessageBarType.info]: 'info',
  [MessageBarType.error]: 'error',
  [MessageBarType.blocked]: 'blocked',
  [MessageBarType.severeWarning]: 'severeWarning',
  [MessageBarType.success]: 'success',
  [MessageBarType.warning]: 'warning',
};

export interface MessageBarProps {
  messageBarType?: MessageBarType;
  role?: string;
  actions?: React.ReactNode;
  onDismiss?: () => void;
  dismissButtonAriaLabel?: string;
  /** Accepted for Fluent's sake: the text always wraps. */
  isMultiline?: boolean;
  className?: string;
}

export const MessageBar: React.FC<MessageBarProps> = ({ messageBarType = MessageBarType.info, role, actions, onDismiss, dismissButtonAriaLabel, className, children }) => (
  <PlainMessage kind={KIND[messageBarType]} role={role} actions={actions} onDismiss={onDismiss} dismissButtonAriaLabel={dismissButtonAriaLabel} className={className}>
    {children}
  </PlainMessage>
);

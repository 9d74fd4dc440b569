import * as React from 'react';
import { MessageBar, MessageBarType } from '../plain/MessageBar';
import { Text } from '../plain/Text';
import { semanticColors } from '../plain/theme';

/** A field message for controls without their own (checkboxes, groups): give the control aria-describedby={id}. */
export const FieldMessage: React.FC<{ id: string; message?: string }> = ({ id, message }) =>
  message ? (
    <Text id={id} block role="alert" styles={{ root: { color: semanticColors.errorText, fontSize: 12, marginTop: 4 } }}>
      {message}
    </Text>
  ) : null;

/** A form section with a heading (h3) and its fields. */
export const Section: React.FC<{ title: string; children: React.ReactNode; description?: string }> = ({ title, children, description }) => (
  <section style={{ marginTop: 20 }} aria-label={title}>
    <Text as="h3" variant="large" block styles={{ root: { margin: '0 0 8px' } }}>
      {title}
    </Text>
    {description && (
      <Text block styles={{ root: { marginBottom: 8 } }}>
        {description}
      </Text>
    )}
    {children}
  </section>
);

/** Every problem at once, above the form, announced when it appears; each is also shown at its field. */
export const ErrorSummary = React.forwardRef<HTMLDivElement, { messages: readonly string[]; what: string }>(({ messages, what }, ref) => (
  <div ref={ref} tabIndex={-1} aria-live="assertive">
    {messages.length > 0 && (
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        <Text block styles={{ root: { fontWeight: 600 } }}>
          The {what} was not saved. Correct {messages.length === 1 ? 'this' : `these ${messages.length} things`}:
        </Text>
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      </MessageBar>
    )}
  </div>
));
ErrorSummary.displayName = 'ErrorSummary';

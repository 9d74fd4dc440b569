import * as React from 'react';
import { Link } from '../plain/Link';
import { PUPIL_LINK_ATTRIBUTE, PupilRecordContext } from './pupilRecordContext';

export interface PupilNameLinkProps {
  readonly pupilId: number;
  /** The name as shown, e.g. 'Quill, Ada'. */
  readonly children: React.ReactNode;
  /** A fuller accessible name when the name alone is ambiguous; it must contain the name as shown (WCAG 2.5.3). */
  readonly label?: string;
}

const STYLE: React.CSSProperties = { minHeight: 24, textAlign: 'left' };

/**
 * A pupil's name that opens their record in place (the nearest PupilRecordHost), with a way back that returns focus
 * here. Outside a host, and inside the record itself, the name is plain text. The record shows what SharePoint lets
 * the signed-in person read (home-school staff: their own pupils only).
 */
export const PupilNameLink: React.FC<PupilNameLinkProps> = ({ pupilId, children, label }) => {
  const host = React.useContext(PupilRecordContext);
  const open = host?.open;
  if (!open) return <>{children}</>;
  return (
    <Link
      {...{ [PUPIL_LINK_ATTRIBUTE]: pupilId }}
      aria-label={label}
      style={STYLE}
      onClick={(e) => {
        e.preventDefault();
        open(pupilId, e.currentTarget as HTMLElement);
      }}
    >
      {children}
    </Link>
  );
};

import * as React from 'react';
import type { Session } from '../../../domain/vocabulary';

/**
 * Opens the register of a date and session in the Attendance web part ("Take the register" on that day), from the
 * views that point at one (the week view, missing marks). Undefined outside the web part: those views then show no link.
 */
export type OpenRegister = (date: string, session: Session) => void;

export const OpenRegisterContext = React.createContext<OpenRegister | undefined>(undefined);

export const useOpenRegister = (): OpenRegister | undefined => React.useContext(OpenRegisterContext);

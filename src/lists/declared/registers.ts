import { SESSIONS } from '../../domain/vocabulary';
import { choice, date, dateTime, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const registersList: ListDefinition = {
  key: 'registers',
  title: 'Pathways Registers',
  url: 'Lists/PwRegisters',
  description: 'Who took each register (date and session) and when.',
  fields: [
    text('PwRegisterKey', 'Register key', { required: true, indexed: true, unique: true }),
    date('PwDate', 'Date', { required: true, indexed: true }),
    choice('PwSession', 'Session', SESSIONS, { required: true }),
    text('PwTakenBy', 'Taken by', { required: true }),
    dateTime('PwTakenAt', 'Taken at', { required: true }),
  ],
  versioning: { enabled: true, majorVersionLimit: 50 },
  security: 'staff-only',
};

/** Fictional people for the SharePoint emulator tests (example domains only). */
export const STAFF = { email: 'morgan.reyes@pathways.example.org', displayName: 'Morgan Reyes', jobTitle: 'Teacher' } as const;
export const OWNER = { email: 'admin@pathways.example.org', displayName: 'Pathways Admin' } as const;
export const OAKFIELD = { email: 'sam.okafor@oakfield.example.sch.uk', displayName: 'Sam Okafor', jobTitle: 'SENCo' } as const;
export const BRIARWOOD = { email: 'lee.hart@briarwood.example.sch.uk', displayName: 'Lee Hart', jobTitle: 'Head of Year 8' } as const;

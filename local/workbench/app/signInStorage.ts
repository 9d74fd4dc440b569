/** Where the workbench remembers who is signed in (localStorage), so a reload keeps the same user. */
export const SIGNED_IN_USER_KEY = 'pathways-hub.workbench.user';

export { generateDemoData, DEFAULT_DEMO_SEED, DEFAULT_DEMO_TODAY } from './generateDemoData';
export { DEMO_SIGN_IN_USERS } from './signInUsers';
export { PRU_STAFF } from './staff';
export { createRng, forkRng, mulberry32 } from './random';
export type * from './types';

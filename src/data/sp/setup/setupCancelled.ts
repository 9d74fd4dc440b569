/** Setup (or a repair) stopped at the person's request, between two writes: what was done is kept. */
export class SetupCancelledError extends Error {
  public constructor() {
    super('Setup was cancelled. What was done so far is kept; run setup again to finish.');
    this.name = 'SetupCancelledError';
  }
}

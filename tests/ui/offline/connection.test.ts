/**
 * Which failures the offline queues keep a save for. A chunk of code that could not be loaded (webpack's
 * ChunkLoadError: a write's or a sender's code loaded at the first save or send) means nothing reached SharePoint.
 */
import { isConnectionFailure, isPassingFailure } from '../../../src/ui/offline/connection';
import { DataError } from '../../../src/data/errors';

const chunkLoadError = (): Error => Object.assign(new Error('Loading chunk data-attendance-write failed.\n(error: https://example.org/chunk.js)'), { name: 'ChunkLoadError', type: 'error' });

it('keeps a save whose code could not be loaded (ChunkLoadError), and one the data layer says did not get through', () => {
  expect(isConnectionFailure(chunkLoadError())).toBe(true);
  expect(isPassingFailure(chunkLoadError())).toBe(true);
  expect(isConnectionFailure(new DataError('network', 'No connection.'))).toBe(true);
  expect(isConnectionFailure(new DataError('unknown-outcome', 'Lost answer.'))).toBe(true);
});

it('does not keep a refusal or any other error', () => {
  expect(isConnectionFailure(new DataError('access-denied', 'No.', 403))).toBe(false);
  expect(isConnectionFailure(new Error('Loading chunk failed'))).toBe(false);
  expect(isConnectionFailure(undefined)).toBe(false);
});

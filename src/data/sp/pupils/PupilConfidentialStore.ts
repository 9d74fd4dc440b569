/**
 * The confidential part of pupils' records (Pathways Pupil Confidential, one item per pupil; see
 * mappers/pupilConfidentialMapper.ts), read and written as every confidential part is (confidential/ConfidentialStore.ts).
 */
import { ConfidentialStore } from '../confidential/ConfidentialStore';
import {
  confidentialKeyOf,
  pupilConfidentialMapper,
  type ConfidentialRecord,
  type PupilConfidential,
} from '../mappers/pupilConfidentialMapper';
import type { SPFI } from '../pnpSetup';

export type PupilConfidentialStore = ConfidentialStore<PupilConfidential, ConfidentialRecord>;

export const pupilConfidentialStore = (sp: SPFI): PupilConfidentialStore =>
  new ConfidentialStore<PupilConfidential, ConfidentialRecord>(sp, {
    mapper: pupilConfidentialMapper,
    ownerOf: (r) => r.pupilId,
    recordOf: (pupilId, part) => ({ ...part, pupilId, pupilKey: confidentialKeyOf(pupilId) }),
    words: { all: 'load the pupils’ confidential details', one: 'load the pupil’s confidential details', save: 'save the pupil’s confidential details' },
  });

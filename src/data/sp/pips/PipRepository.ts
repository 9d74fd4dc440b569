/**
 * Phased Integration Plans and their six-weekly reviews, each in the pupil's folder of 'Pathways PIPs' and
 * 'Pathways PIP Reviews' (security 'pupil-folder': the home school reads its own pupils' plans while the sharing
 * setting for them is on). One Pip is stored in two lists: the PIP item and its confidential part (risk assessment,
 * further information) in Pathways PIP Confidential, the PRU's only (pipConfidentialMapper.ts). Reads join them; a
 * home school reads no confidential part, so its copy has none. Writes save the PIP item first (guarded by its ETag,
 * the PIP's lock), then the confidential part.
 *
 * Every write runs the rules with the settings first (checkPip / checkPipReview) and writes nothing when one
 * fails; a PIP becomes active only with the parent/carer's whole written agreement (pipActivationIssues). SharePoint has no transactions: recordReview adds the review, then saves the PIP with its ETag, and
 * removes the review again if the PIP could not be saved.
 */
import { checkPip, checkPipReview, londonToday, overlappingPipIssue, pipActivationIssues, type Pip, type PipReview } from '../../../domain';
import { ConcurrencyError, DataError } from '../../errors';
import type { IPipRepository, RecordedPipReview, Saved } from '../../ports';
import { addToPupilFolderOnce } from '../exactlyOnce';
import { toDataError } from '../spErrors';
import { pipConfidentialOf } from './pipConfidentialMapper';
import { pipMapper } from './pipMapper';
import { pipReviewMapper } from './pipReviewMapper';
import { pipReviewWriter, pipWriter } from './pipWriters';
import { writerOf } from '../recordWriter';
import { PipValidationError } from './PipValidationError';
import { SpPipReads } from './PipReads';

export type { PipSettingsSource } from './PipReads';

/** The whole repository (`data-pips-write`, loaded at the first write): the reads (PipReads.ts) and the writes. */
export class SpPipRepository extends SpPipReads implements IPipRepository {
  public async create(pip: Pip, pupilRef: string): Promise<Saved<Pip>> {
    const valid = await this.checked(pip, undefined);
    const saved = await addToPupilFolderOnce(this.sp, this.siteUrl, pipMapper, pupilRef, pipWriter.toValues(valid), { what: 'save the PIP', thing: 'The PIP' });
    await this.saveConfidential(saved.id, valid);
    return { ...saved, ...pipConfidentialOf(valid) };
  }

  public async update(id: number, etag: string, pip: Pip): Promise<Saved<Pip>> {
    const valid = await this.checked({ ...pip, id }, await this.get(id));
    await this.write(id, etag, valid);
    await this.saveConfidential(id, valid);
    return this.get(id);
  }

  /** Saves the confidential part once the PIP item is saved; a failure says what is saved and what is not. */
  private async saveConfidential(id: number, pip: Pip): Promise<void> {
    try {
      await this.confidential.save(id, { ...pipConfidentialOf(pip), pupilId: pip.pupilId }, writerOf);
    } catch (e) {
      const err = toDataError(e, 'save the PIP’s risk assessment');
      throw new DataError(
        err.kind,
        `The PIP is saved, but its risk assessment and further information were not (${err.message}). Open the PIP and save it again: nothing else is lost.`,
        err.status,
      );
    }
  }

  public async addReview(review: PipReview, pupilRef: string): Promise<Saved<PipReview>> {
    return addToPupilFolderOnce(this.sp, this.siteUrl, pipReviewMapper, pupilRef, pipReviewWriter.toValues(review), { what: 'save the PIP review', thing: 'The PIP review' });
  }

  public async recordReview(review: PipReview, pupilRef: string, pipEtag: string): Promise<RecordedPipReview> {
    const pip = await this.get(review.pipId);
    if (pip.etag !== pipEtag && pipEtag !== '*') throw new ConcurrencyError(pipMapper.list.title, pip.id);
    const check = checkPipReview(review, pip, await this.settings(), londonToday(this.now()));
    if (!check.review || !check.pip) throw new PipValidationError('review', check.issues);
    const saved = await this.addReview(check.review, pupilRef);
    try {
      await this.write(pip.id, pip.etag, { ...check.pip, id: pip.id });
    } catch (e) {
      await this.removeReview(saved.id);
      throw e;
    }
    return { review: saved, pip: await this.get(pip.id) };
  }

  /** The rules with the settings, the written agreement when the PIP becomes active (`before`: as stored), no overlap. */
  private async checked(pip: Pip, before: Pip | undefined): Promise<Pip> {
    const check = checkPip(pip, await this.settings());
    if (!check.pip) throw new PipValidationError('PIP', check.issues);
    const activation = pipActivationIssues(check.pip, before, londonToday(this.now()));
    if (activation.length > 0) throw new PipValidationError('PIP', activation);
    if (check.pip.status !== 'Draft') {
      const overlap = overlappingPipIssue(check.pip, (await this.forPupil(check.pip.pupilId)).items);
      if (overlap) throw new PipValidationError('PIP', [overlap]);
    }
    return check.pip;
  }

  private async write(id: number, etag: string, pip: Pip): Promise<void> {
    try {
      await this.sp.web.lists.getByTitle(pipMapper.list.title).items.getById(id).update(pipWriter.toPayload(pip), etag);
    } catch (e) {
      const err = toDataError(e, 'save the PIP');
      if (err.kind === 'conflict') throw new ConcurrencyError(pipMapper.list.title, id);
      throw err;
    }
  }

  private async removeReview(id: number): Promise<void> {
    try {
      await this.sp.web.lists.getByTitle(pipReviewMapper.list.title).items.getById(id).delete();
    } catch (e) {
      throw new DataError(
        'unknown',
        `The review was saved but the PIP was not updated, and the review could not be removed (${toDataError(e, 'remove the review').message}). ` +
          'Delete the review and record it again.',
      );
    }
  }
}

import { onDemand } from '../../../ui/onDemand';

/**
 * SEND support's forms for PRU staff, loaded after the plans are shown (one chunk: Fluent's text fields and dropdowns
 * stay off the first screen).
 */
export const StartCycleForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'send-forms' */ './StartCycleForm').then((m) => m.StartCycleForm));
export const AddTargetForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'send-forms' */ './AddTargetForm').then((m) => m.AddTargetForm));
export const AddProvisionForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'send-forms' */ './AddProvisionForm').then((m) => m.AddProvisionForm));
export const ReviewForm = onDemand('Loading the form…', () => import(/* webpackChunkName: 'send-forms' */ './ReviewForm').then((m) => m.ReviewForm));

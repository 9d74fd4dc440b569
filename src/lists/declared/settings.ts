import { note, text } from '../fieldBuilders';
import type { ListDefinition } from '../types';

export const settingsList: ListDefinition = {
  key: 'settings',
  title: 'Pathways Settings',
  url: 'Lists/PwSettings',
  description: 'Service settings: register times, thresholds, term dates, closures, statutory periods.',
  titleField: { displayName: 'Setting', required: true },
  fields: [text('PwKey', 'Key', { required: true, indexed: true, unique: true }), note('PwValue', 'Value (JSON)')],
  versioning: { enabled: true, majorVersionLimit: 100 },
  security: 'shared-read',
};

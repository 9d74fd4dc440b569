import * as path from 'node:path';
import { LISTS } from '../../src/lists';
import { buildProvisioningTemplate } from './buildTemplate';

export const GENERATOR = 'Pathways Hub tools/generateProvisioning.ts';
/** The committed template, relative to the repository root. */
export const TEMPLATE_RELATIVE_PATH = 'sharepoint/provisioning/pathways-hub.xml';
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** The template as the code in src/lists declares it today. */
export function generatePathwaysTemplate(): string {
  return buildProvisioningTemplate(LISTS, { generator: GENERATOR });
}

/** Compare texts regardless of a checkout's line endings. */
export const normaliseNewlines = (text: string): string => text.replace(/\r\n/g, '\n');

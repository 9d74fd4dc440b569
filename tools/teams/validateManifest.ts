/**
 * Validates a Teams app manifest against Microsoft's JSON schema for its version (the schemas shipped in
 * @microsoft/app-manifest, draft-04, checked with ajv), plus what a store submission asks beyond the schema: the
 * developer's website, privacy and terms URLs are https addresses.
 */
import { readFileSync } from 'fs';
import Ajv from 'ajv';
import draft04 from 'ajv/lib/refs/json-schema-draft-04.json';
import { TEAMS_SCHEMA_FILE } from './appManifest';

export async function validateTeamsManifest(manifest: Record<string, unknown>, schemaFile: string = TEAMS_SCHEMA_FILE): Promise<string[]> {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, schemaId: 'auto', unknownFormats: 'ignore' });
  ajv.addMetaSchema(draft04);
  const validate = ajv.compile(schema);
  const problems = validate(manifest) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath || '(manifest)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  const developer = (manifest.developer ?? {}) as Record<string, unknown>;
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    const url = developer[key];
    if (typeof url !== 'string' || !/^https:\/\/[^\s/]+\.[^\s/]+/.test(url)) problems.push(`developer.${key} must be an https address (it is ${JSON.stringify(url ?? '')}).`);
  }
  return Promise.resolve(problems);
}

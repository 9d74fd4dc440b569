import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const SCHEMA_FILE_NAME = 'ProvisioningSchema-2022-09.xsd';
export const XMLLINT_INSTALL_HINT =
  'xmllint is not installed. Install it with: apt-get install -y libxml2-utils ' +
  '(macOS: it ships with the OS; Windows: use WSL, or choco install xsltproc).';

/** The official PnP schema: $PNP_SCHEMA_XSD, else ../shared/schemas/<file> beside the repository. */
export function resolveSchemaPath(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const override = env.PNP_SCHEMA_XSD;
  return override ? path.resolve(override) : path.resolve(repoRoot, '..', 'shared', 'schemas', SCHEMA_FILE_NAME);
}

export function hasXmllint(): boolean {
  const result = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return !result.error && result.status === 0;
}

export interface SchemaValidation {
  readonly valid: boolean;
  /** xmllint's own report (stderr), for the person reading CI output. */
  readonly report: string;
}

/** Validates XML text against an XSD with `xmllint --noout --schema`. Throws if xmllint cannot run. */
export function validateAgainstSchema(xml: string, xsdPath: string, label = 'template'): SchemaValidation {
  const result = spawnSync('xmllint', ['--noout', '--schema', xsdPath, '-'], {
    input: xml,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) throw new Error(`${XMLLINT_INSTALL_HINT} (${result.error.message})`);
  const report = `${result.stderr}`.replace(/^-(?=:| validates| fails)/gm, label).trim();
  return { valid: result.status === 0, report };
}

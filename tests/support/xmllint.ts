/**
 * Validates XML against an XSD with xmllint (libxml2), as CI does: `xmllint --noout --schema <xsd> <file>`.
 * CI installs it; here it is /usr/bin/xmllint.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

export const CTF_XSD = resolve(__dirname, '../../src/data/import/ctf/ctf25.xsd');

export interface SchemaCheck {
  readonly valid: boolean;
  /** xmllint's messages (the file is named file.xml in them). */
  readonly messages: string;
}

export function validateXml(xml: string, xsd: string = CTF_XSD): SchemaCheck {
  const dir = mkdtempSync(join(tmpdir(), 'xsd-'));
  const file = join(dir, 'file.xml');
  try {
    writeFileSync(file, xml, 'utf8');
    try {
      execFileSync('xmllint', ['--noout', '--schema', xsd, file], { stdio: ['ignore', 'pipe', 'pipe'] });
      return { valid: true, messages: '' };
    } catch (e) {
      const err = e as { status?: number; stderr?: Buffer };
      // xmllint exits 3 (or 4) for a file that does not validate; anything else is the tool failing.
      if (err.status === 3 || err.status === 4) return { valid: false, messages: String(err.stderr ?? '') };
      throw new Error(`xmllint could not run (exit ${err.status ?? '?'}): ${String(err.stderr ?? e)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

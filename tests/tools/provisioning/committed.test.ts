import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeLineDifferences } from '../../../tools/provisioning/lineDiff';
import {
  generatePathwaysTemplate,
  normaliseNewlines,
  REPO_ROOT,
  TEMPLATE_RELATIVE_PATH,
} from '../../../tools/provisioning/pathwaysTemplate';
import { hasXmllint, resolveSchemaPath, validateAgainstSchema } from '../../../tools/provisioning/xmllint';

const committedPath = path.join(REPO_ROOT, TEMPLATE_RELATIVE_PATH);
const xsd = resolveSchemaPath(REPO_ROOT);
const xmllintAvailable = hasXmllint();

describe('committed provisioning template', () => {
  it('equals a fresh generation from src/lists (else run: npx tsx tools/generateProvisioning.ts)', () => {
    expect(fs.existsSync(committedPath)).toBe(true);
    const committed = normaliseNewlines(fs.readFileSync(committedPath, 'utf8'));
    const generated = generatePathwaysTemplate();
    if (committed !== generated) {
      throw new Error(
        `${TEMPLATE_RELATIVE_PATH} is out of date with src/lists:\n${describeLineDifferences(committed, generated)}\n` +
          'Run: npx tsx tools/generateProvisioning.ts',
      );
    }
  });
});

describe('schema location', () => {
  it('defaults to ../shared/schemas beside the repository, and honours PNP_SCHEMA_XSD', () => {
    expect(resolveSchemaPath('/repo/main', {})).toBe(path.resolve('/repo/shared/schemas/ProvisioningSchema-2022-09.xsd'));
    expect(resolveSchemaPath('/repo/main', { PNP_SCHEMA_XSD: '/elsewhere/pnp.xsd' })).toBe(path.resolve('/elsewhere/pnp.xsd'));
  });
});

describe('xmllint', () => {
  (process.env.CI ? it : it.skip)('is installed on CI (apt-get install -y libxml2-utils)', () => {
    expect(xmllintAvailable).toBe(true);
  });
});

const describeSchema = xmllintAvailable ? describe : describe.skip;
if (!xmllintAvailable) {
  console.warn(
    'SKIPPED: PnP schema validation, because xmllint is not installed. Install it with: apt-get install -y libxml2-utils',
  );
}

describeSchema('validation against the official PnP schema (xmllint)', () => {
  beforeAll(() => {
    if (!fs.existsSync(xsd)) {
      throw new Error(`PnP schema not found at ${xsd}: set PNP_SCHEMA_XSD to ProvisioningSchema-2022-09.xsd.`);
    }
  });

  it('accepts the committed template', () => {
    const result = validateAgainstSchema(fs.readFileSync(committedPath, 'utf8'), xsd);
    if (!result.valid) throw new Error(result.report);
    expect(result.valid).toBe(true);
  });

  it('rejects a template the schema forbids (the check can fail)', () => {
    const broken = generatePathwaysTemplate().replace('TemplateType="100"', 'TemplateType="generic"');
    const result = validateAgainstSchema(broken, xsd, 'broken');
    expect(result.valid).toBe(false);
    expect(result.report).toMatch(/TemplateType/);
  });
});

describe('describeLineDifferences', () => {
  it('names the differing lines on each side', () => {
    const report = describeLineDifferences('a\nb\nc', 'a\nB\nc\nd');
    expect(report).toContain('- committed line 2: b');
    expect(report).toContain('+ generated line 2: B');
    expect(report).toContain('+ generated line 4: d');
    expect(report).not.toContain('line 1:');
  });
});

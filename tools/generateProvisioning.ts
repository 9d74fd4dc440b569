/**
 * Writes sharepoint/provisioning/pathways-hub.xml from the list schema in src/lists, then validates it
 * against the official PnP schema with xmllint; also writes the permissions table of docs/architecture.md from
 * src/lists/siteSecurity.ts (--check fails when either is stale).
 *
 *   npx tsx tools/generateProvisioning.ts           write the template, then validate it
 *   npx tsx tools/generateProvisioning.ts --check   fail (exit 1) if the committed template differs from the code
 *
 * The XSD is ../shared/schemas/ProvisioningSchema-2022-09.xsd beside the repository, or $PNP_SCHEMA_XSD.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeLineDifferences } from './provisioning/lineDiff';
import { DOC_RELATIVE_PATH, withPermissionTable } from './provisioning/permissionTable';
import {
  generatePathwaysTemplate,
  normaliseNewlines,
  REPO_ROOT,
  TEMPLATE_RELATIVE_PATH,
} from './provisioning/pathwaysTemplate';
import { hasXmllint, resolveSchemaPath, validateAgainstSchema, XMLLINT_INSTALL_HINT } from './provisioning/xmllint';

function fail(message: string): never {
  console.error(`provisioning: ${message}`);
  process.exit(1);
}

function checkCommitted(templatePath: string, generated: string): void {
  if (!fs.existsSync(templatePath)) {
    fail(`${TEMPLATE_RELATIVE_PATH} is missing. Run: npx tsx tools/generateProvisioning.ts, and commit it.`);
  }
  const committed = normaliseNewlines(fs.readFileSync(templatePath, 'utf8'));
  if (committed !== generated) {
    fail(
      `${TEMPLATE_RELATIVE_PATH} does not match the list schema in src/lists.\n` +
        `${describeLineDifferences(committed, generated)}\n` +
        'Regenerate it with "npx tsx tools/generateProvisioning.ts" and commit the result.',
    );
  }
  console.log(`provisioning: ${TEMPLATE_RELATIVE_PATH} matches src/lists.`);
}

/** The permissions table in docs/architecture.md: rewritten from src/lists/siteSecurity.ts, or checked. */
function permissionsDoc(check: boolean): void {
  const docPath = path.join(REPO_ROOT, DOC_RELATIVE_PATH);
  const doc = normaliseNewlines(fs.readFileSync(docPath, 'utf8'));
  const wanted = withPermissionTable(doc);
  if (check) {
    if (doc !== wanted) {
      fail(
        `the permissions table in ${DOC_RELATIVE_PATH} does not match src/lists/siteSecurity.ts.\n` +
          `${describeLineDifferences(doc, wanted)}\nRegenerate it with "npx tsx tools/generateProvisioning.ts".`,
      );
    }
    console.log(`provisioning: the permissions table in ${DOC_RELATIVE_PATH} matches src/lists/siteSecurity.ts.`);
  } else {
    fs.writeFileSync(docPath, wanted, 'utf8');
    console.log(`provisioning: ${doc === wanted ? 'unchanged' : 'wrote'} the permissions table in ${DOC_RELATIVE_PATH}.`);
  }
}

function validate(xml: string): void {
  if (!hasXmllint()) fail(XMLLINT_INSTALL_HINT);
  const xsd = resolveSchemaPath(REPO_ROOT);
  if (!fs.existsSync(xsd)) {
    fail(`PnP schema not found at ${xsd}. Set PNP_SCHEMA_XSD to the path of ProvisioningSchema-2022-09.xsd.`);
  }
  const result = validateAgainstSchema(xml, xsd, TEMPLATE_RELATIVE_PATH);
  if (!result.valid) fail(`the template does not validate against ${xsd}:\n${result.report}`);
  console.log(`provisioning: ${TEMPLATE_RELATIVE_PATH} validates against ${path.basename(xsd)}.`);
}

function main(args: readonly string[]): void {
  const unknown = args.filter((a) => a !== '--check');
  if (unknown.length) fail(`unknown argument(s) ${unknown.join(' ')}. Usage: generateProvisioning.ts [--check]`);
  const templatePath = path.join(REPO_ROOT, TEMPLATE_RELATIVE_PATH);
  const generated = generatePathwaysTemplate();
  if (args.includes('--check')) {
    checkCommitted(templatePath, generated);
    permissionsDoc(true);
  } else {
    fs.mkdirSync(path.dirname(templatePath), { recursive: true });
    const before = fs.existsSync(templatePath) ? normaliseNewlines(fs.readFileSync(templatePath, 'utf8')) : undefined;
    fs.writeFileSync(templatePath, generated, 'utf8');
    console.log(`provisioning: ${before === generated ? 'unchanged' : 'wrote'} ${TEMPLATE_RELATIVE_PATH}.`);
    permissionsDoc(false);
  }
  validate(generated);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

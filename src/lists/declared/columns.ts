/** What several list declarations share: column formatting, the week's session columns, sign-off pairs, the columns moved to the confidential lists. */
import { date, text } from '../fieldBuilders';
import { WEEK_SESSION_FIELDS } from '../weekSessions';
import type { ColumnFormatter, FieldDefinition } from '../types';

type Severity = 'good' | 'warning' | 'blocked';
const SEVERITY_ICONS: Record<Severity, string> = { good: 'CheckMark', warning: 'Warning', blocked: 'ErrorBadge' };

/**
 * JSON column formatting: the value as a coloured pill (sp-field-severity--* classes) with an icon and the text.
 * The text is always shown, so colour is never the only signal; the icon is decorative (aria-hidden).
 * Values not in `levels` are shown as plain neutral text; an empty value shows nothing.
 */
export function severityPill(label: string, levels: Readonly<Record<string, Severity>>): ColumnFormatter {
  const pick = (of: (severity: Severity) => string, otherwise: string): string =>
    '=' +
    Object.entries(levels).reduceRight(
      (rest, [value, severity]) => `if(@currentField == '${value}', '${of(severity)}', ${rest})`,
      `'${otherwise}'`,
    );
  return {
    $schema: 'https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json',
    elmType: 'div',
    attributes: { class: pick((s) => `sp-field-severity--${s}`, ''), title: `='${label}: ' + @currentField` },
    style: {
      display: "=if(@currentField == '', 'none', 'inline-flex')",
      'align-items': 'center',
      'border-radius': '12px',
      padding: '2px 10px',
      margin: '4px 0',
    },
    children: [
      {
        elmType: 'span',
        attributes: { iconName: pick((s) => SEVERITY_ICONS[s], ''), 'aria-hidden': 'true' },
        style: { 'margin-right': '6px' },
      },
      { elmType: 'span', txtContent: '@currentField', style: { 'font-weight': '600' } },
    ],
  };
}


export const sessionColumns: FieldDefinition[] = WEEK_SESSION_FIELDS.map((name) =>
  text(name, `${name.slice(2, 5)} ${name.slice(5).toUpperCase()}`, { maxLength: 3 }),
);

export const signOff = (prefix: string, who: string): FieldDefinition[] => [
  text(`Pw${prefix}SignedBy`, `${who} signed by`),
  date(`Pw${prefix}SignedOn`, `${who} signed on`),
];

/** The pupil's confidential columns: on Pathways Pupil Confidential, which no home school reads (docs/sharing.md). */
export const CONFIDENTIAL_COLUMNS = [
  'PwLac', 'PwCin', 'PwCp', 'PwYos', 'PwMedical', 'PwOtherAgencies', 'PwParentName', 'PwParentAddress', 'PwParentEmail',
  'PwParentPhone', 'PwLacLocalAuthority', 'PwSocialWorkerName', 'PwSocialWorkerPhone', 'PwSocialWorkerEmail',
  'PwAgencyContacts', 'PwParentRelationship', 'PwParentResponsibility', 'PwOtherCarers', 'PwEmergencyContacts',
  'PwHealthCarePlanRef',
] as const;

/** A PIP's risk assessment and further information: on Pathways PIP Confidential, which no home school reads (docs/sharing.md). */
export const PIP_CONFIDENTIAL_COLUMNS = ['PwFurtherInfo', 'PwRiskMedical', 'PwRiskSafeguarding', 'PwRiskHome', 'PwRiskOnsite', 'PwRiskRecommendations'] as const;

/** The groups of the settings page, in order, and which settings each holds (by the first key of the path). */
export const SETTINGS_SECTIONS = [
  { id: 'service', title: 'The service', keys: ['service', 'designatedSafeguardingLead', 'deputySafeguardingLeads', 'letterSignatory'] },
  { id: 'terms', title: 'Term dates', keys: ['terms'] },
  { id: 'closures', title: 'Closures', keys: ['closures'] },
  { id: 'registers', title: 'Registers and the school day', keys: ['sessions', 'schoolDay'] },
  {
    id: 'attendance',
    title: 'Attendance thresholds',
    keys: ['stageBoundaries', 'prizeDrawTicketAbovePercent', 'persistentAbsencePercent', 'severeAbsencePercent', 'penaltyThreshold', 'illnessReturnDays', 'nReplacementSchoolDays', 'notPossibleCodes'],
  },
  { id: 'plans', title: 'PIPs, reviews and meetings', keys: ['pipReviewIntervalWeeks', 'fullTimeHours', 'statutory', 'highNeedsThreshold', 'behaviourLog', 'learningLogEntriesPerHalfTerm'] },
  { id: 'la', title: 'Local authority and Virtual School', keys: ['localAuthorityName', 'virtualSchoolEmail', 'laSendTeamEmail', 'laPartTimeReturn'] },
  { id: 'homeSchools', title: 'What home schools see', keys: ['leaverAccessDays'] },
  { id: 'reports', title: 'Reports to leaders and governors', keys: ['reports'] },
  { id: 'retention', title: 'Retention', keys: ['retention'] },
] as const;

export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number]['id'];

/** The section a field key ('terms.0.halfTerms.1.end') belongs to. */
export function sectionOf(fieldKey: string): (typeof SETTINGS_SECTIONS)[number] | undefined {
  const first = fieldKey.split('.')[0];
  return SETTINGS_SECTIONS.find((s) => (s.keys as readonly string[]).includes(first));
}

export const anchorOf = (id: string): string => `settings-section-${id}`;

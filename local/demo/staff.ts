import type { DemoStaffUser, StaffRole } from './types';

/**
 * The PRU's staff (fictional; e-mails on pathways.example.org). The headteacher/DSL and the two deputy DSLs
 * match DEFAULT_SETTINGS.designatedSafeguardingLead / deputySafeguardingLeads.
 */
export const PRU_DOMAIN = 'pathways.example.org';

const person = (
  givenName: string,
  surname: string,
  jobTitle: string,
  role: StaffRole,
  subjects: string[] = [],
  safeguarding?: 'dsl' | 'deputy-dsl',
): DemoStaffUser => ({
  displayName: `${givenName} ${surname}`,
  givenName,
  surname,
  email: `${givenName}.${surname}@${PRU_DOMAIN}`.toLowerCase(),
  jobTitle,
  role,
  subjects,
  ...(safeguarding ? { safeguarding } : {}),
});

export const PRU_STAFF: readonly DemoStaffUser[] = [
  person('Amara', 'Okafor', 'Headteacher and Designated Safeguarding Lead', 'headteacher', [], 'dsl'),
  person('Leo', 'Brennan', 'Deputy Headteacher and Deputy DSL', 'teacher', ['PSHE'], 'deputy-dsl'),
  person('Priya', 'Sandhu', 'SENCO and Deputy DSL', 'senco', [], 'deputy-dsl'),
  person('Dionne', 'Whitlock', 'Attendance and Welfare Officer', 'attendance-officer'),
  person('Tomasz', 'Wrona', 'Lead Tutor (English)', 'lead-tutor', ['English']),
  person('Efua', 'Mensah-Hart', 'Lead Tutor (Maths)', 'lead-tutor', ['Maths']),
  person('Callum', 'Fairbairn', 'Lead Tutor (Science)', 'lead-tutor', ['Science']),
  person('Yasmin', 'Qadri', 'Lead Tutor (Primary)', 'lead-tutor', ['Literacy', 'Numeracy', 'Topic']),
  person('Owain', 'Pryce', 'Teacher (Art and Outdoor Learning)', 'teacher', ['Art', 'Outdoor learning']),
  person('Marcia', 'Lindqvist', 'Office Manager', 'admin'),
];

export function staffWithRole(role: StaffRole): DemoStaffUser[] {
  return PRU_STAFF.filter((s) => s.role === role);
}

export function firstStaffWithRole(role: StaffRole): DemoStaffUser {
  const found = PRU_STAFF.find((s) => s.role === role);
  if (!found) throw new Error(`Demo data: no member of staff with role ${role}`);
  return found;
}

/** The member of staff who teaches `subject`. */
export function teacherOf(subject: string): DemoStaffUser {
  const found = PRU_STAFF.find((s) => s.subjects.indexOf(subject) >= 0);
  if (!found) throw new Error(`Demo data: nobody teaches ${subject}`);
  return found;
}

export const HEADTEACHER = firstStaffWithRole('headteacher');
export const SENCO = firstStaffWithRole('senco');
export const ATTENDANCE_OFFICER = firstStaffWithRole('attendance-officer');
/** Lead tutors for secondary pupils (the primary lead tutor is kept for Y3–6). */
export const SECONDARY_LEAD_TUTORS: readonly DemoStaffUser[] = staffWithRole('lead-tutor').filter((s) => s.subjects.indexOf('Literacy') < 0);
export const PRIMARY_LEAD_TUTOR: DemoStaffUser = teacherOf('Literacy');

import { buildSchoolContacts, buildSchools } from './schools';
import { ATTENDANCE_OFFICER, HEADTEACHER, SECONDARY_LEAD_TUTORS, SENCO } from './staff';
import type { DemoSignInUser, DemoStaffUser } from './types';

const pru = (s: DemoStaffUser): DemoSignInUser => ({
  displayName: s.displayName,
  email: s.email,
  jobTitle: s.jobTitle,
  kind: 'pru-staff',
  role: s.role,
});

/**
 * The people in the workbench's "signed in as" switcher: the PRU roles (headteacher/DSL, SENCO, attendance
 * officer, a lead tutor) and one named member of staff (the first listed, the SENCO) of each home school.
 */
function buildSignInUsers(): DemoSignInUser[] {
  const users: DemoSignInUser[] = [HEADTEACHER, SENCO, ATTENDANCE_OFFICER, SECONDARY_LEAD_TUTORS[0]].map(pru);
  const seen: Record<string, true> = {};
  const schools = buildSchools();
  for (const c of buildSchoolContacts()) {
    if (seen[c.schoolUrn]) continue;
    seen[c.schoolUrn] = true;
    users.push({
      displayName: c.contact.fullName,
      email: c.contact.email,
      jobTitle: `${c.contact.role}, ${schools.find((s) => s.urn === c.schoolUrn)?.school.name ?? 'home school'}`,
      kind: 'home-school',
      schoolUrn: c.schoolUrn,
    });
  }
  return users;
}

export const DEMO_SIGN_IN_USERS: readonly DemoSignInUser[] = buildSignInUsers();

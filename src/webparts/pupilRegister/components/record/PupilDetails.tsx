import * as React from 'react';
import { formatUkDate, NEED_LABELS, PUPIL_FLAGS, provisionLabel, type Pupil, type SchoolContact } from '../../../../domain';
import type { Saved } from '../../../../data/ports';
import { leadTutorName } from '../../../../domain/pupils/leadTutor';
import { usePeopleNames } from '../../../../ui/usePeopleNames';
import { DetailList, type DetailRow } from './DetailList';

const date = (d: string | undefined): string | undefined => (d === undefined ? undefined : formatUkDate(d));
const yesNo = (b: boolean | undefined): string => (b ? 'Yes' : 'No');
const join = (...parts: (string | undefined)[]): string => parts.filter((p) => p !== undefined && p !== '').join(' · ');

/** Everything on the pupil's record, read-only, in the order of the enrolment form. */
export const PupilDetails: React.FC<{
  pupil: Saved<Pupil>;
  schoolName: (id: number) => string;
  contacts: readonly Saved<SchoolContact>[];
}> = ({ pupil: p, schoolName, contacts }) => {
  // The tutor's name read with the pupil (the person column); asked by address only where it was not.
  const readName = leadTutorName(p);
  const nameOf = usePeopleNames(readName === undefined ? [p.leadTutorEmail] : []);
  const named = p.namedContactIds.map((id) => {
    const c = contacts.find((x) => x.id === id);
    return c ? `${c.fullName} (${c.role}, ${c.email})` : 'A member of staff you cannot see';
  });
  const groups: [string, DetailRow[]][] = [
    [
      'The pupil',
      [
        ['Pupil reference', p.pupilRef],
        ['UPN', p.upn],
        ['Legal name', `${p.firstName} ${p.lastName}`],
        ['Preferred name', p.preferredName],
        ['Date of birth', date(p.dateOfBirth)],
        ['Year group', p.yearGroup === 'R' ? 'Reception' : `Year ${p.yearGroup}`],
      ],
    ],
    [
      'Placement',
      [
        ['Enrolment date', date(p.enrolmentDate)],
        ['Placement start', date(p.placementStart)],
        ['Registration', p.registration],
        ['Home school', p.homeSchoolId === undefined ? 'None' : schoolName(p.homeSchoolId)],
        ['Named home-school staff', named.join('\n') || 'None'],
        ['Lead tutor', readName ?? nameOf(p.leadTutorEmail)],
        ['Last placement review', date(p.lastPlacementReview)],
      ],
    ],
    [
      'Support and SEN',
      [
        ['Support tier', p.supportTier],
        ['SEN provision', provisionLabel(p)],
        ['Primary need', p.primaryNeed && `${p.primaryNeed} – ${NEED_LABELS[p.primaryNeed]}`],
        ['Secondary need', p.secondaryNeed && `${p.secondaryNeed} – ${NEED_LABELS[p.secondaryNeed]}`],
        ['EHC plan last reviewed', date(p.ehcpLastReview)],
      ],
    ],
    [
      'Flags, social care and health',
      [
        ['Flags', PUPIL_FLAGS.filter(([k]) => p[k]).map(([, l]) => l).join(', ') || 'None'],
        ...(p.lac ? ([['Looked after by', p.lacLocalAuthority]] as DetailRow[]) : []),
        ['Social worker', join(p.socialWorkerName, p.socialWorkerPhone, p.socialWorkerEmail)],
        ['Individual healthcare plan', p.healthCarePlanRef],
      ],
    ],
    [
      'Main parent or carer',
      [
        ['Name', join(p.parentName, p.parentRelationship)],
        ['Parental responsibility', p.parentName === undefined ? undefined : yesNo(p.parentHasResponsibility)],
        ['Address', p.parentAddress],
        ['E-mail', p.parentEmail],
        ['Phone', p.parentPhone],
      ],
    ],
    [
      'Other parents and carers',
      (p.otherCarers ?? []).length === 0
        ? [['Other parents and carers', 'None recorded']]
        : (p.otherCarers ?? []).map((c, i) => [
            `${i + 1}. ${c.name}`,
            join(c.relationship, c.parentalResponsibility ? 'has parental responsibility' : 'no parental responsibility', c.phone, c.email, c.address),
          ]),
    ],
    [
      'Emergency contacts',
      (p.emergencyContacts ?? []).length === 0
        ? [['Emergency contacts', 'None recorded']]
        : (p.emergencyContacts ?? []).map((c, i) => [`${i + 1}. ${c.name}`, join(c.relationship, c.phone, c.otherPhone)]),
    ],
    [
      'Other agencies',
      [
        ['Summary', p.otherAgencies],
        ...(p.agencyContacts ?? []).map((a): DetailRow => [a.agency, join(a.worker, a.role, a.phone, a.email)]),
      ],
    ],
    [
      'Referral and commissioning',
      [
        ['Referral route', p.referralRoute],
        ['Referral date', date(p.referralDate)],
        ['Commissioning document', p.commissioningRef],
        ['Commissioning details', p.commissioningNotes],
      ],
    ],
  ];
  if (p.leavingDate !== undefined)
    groups.push(['Leaving', [['Last day on roll', date(p.leavingDate)], ['Destination', join(p.leavingDestination, p.leavingDestinationDetail)]]]);
  return (
    <div className="pw-details">
      {groups.map(([title, rows]) => (
        <DetailList key={title} title={title} rows={rows} />
      ))}
    </div>
  );
};

import { schoolSchema } from '../../src/domain/schools/school';
import { schoolContactSchema } from '../../src/domain/schools/schoolContact';
import type { SchoolContactRole, SchoolPhase } from '../../src/domain/vocabulary';
import type { DemoSchool, DemoSchoolContact } from './types';
import { PLACEHOLDER_ID, parseOrThrow, withoutKeys } from './validate';

/**
 * Five fictional home schools in a fictional local authority. URNs are 6 digits starting with 9 (not real
 * URNs); phones are in Ofcom's drama range 01632 960000–960999; e-mails on <slug>.example.sch.uk.
 * Fixed data (not seeded), so the sign-in switcher can list the same people every run.
 */
export const DEMO_LOCAL_AUTHORITY = 'Marlvale City Council';

interface SchoolSeed {
  urn: string;
  slug: string;
  name: string;
  phase: SchoolPhase;
  address: string;
  phone: string;
  contacts: { fullName: string; role: SchoolContactRole; local: string; phone: string }[];
}

const SCHOOL_SEEDS: readonly SchoolSeed[] = [
  {
    urn: '914203',
    slug: 'larkhillmeadow',
    name: 'Larkhill Meadow Primary School',
    phase: 'Primary',
    address: 'Thistledown Lane, Larkhill, Marlvale, MV4 2QT',
    phone: '01632 960214',
    contacts: [
      { fullName: 'Rosalind Achterberg', role: 'SENCO', local: 'r.achterberg', phone: '01632 960215' },
      { fullName: 'Imogen Tallis', role: 'Designated teacher (LAC)', local: 'i.tallis', phone: '01632 960216' },
    ],
  },
  {
    urn: '927815',
    slug: 'staidans-marlvale',
    name: "St Aidan's Catholic Primary School",
    phase: 'Primary',
    address: 'Ferncroft Road, Eastbrook, Marlvale, MV7 5LD',
    phone: '01632 960381',
    contacts: [
      { fullName: 'Declan Murtagh', role: 'SENCO', local: 'd.murtagh', phone: '01632 960382' },
      { fullName: 'Bernadette Oyelaran', role: 'Designated teacher (LAC)', local: 'b.oyelaran', phone: '01632 960383' },
      { fullName: 'Sinead Halloran', role: 'Attendance lead', local: 's.halloran', phone: '01632 960384' },
    ],
  },
  {
    urn: '936402',
    slug: 'marlvaleacademy',
    name: 'Marlvale Park Academy',
    phase: 'Secondary',
    address: 'Quarrymoor Way, Marlvale, MV2 8HX',
    phone: '01632 960507',
    contacts: [
      { fullName: 'Farah Siddiqui-Lowe', role: 'SENCO', local: 'f.siddiqui-lowe', phone: '01632 960508' },
      { fullName: 'Gareth Penhaligon', role: 'Head of year', local: 'g.penhaligon', phone: '01632 960509' },
      { fullName: 'Maxine Okoro', role: 'Attendance lead', local: 'm.okoro', phone: '01632 960510' },
    ],
  },
  {
    urn: '948117',
    slug: 'castlegatehigh',
    name: 'Castlegate High School',
    phase: 'Secondary',
    address: 'Wyvern Street, Castlegate, Marlvale, MV5 3NB',
    phone: '01632 960642',
    contacts: [
      { fullName: 'Naomi Eberhardt', role: 'SENCO', local: 'n.eberhardt', phone: '01632 960643' },
      { fullName: 'Kwabena Asante', role: 'Designated teacher (LAC)', local: 'k.asante', phone: '01632 960644' },
      { fullName: 'Philippa Drummond', role: 'Head of year', local: 'p.drummond', phone: '01632 960645' },
    ],
  },
  {
    urn: '953690',
    slug: 'hollinbrook',
    name: 'Hollinbrook Community College',
    phase: 'Secondary',
    address: 'Saltmarsh Avenue, Hollin Green, Marlvale, MV9 6RW',
    phone: '01632 960775',
    contacts: [
      { fullName: 'Ravi Chaudhary', role: 'SENCO', local: 'r.chaudhary', phone: '01632 960776' },
      { fullName: 'Tamsin Wetherall', role: 'Attendance lead', local: 't.wetherall', phone: '01632 960777' },
    ],
  },
];

export const schoolDomain = (slug: string): string => `${slug}.example.sch.uk`;

export function buildSchools(): DemoSchool[] {
  return SCHOOL_SEEDS.map((s) => {
    const parsed = parseOrThrow(
      schoolSchema,
      {
        name: s.name,
        urn: s.urn,
        phase: s.phase,
        localAuthority: DEMO_LOCAL_AUTHORITY,
        address: s.address,
        phone: s.phone,
        email: `office@${schoolDomain(s.slug)}`,
        active: true,
      },
      `school ${s.name}`,
    );
    return { urn: s.urn, slug: s.slug, school: withoutKeys(parsed, ['id', 'staffGroupId']) };
  });
}

export function buildSchoolContacts(): DemoSchoolContact[] {
  const out: DemoSchoolContact[] = [];
  for (const s of SCHOOL_SEEDS) {
    for (const c of s.contacts) {
      const parsed = parseOrThrow(
        schoolContactSchema,
        {
          schoolId: PLACEHOLDER_ID,
          fullName: c.fullName,
          role: c.role,
          email: `${c.local}@${schoolDomain(s.slug)}`,
          phone: c.phone,
          notify: true,
        },
        `contact ${c.fullName}`,
      );
      out.push({ schoolUrn: s.urn, contact: withoutKeys(parsed, ['id', 'schoolId']) });
    }
  }
  return out;
}

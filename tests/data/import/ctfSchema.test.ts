/**
 * The CTF 25 schema (src/data/import/ctf/ctf25.xsd) on examples written from the CTF specification: files it must
 * accept (a full CTF, a partial attendance transfer, a destination not known, the home school's fixture) and
 * files it must refuse, each for one stated reason.
 */
import { ctfXml, rollPupils } from '../../support/importFiles';
import { validateXml } from '../../support/xmllint';

const header = (dest = '<LEA>823</LEA><Estab>4102</Estab>', extra = ''): string => `<Header>
  <DocumentName>Common Transfer File</DocumentName>
  <CTFversion>25.0</CTFversion>
  <DateTime>2026-03-13T14:05:00</DateTime>
  <DocumentQualifier>full</DocumentQualifier>${extra}
  <SupplierID>Example MIS</SupplierID>
  <SourceSchool><LEA>823</LEA><Estab>1100</Estab><URN>100001</URN><SchoolName>Example Pupil Referral Unit</SchoolName><AcademicYear>2025</AcademicYear></SourceSchool>
  <DestSchool>${dest}</DestSchool>
</Header>`;

const fullPupil = `<Pupil>
  <UPN>A823110025001</UPN>
  <Surname>Example</Surname>
  <Forename>Robin</Forename>
  <DOB>2012-05-17</DOB>
  <Sex>F</Sex>
  <BasicDetails><PreferredForename>Rob</PreferredForename><NCyearActual>8</NCyearActual><EnrolStatus>S</EnrolStatus></BasicDetails>
  <FSMhistory><FSMinstance><FSMstartDate>2024-09-02</FSMstartDate></FSMinstance></FSMhistory>
  <LookedAfter><InCare>false</InCare></LookedAfter>
  <SENhistory><SEN><StartDate>2025-10-01</StartDate><SENprovision>K</SENprovision>
    <SENneeds><SENneed><SENtypeRank>1</SENtypeRank><SENtype>SEMH</SENtype></SENneed><SENneed><SENtypeRank>2</SENtypeRank><SENtype>SLCN</SENtype></SENneed></SENneeds>
  </SEN></SENhistory>
  <Contacts><Contact>
    <Order>1</Order><Surname>Example</Surname><Forename>Alex</Forename><Relationship>PAR</Relationship><Responsibility>true</Responsibility>
    <Address><AddressLines><AddressLine1>1 Example Row</AddressLine1><AddressLine2>Exampleton</AddressLine2></AddressLines><PostCode>EX1 2AB</PostCode></Address>
    <Phones><Phone><TelephoneType>M</TelephoneType><PhoneNo>07700 900123</PhoneNo></Phone></Phones>
    <Email>alex@example.org</Email>
  </Contact></Contacts>
  <Attendance><YearData>
    <Year>2025</Year><LEA>823</LEA><Estab>1100</Estab><SchoolName>Example Pupil Referral Unit</SchoolName>
    <SessionsPossible>20</SessionsPossible><SessionsAuthorised>2</SessionsAuthorised><SessionsUnauthorised>1</SessionsUnauthorised>
    <AttendSessions><AttendanceStartDate>2026-03-02</AttendanceStartDate><AttendanceMarks>//\\\\/IIO/L#-//\\\\B/K/</AttendanceMarks></AttendSessions>
  </YearData></Attendance>
  <SchoolHistory><School><LEA>823</LEA><Estab>1100</Estab><SchoolName>Example Pupil Referral Unit</SchoolName><EntryDate>2025-09-03</EntryDate><LeavingDate>2026-03-13</LeavingDate></School></SchoolHistory>
</Pupil>`;

const ctf = (pupil = fullPupil, head = header()): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CTfile>${head}<CTFpupilData>${pupil}</CTFpupilData></CTfile>\n`;

describe('The CTF 25 schema accepts files written to the specification', () => {
  it.each([
    ['a full CTF to another school', ctf()],
    ['a CTF whose destination is not known (MMM / MMMM)', ctf(fullPupil, header('<LEA>MMM</LEA><Estab>MMMM</Estab>'))],
    ['a CTF to a school outside the maintained sector (XXX / XXXX)', ctf(fullPupil, header('<LEA>XXX</LEA><Estab>XXXX</Estab>'))],
    [
      'a partial transfer carrying attendance only',
      ctf(
        '<Pupil><UPN>A823110025001</UPN><Surname>Example</Surname><Forename>Robin</Forename><DOB>2012-05-17</DOB><Sex>F</Sex><Attendance><YearData><Year>2025</Year><LEA>823</LEA><Estab>1100</Estab><SessionsPossible>4</SessionsPossible><SessionsAuthorised>0</SessionsAuthorised><SessionsUnauthorised>0</SessionsUnauthorised></YearData></Attendance></Pupil>',
        header(undefined, '\n  <DataDescriptor>Attendance</DataDescriptor>').replace('<DocumentQualifier>full', '<DocumentQualifier>partial'),
      ),
    ],
    ['the fictional home school CTF the import tests read', ctfXml(rollPupils(3))],
  ])('%s', (_what, xml) => {
    const check = validateXml(xml);
    expect(check.messages).toBe('');
    expect(check.valid).toBe(true);
  });
});

describe('The CTF 25 schema refuses files that break the specification', () => {
  it.each([
    ['another CTF version', ctf().replace('<CTFversion>25.0', '<CTFversion>24.0'), 'CTFversion'],
    ['a pupil without a UPN', ctf(fullPupil.replace('<UPN>A823110025001</UPN>', '')), 'Surname'],
    ['a UPN with the letter O', ctf(fullPupil.replace('A823110025001', 'O823110025001')), 'UPN'],
    ['Gender instead of Sex (CTF 25 uses Sex only)', ctf(fullPupil.replace('<Sex>F</Sex>', '<Gender>F</Gender>')), 'Gender'],
    ['Sex before the date of birth (order matters)', ctf(fullPupil.replace('<DOB>2012-05-17</DOB>\n  <Sex>F</Sex>', '<Sex>F</Sex>\n  <DOB>2012-05-17</DOB>')), 'Sex'],
    ['a date of birth written dd/mm/yyyy', ctf(fullPupil.replace('2012-05-17', '17/05/2012')), 'DOB'],
    ['an SEN provision code withdrawn in 2014 (S)', ctf(fullPupil.replace('<SENprovision>K', '<SENprovision>S')), 'SENprovision'],
    ['an SEN type outside the census list', ctf(fullPupil.replace('<SENtype>SLCN', '<SENtype>ADHD')), 'SENtype'],
    ['a destination that is neither digits nor MMM/XXX', ctf(fullPupil, header('<LEA>ABC</LEA><Estab>4102</Estab>')), 'LEA'],
    ['an establishment number of three digits', ctf(fullPupil, header('<LEA>823</LEA><Estab>410</Estab>')), 'Estab'],
    ['a relationship in words rather than its code', ctf(fullPupil.replace('<Relationship>PAR', '<Relationship>Mother')), 'Relationship'],
    ['session marks in lower case', ctf(fullPupil.replace('#-//', '#-/p')), 'AttendanceMarks'],
    ['InCare inside BasicDetails (it belongs to LookedAfter)', ctf(fullPupil.replace('<EnrolStatus>S</EnrolStatus>', '<EnrolStatus>S</EnrolStatus><InCare>false</InCare>')), 'InCare'],
    ['no pupils at all', ctf('').replace('<CTFpupilData></CTFpupilData>', '<CTFpupilData/>'), 'CTFpupilData'],
    ['a file with another root element', '<?xml version="1.0"?><CTF><Header/></CTF>', 'CTF'],
  ])('%s', (_what, xml, element) => {
    const check = validateXml(xml);
    expect(check.valid).toBe(false);
    expect(check.messages).toContain(element);
  });
});

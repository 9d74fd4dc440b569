/** A valid active PIP used by the PIP tests (fictional pupil). */
export const slots = [
  { day: 'Monday', start: '09:30', end: '11:30', location: 'Pathways centre', curriculum: 'English and maths' },
  { day: 'Wednesday', start: '09:30', end: '11:30', location: 'Pathways centre', curriculum: 'Science' },
  { day: 'Friday', start: '13:00', end: '14:30', location: 'Online (supervised)', curriculum: 'PSHE' },
];

export const pip = {
  pupilId: 12,
  status: 'Active',
  startDate: '2026-01-12',
  plannedEndDate: '2026-03-20',
  reasons: ['Extended period of non-attendance'],
  interventions: [
    { intervention: 'Home visits', inPlace: true, completedOn: '2026-01-09' },
    { intervention: 'Lead tutor calls', inPlace: false },
  ],
  targets: ['Attend every timetabled session for 3 weeks', 'Complete one maths task each session'],
  timetables: [{ effectiveFrom: '2026-01-12', slots }],
  exitStrategy: 'Add one session each fortnight',
  serviceSignOff: { name: 'Leo Brennan', date: '2026-01-09' },
  parentSignOff: { name: 'Grace Okafor', date: '2026-01-09' },
  communication: { method: 'Phone', date: '2026-01-09', staff: 'Leo Brennan' },
};

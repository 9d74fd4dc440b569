import * as React from 'react';
import {
  agreementText,
  formatUkDate,
  NEED_LABELS,
  PIP_INTERVENTIONS,
  PIP_REASONS,
  SEN_PROVISION_LABELS,
  weeklyHours,
  type Pip,
  type PipReview,
  type Pupil,
  type SignOff,
  type TimetableSlot,
} from '../../../../domain';
import type { Saved } from '../../../../data/ports';

const d = (v: string | undefined): string => (v ? formatUkDate(v) : '');
const yesNo = (b: boolean | undefined): string => (b ? 'Yes' : 'No');
const tick = (b: boolean): string => (b ? '☒' : '☐');

const Signature: React.FC<{ who: string; s?: SignOff }> = ({ who, s }) => (
  <tr>
    <th scope="row">{who}</th>
    <td className="pw-signature">{s?.name ?? ''}</td>
    <td>{d(s?.date)}</td>
  </tr>
);

const SlotTable: React.FC<{ slots: readonly TimetableSlot[]; caption: string }> = ({ slots, caption }) => (
  <table>
    <caption style={{ textAlign: 'left', fontWeight: 600 }}>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Day</th>
        <th scope="col">Time</th>
        <th scope="col">Location</th>
        <th scope="col">Curriculum accessed</th>
      </tr>
    </thead>
    <tbody>
      {slots.length === 0 ? (
        <tr>
          <td colSpan={4}>No sessions</td>
        </tr>
      ) : (
        slots.map((s, i) => (
          <tr key={i}>
            <td>{s.day}</td>
            <td>
              {s.start}–{s.end}
            </td>
            <td>{s.location}</td>
            <td>{s.curriculum}</td>
          </tr>
        ))
      )}
    </tbody>
  </table>
);

/** What a home school's copy prints where the PRU keeps the detail to itself (docs/sharing.md: never shared, whatever the settings). */
const NOT_SHARED = 'Kept by the PRU: not shared with home schools';

/**
 * A PIP laid out as the Appendix 1 paperwork: student details, reasons, risk assessment, interventions, targets, timetable, agreement, communication.
 * `confidential` is whether the reader is PRU staff: a home school never receives the pupil's safeguarding flags, the PIP's risk assessment or its
 * further information, so its copy says so rather than printing blanks or a "No" it was never told.
 */
export const PipPrintout: React.FC<{ pip: Saved<Pip>; pupil: Pupil; confidential: boolean }> = ({ pip, pupil, confidential }) => {
  const timetable = pip.timetables[pip.timetables.length - 1];
  return (
    <div>
      <h4>
        Phased Integration Plan: {pupil.firstName} {pupil.lastName} ({pip.status}, {formatUkDate(pip.startDate)} to {formatUkDate(pip.plannedEndDate)})
      </h4>
      <section aria-label="Student details">
        <table>
          <tbody>
            <tr>
              <th scope="row">Name</th>
              <td>
                {pupil.firstName} {pupil.lastName}
              </td>
              <th scope="row">Year group</th>
              <td>{pupil.yearGroup}</td>
            </tr>
            <tr>
              <th scope="row">SEN</th>
              <td>
                {SEN_PROVISION_LABELS[pupil.senProvision]}
                {pupil.primaryNeed ? ` (${NEED_LABELS[pupil.primaryNeed]})` : ''}
              </td>
              <th scope="row">FSM / PP</th>
              <td>
                {yesNo(pupil.fsm)} / {yesNo(pupil.pp)}
              </td>
            </tr>
            <tr>
              <th scope="row">LAC / CIN / CP / YOS</th>
              <td colSpan={3}>{confidential ? `${yesNo(pupil.lac)} / ${yesNo(pupil.cin)} / ${yesNo(pupil.cp)} / ${yesNo(pupil.yos)}` : NOT_SHARED}</td>
            </tr>
            <tr>
              <th scope="row">Other agencies</th>
              <td colSpan={3}>{confidential ? (pupil.otherAgencies ?? 'None recorded') : NOT_SHARED}</td>
            </tr>
            <tr>
              <th scope="row">Been on a PIP before</th>
              <td>{yesNo(pip.beenOnPipBefore)}</td>
              <th scope="row">Attendance at start</th>
              <td>{pip.attendanceAtStart === undefined ? '' : `${pip.attendanceAtStart}%`}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <section aria-label="Reason for the PIP">
        <h4>Reason for the PIP</h4>
        <ul style={{ listStyle: 'none', paddingLeft: 0 }}>
          {PIP_REASONS.map((r) => (
            <li key={r}>
              {tick(pip.reasons.includes(r))} {r}
            </li>
          ))}
        </ul>
        <p>Further information: {confidential ? (pip.furtherInfo ?? '') : NOT_SHARED}</p>
      </section>
      <section aria-label="Risk assessment">
        <h4>Risk assessment</h4>
        {confidential ? (
          <table>
            <tbody>
              {(
                [
                  ['Medical', pip.riskMedical],
                  ['Safeguarding', pip.riskSafeguarding],
                  ['Home', pip.riskHome],
                  ['On site', pip.riskOnsite],
                  ['Recommendations', pip.riskRecommendations],
                ] as const
              ).map(([k, v]) => (
                <tr key={k}>
                  <th scope="row">{k}</th>
                  <td style={{ whiteSpace: 'pre-wrap' }}>{v ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{NOT_SHARED}.</p>
        )}
      </section>
      <section aria-label="Interventions">
        <h4>Interventions</h4>
        <table>
          <thead>
            <tr>
              <th scope="col">Intervention</th>
              <th scope="col">In place</th>
              <th scope="col">Date completed</th>
            </tr>
          </thead>
          <tbody>
            {PIP_INTERVENTIONS.map((name) => {
              const i = pip.interventions.find((x) => x.intervention === name);
              return (
                <tr key={name}>
                  <td>{name}</td>
                  <td>{i ? yesNo(i.inPlace) : 'No'}</td>
                  <td>{d(i?.completedOn)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-label="Student targets">
        <h4>Student targets</h4>
        <ol>
          {pip.targets.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ol>
      </section>
      <section aria-label="Individual timetable">
        <h4>Individual timetable{timetable ? ` from ${formatUkDate(timetable.effectiveFrom)} (${weeklyHours(timetable.slots)} hours a week)` : ''}</h4>
        <SlotTable slots={timetable?.slots ?? []} caption="Time, location and curriculum accessed" />
        <p>Exit strategy: {pip.exitStrategy ?? ''}</p>
      </section>
      <section aria-label="Agreement">
        <h4>Agreement</h4>
        <p>
          The parent/carer agrees to ensure the pupil attends every timetabled session and is responsible for the pupil’s safeguarding outside the timetabled
          sessions. The service agrees to review the plan at least every six weeks and to increase the hours as soon as the pupil is able.
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">Signed by</th>
              <th scope="col">Name</th>
              <th scope="col">Date</th>
            </tr>
          </thead>
          <tbody>
            <Signature who="For the service" s={pip.serviceSignOff} />
            <Signature who="Parent/carer" s={pip.parentSignOff} />
            <Signature who="Student" s={pip.studentSignOff} />
          </tbody>
        </table>
        <p>
          <strong>Parent/carer written agreement: </strong>
          {agreementText(pip.parentSignOff)}
        </p>
      </section>
      <section aria-label="Communication">
        <h4>Has this timetable been communicated to the parent/carer?</h4>
        <p>
          {pip.communication
            ? `Yes: ${pip.communication.method} on ${formatUkDate(pip.communication.date)} by ${pip.communication.staff}`
            : 'No (not recorded)'}
        </p>
      </section>
    </div>
  );
};

/** A PIP review laid out as the Appendix 4 form: outcomes with narrative, timetable, meeting notes, signatures. */
export const PipReviewPrintout: React.FC<{ review: Saved<PipReview>; pupil: Pupil }> = ({ review, pupil }) => (
  <div>
    <h4>
      PIP review: {pupil.firstName} {pupil.lastName}, Year {pupil.yearGroup}, {formatUkDate(review.reviewDate)}
    </h4>
    <section aria-label="Outcomes">
      <table>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Outcome</th>
            <th scope="col">Narrative</th>
          </tr>
        </thead>
        <tbody>
          {review.targetOutcomes.map((t, i) => (
            <tr key={i}>
              <td>{t.target}</td>
              <td>{t.outcome}</td>
              <td style={{ whiteSpace: 'pre-wrap' }}>{t.narrative ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
    <section aria-label="Timetable">
      <p>
        Decision: {review.decision}
        {review.newEndDate ? ` (new end date ${formatUkDate(review.newEndDate)})` : ''} · Week commencing: {d(review.weekCommencing)} · Method of contact:{' '}
        {review.contactMethod ?? ''} · Total hours: {weeklyHours(review.timetable.slots)}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">AM</th>
            <th scope="col">PM</th>
          </tr>
        </thead>
        <tbody>
          {review.timetable.days.map((day) => (
            <tr key={day.day}>
              <th scope="row">{day.day}</th>
              <td>{day.am ?? ''}</td>
              <td>{day.pm ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
    <section aria-label="Meeting notes">
      <h4>Meeting notes</h4>
      <p style={{ whiteSpace: 'pre-wrap' }}>{review.meetingNotes ?? ''}</p>
    </section>
    <section aria-label="Signatures">
      <table>
        <thead>
          <tr>
            <th scope="col">Signed by</th>
            <th scope="col">Name</th>
            <th scope="col">Date</th>
          </tr>
        </thead>
        <tbody>
          <Signature who="Pathways staff" s={review.staffSignOff} />
          <Signature who="Parent/carer" s={review.parentSignOff} />
          <Signature who="Student" s={review.studentSignOff} />
        </tbody>
      </table>
    </section>
  </div>
);

import * as React from 'react';
import { getTheme } from '@fluentui/react/lib/Styling';
import { formatUkDate, type TimetableLetter } from '../../../../domain';

const theme = getTheme();

/** The letter as the Word document will read: the same TimetableLetter content, as HTML. */
export const LetterPreview: React.FC<{ letter: TimetableLetter }> = ({ letter }) => (
  <article
    aria-label="Letter preview"
    style={{ border: `1px solid ${theme.palette.neutralTertiaryAlt}`, padding: 24, maxWidth: 720, background: theme.palette.white, fontFamily: 'Arial, sans-serif', fontSize: 14 }}
  >
    <p style={{ textAlign: 'right', margin: 0 }}>
      {letter.service.map((l) => (
        <React.Fragment key={l}>
          {l}
          <br />
        </React.Fragment>
      ))}
    </p>
    <p>
      {letter.addressee.map((l) => (
        <React.Fragment key={l}>
          {l}
          <br />
        </React.Fragment>
      ))}
    </p>
    <p>{formatUkDate(letter.date)}</p>
    <p>{letter.salutation}</p>
    <p style={{ fontWeight: 700 }}>{letter.heading}</p>
    <p>{letter.intro}</p>
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>Timetable</caption>
      <thead>
        <tr>
          {['Day', 'Time', 'Location', 'Curriculum being accessed'].map((h) => (
            <th key={h} scope="col" style={{ border: '1px solid #808080', padding: 4, textAlign: 'left' }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {letter.days.flatMap((d) =>
          (d.sessions.length > 0 ? d.sessions : [{ time: 'Not timetabled', location: '', curriculum: '' }]).map((s, i) => (
            <tr key={`${d.day}-${i}`}>
              <th scope="row" style={{ border: '1px solid #808080', padding: 4, textAlign: 'left' }}>
                {i === 0 ? d.day.toUpperCase() : ''}
              </th>
              <td style={{ border: '1px solid #808080', padding: 4 }}>{s.time}</td>
              <td style={{ border: '1px solid #808080', padding: 4 }}>{s.location}</td>
              <td style={{ border: '1px solid #808080', padding: 4 }}>{s.curriculum}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
    <p>{letter.hoursLine}</p>
    <p>{letter.reviews}</p>
    <p>{letter.responsibilities}</p>
    <p>{letter.contact}</p>
    <p>{letter.closing}</p>
    <p style={{ marginTop: 40 }}>
      {letter.signatory.map((l) => (
        <React.Fragment key={l}>
          {l}
          <br />
        </React.Fragment>
      ))}
    </p>
  </article>
);

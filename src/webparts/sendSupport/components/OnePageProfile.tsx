import * as React from 'react';
import { DefaultButton } from '../../../ui/plain/buttons';
import type { OnePageProfile as Profile, Pupil } from '../../../domain';

/** Print CSS: only the profile prints, on one A4 page (smaller type, no page break inside). */
const PRINT_CSS = `
@media print {
  body * { visibility: hidden; }
  .pw-one-page-profile, .pw-one-page-profile * { visibility: visible; }
  .pw-one-page-profile { position: absolute; left: 0; top: 0; width: 100%; font-size: 11pt; break-inside: avoid; page-break-inside: avoid; }
  .pw-one-page-profile h3 { font-size: 14pt; margin: 0 0 6pt; }
  .pw-one-page-profile section { break-inside: avoid; margin-bottom: 8pt; }
  .pw-no-print { display: none !important; }
  @page { size: A4; margin: 12mm; }
}`;

/** The one-page profile: what people like and admire, what matters to the pupil, how best to support them. */
export const OnePageProfile: React.FC<{ pupil: Pupil; profile: Profile }> = ({ pupil, profile }) => (
  <div>
    <style>{PRINT_CSS}</style>
    <div className="pw-one-page-profile" aria-labelledby="one-page-profile-heading">
      <h3 id="one-page-profile-heading">
        One-page profile: {pupil.firstName} {pupil.lastName}
      </h3>
      {[
        ['What people like and admire about me', profile.likeAndAdmire],
        ['What is important to me', profile.mattersToMe],
        ['How best to support me', profile.howToSupport],
      ].map(([title, text]) => (
        <section key={title}>
          <h4>{title}</h4>
          <p style={{ whiteSpace: 'pre-wrap' }}>{text ?? 'Not recorded yet.'}</p>
        </section>
      ))}
    </div>
    <DefaultButton className="pw-no-print" text="Print the profile" iconProps={{ iconName: 'Print' }} onClick={() => window.print()} />
  </div>
);

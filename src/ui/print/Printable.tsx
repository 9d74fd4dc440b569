import * as React from 'react';
import { DefaultButton } from '../plain/buttons';

/**
 * Print CSS for one record among many on a page: while printing, only the block marked as the print target shows,
 * laid out on A4 like the paper form it replaces (bordered tables, no page break inside a section).
 */
const PRINT_CSS = `
@media print {
  body.pw-printing * { visibility: hidden; }
  body.pw-printing .pw-print-target, body.pw-printing .pw-print-target * { visibility: visible; }
  body.pw-printing .pw-print-target { position: absolute; left: 0; top: 0; width: 100%; font-size: 11pt; color: #000; }
  .pw-print-target h3, .pw-print-target h4 { margin: 8pt 0 4pt; }
  .pw-print-target table { border-collapse: collapse; width: 100%; }
  .pw-print-target [role="region"] { overflow: visible !important; }
  .pw-print-target th, .pw-print-target td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
  .pw-print-target section { break-inside: avoid; page-break-inside: avoid; }
  .pw-signature { min-height: 28pt; }
  .pw-no-print { display: none !important; }
  @page { size: A4; margin: 12mm; }
}`;

/** Prints only this block (its "Print …" button is not printed). */
export const Printable: React.FC<{ buttonText: string; label: string; children: React.ReactNode }> = ({ buttonText, label, children }) => {
  const block = React.useRef<HTMLDivElement>(null);
  const print = (): void => {
    const el = block.current;
    if (!el) return;
    el.classList.add('pw-print-target');
    document.body.classList.add('pw-printing');
    const done = (): void => {
      el.classList.remove('pw-print-target');
      document.body.classList.remove('pw-printing');
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  return (
    <div ref={block} aria-label={label} role="group" className="pw-printable">
      <style>{PRINT_CSS}</style>
      {children}
      <DefaultButton className="pw-no-print" text={buttonText} iconProps={{ iconName: 'Print' }} onClick={print} style={{ marginTop: 8 }} />
    </div>
  );
};

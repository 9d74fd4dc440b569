/**
 * A last check that a notification carries no pupil detail: e-mail leaves the tenant and sits in mailboxes, so
 * the body is a short message and a link, never attendance figures, codes, health or SEN information. Callers
 * write neutral templates; this refuses anything that slipped through, before it is sent or logged.
 */
const DETAIL = [
  { pattern: /\d+(\.\d+)?\s*%/, why: 'a percentage' },
  { pattern: /\b(absent|absence|absences|unauthori[sz]ed|truan\w*|late|lateness|penalty|fine|stage [123])\b/i, why: 'attendance detail' },
  { pattern: /\b(medical|medication|diagnos\w*|illness|ill|hospital|health|mental|CAMHS|therapy)\b/i, why: 'health information' },
  { pattern: /\b(SEN|SEND|EHCP?|EHC plan|autis\w*|ADHD|dyslexi\w*|SEMH|needs?)\b/i, why: 'SEN information' },
  { pattern: /\b(looked[- ]after|in care|social worker|safeguarding|child protection|CP plan)\b/i, why: 'care or safeguarding information' },
];

/** The reason the text may not be sent, or undefined when it is fine. */
export function pupilDetailIn(text: string): string | undefined {
  for (const d of DETAIL) if (d.pattern.test(text)) return d.why;
  return undefined;
}

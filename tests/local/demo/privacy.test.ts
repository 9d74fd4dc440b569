import { DEMO_SIGN_IN_USERS } from '../../../local/demo/signInUsers';
import { generateDemoData } from '../../../local/demo/generateDemoData';
import { SEEDS_TO_CHECK, demo } from './demoFixture';

/**
 * Real people and contact details from the service's policy documents: never in the demo data. Kept base64-encoded
 * so that the names themselves are not written into the repository either.
 */
const FORBIDDEN = ['Y3V0bGVy', 'dGFrb2xpYQ==', 'cG91bHRuZXk=', 'Z3JpZmZpbg==', 'Z2lsbHVt', 'bHV0dGVy', 'aGFuc2ZvcmQ=', 'Y292ZW50cnkuZ292LnVr', 'NzYzMzc3MzQ=', 'Y292ZW50cnk=', 'aW5zcGlyZWRA'].map((b64) => Buffer.from(b64, 'base64').toString('utf8'));
const EXAMPLE_DOMAIN = /^(example\.(com|org)|[a-z0-9-]+(\.[a-z0-9-]+)*\.example\.(com|org|sch\.uk))$/;

function emailsIn(text: string): string[] {
  return text.match(/[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g) ?? [];
}

describe('demo data: fictional people only', () => {
  const outputs = [demo(), ...SEEDS_TO_CHECK.map((seed) => generateDemoData({ seed }))].map((d) => JSON.stringify(d).toLowerCase());
  outputs.push(JSON.stringify(DEMO_SIGN_IN_USERS).toLowerCase());

  it('contains none of the real names or contact details from the policy documents', () => {
    for (const text of outputs) for (const word of FORBIDDEN) expect({ word, found: text.indexOf(word) >= 0 }).toEqual({ word, found: false });
  });

  it('uses example domains only for every e-mail address', () => {
    for (const text of outputs) {
      const emails = emailsIn(text);
      expect(emails.length).toBeGreaterThan(5);
      for (const e of emails) expect({ e, ok: EXAMPLE_DOMAIN.test(e.slice(e.indexOf('@') + 1)) }).toEqual({ e, ok: true });
    }
  });

  it("uses Ofcom's drama ranges for every phone number", () => {
    const d = demo();
    for (const p of d.pupils) expect(p.pupil.parentPhone).toMatch(/^07700 900\d{3}$/);
    for (const s of d.schools) expect(s.school.phone).toMatch(/^01632 960\d{3}$/);
    for (const c of d.schoolContacts) expect(c.contact.phone).toMatch(/^01632 960\d{3}$/);
    expect(new Set(d.pupils.map((p) => p.pupil.parentPhone)).size).toBe(d.pupils.length);
    for (const text of outputs) {
      const phones = text.match(/\b0\d{3,4}[ ]?\d{3}[ ]?\d{3,4}\b/g) ?? [];
      for (const ph of phones) expect(ph).toMatch(/^(07700 900\d{3}|01632 960\d{3}|024 7600 0000)$/);
    }
  });
});

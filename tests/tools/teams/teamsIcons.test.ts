/** The Teams app icons: present for exactly the web parts that declare TeamsTab, the sizes and colours Teams requires. */
import { existsSync, readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { teamsWebParts } from '../../../tools/generateTeamsIcons';
import { colourIcon, outlineIcon } from '../../../tools/teams/icons';
import { createImage, decodePng, encodePng, fillRect } from '../../../tools/teams/png';

const root = join(__dirname, '..', '..', '..');

describe('PNG writer', () => {
  it('writes what it reads back, with valid CRCs', () => {
    const img = createImage(5, 3, [0, 0, 0, 0]);
    fillRect(img, 1, 1, 4, 2, [255, 0, 128, 255]);
    const back = decodePng(encodePng(img));
    expect(back.width).toBe(5);
    expect(back.height).toBe(3);
    expect(Array.from(back.pixels)).toEqual(Array.from(img.pixels));
    const broken = encodePng(img);
    broken[broken.length - 20] ^= 0xff;
    expect(() => decodePng(broken)).toThrow(/Bad CRC|incorrect|invalid/i);
  });
});

describe('Teams icons', () => {
  const parts = teamsWebParts();

  it('Review meetings runs as a Teams tab and, as its own web part, in Teams meetings (never both in one)', () => {
    expect(parts.find((p) => p.alias === 'ReviewMeetingWebPart')?.supportedHosts).toEqual(expect.arrayContaining(['TeamsTab']));
    expect(parts.find((p) => p.alias === 'ReviewMeetingPanelWebPart')?.supportedHosts).toEqual(['TeamsMeetingApp']);
    // SharePoint's packager refuses a web part that is a meeting app and a tab or personal app.
    for (const p of parts) {
      const hosts = p.supportedHosts ?? [];
      expect({ alias: p.alias, both: hosts.includes('TeamsMeetingApp') && (hosts.includes('TeamsTab') || hosts.includes('TeamsPersonalApp')) }).toEqual({ alias: p.alias, both: false });
    }
  });

  it('are committed for exactly those web parts, as the code draws them', () => {
    const files = readdirSync(join(root, 'teams')).filter((f) => f.endsWith('.png')).sort();
    expect(files).toEqual(parts.flatMap((p) => [`${p.id}_color.png`, `${p.id}_outline.png`]).sort());
    for (const p of parts) {
      expect(readFileSync(join(root, 'teams', `${p.id}_color.png`)).equals(encodePng(colourIcon()))).toBe(true);
      expect(readFileSync(join(root, 'teams', `${p.id}_outline.png`)).equals(encodePng(outlineIcon()))).toBe(true);
    }
  });

  it('colour: 192×192 and opaque; outline: 32×32, white on transparent only', () => {
    for (const p of parts) {
      const colour = decodePng(readFileSync(join(root, 'teams', `${p.id}_color.png`)));
      expect([colour.width, colour.height]).toEqual([192, 192]);
      let transparent = 0;
      for (let i = 3; i < colour.pixels.length; i += 4) if (colour.pixels[i] !== 255) transparent++;
      expect(transparent).toBe(0);
      const outline = decodePng(readFileSync(join(root, 'teams', `${p.id}_outline.png`)));
      expect([outline.width, outline.height]).toEqual([32, 32]);
      let drawn = 0;
      let notWhite = 0;
      for (let i = 0; i < outline.pixels.length; i += 4) {
        const [r, g, b, a] = Array.from(outline.pixels.subarray(i, i + 4));
        if (a === 0) continue;
        drawn++;
        if (r !== 255 || g !== 255 || b !== 255 || a !== 255) notWhite++;
      }
      expect(notWhite).toBe(0);
      expect(drawn).toBeGreaterThan(100);
      expect(existsSync(join(root, 'teams', `${p.id}_outline.png`))).toBe(true);
    }
  });
});

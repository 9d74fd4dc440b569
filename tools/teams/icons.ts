/**
 * The Teams app icons of the web parts that run in Teams (supportedHosts TeamsTab): SharePoint's "Sync to Teams"
 * takes them from teams/<componentId>_color.png (192×192, full colour) and teams/<componentId>_outline.png
 * (32×32, white on transparent), as Teams requires. Drawn from code: a calendar page with a tick.
 */
import { createImage, fillRect, strokeRect, type Image, type Rgba } from './png';

const BRAND: Rgba = [15, 108, 189, 255]; // #0F6CBD
const WHITE: Rgba = [255, 255, 255, 255];

/** The calendar glyph on a `size` grid scaled from a 32-unit design. */
function calendar(img: Image, offset: number, unit: number, colour: Rgba): void {
  const u = (n: number): number => offset + Math.round(n * unit);
  const t = Math.max(1, Math.round(2 * unit));
  strokeRect(img, u(5), u(8), u(27), u(28), t, colour); // the page
  fillRect(img, u(5), u(8), u(27), u(13), colour); // its header
  fillRect(img, u(10), u(5), u(12), u(11), colour); // the rings
  fillRect(img, u(20), u(5), u(22), u(11), colour);
  // A tick: the review is done.
  for (let i = 0; i <= 4; i++) fillRect(img, u(10 + i), u(19 + i), u(12 + i), u(21 + i), colour);
  for (let i = 0; i <= 7; i++) fillRect(img, u(14 + i), u(23 - i), u(16 + i), u(25 - i), colour);
}

/** 192×192: the glyph in white on the brand colour. */
export function colourIcon(): Image {
  const img = createImage(192, 192, BRAND);
  calendar(img, 16, 5, WHITE);
  return img;
}

/** 32×32: the glyph in white on transparent. */
export function outlineIcon(): Image {
  const img = createImage(32, 32, [0, 0, 0, 0]);
  calendar(img, 0, 1, WHITE);
  return img;
}

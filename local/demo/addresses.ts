import type { Rng } from './random';

/**
 * Fictional home addresses in the fictional city of Marlvale. Postcodes have the real shape (MV4 7QS) in
 * an area code that does not exist; inward letters avoid C I K M O V as real postcodes do.
 */
const STREETS = [
  'Larch Close', 'Kestrel Walk', 'Bramblewood Road', 'Coppice Drive', 'Harrier Way', 'Millrace Lane', 'Tanners Row',
  'Orchard Mews', 'Foxglove Crescent', 'Weaver Street', 'Sandpiper Court', 'Blackthorn Avenue', 'Heron Gardens',
  'Cobbler Street', 'Juniper Grove', 'Wharfside Terrace', 'Pennyroyal Place', 'Sorrel Way', 'Lantern Yard', 'Kiln Lane',
];
const LOCALITIES = ['Eastbrook', 'Hollin Green', 'Castlegate', 'Larkhill', 'Northcote Park', 'Quarrymoor', 'Saltmarsh', 'Wyvern Heath'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

export function pickAddress(rng: Rng): string {
  const postcode = `MV${rng.int(1, 9)} ${rng.int(1, 9)}${rng.pick(INWARD_LETTERS.split(''))}${rng.pick(INWARD_LETTERS.split(''))}`;
  const flat = rng.chance(0.2) ? `Flat ${rng.int(1, 24)}, ` : '';
  return `${flat}${rng.int(1, 148)} ${rng.pick(STREETS)}, ${rng.pick(LOCALITIES)}, Marlvale, ${postcode}`;
}

/** Distinct mobile numbers in Ofcom's drama range 07700 900000–900999. */
export function mobileNumbers(rng: Rng, count: number): string[] {
  const endings = rng.sample(
    Array.from({ length: 1000 }, (_, i) => i),
    count,
  );
  return endings.map((n) => `07700 900${String(n).padStart(3, '0')}`);
}

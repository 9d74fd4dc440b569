import type { Rng } from './random';

/**
 * Fictional names for pupils and their families, grouped by heritage so that first names and surnames go
 * together plausibly in an English city. No name of anyone in the service's policy documents is used.
 */
interface NamePool {
  weight: number;
  boys: readonly string[];
  girls: readonly string[];
  surnames: readonly string[];
  adultWomen: readonly string[];
  adultMen: readonly string[];
  /** Surnames only parents use (a mother with a different surname), never a pupil's. */
  otherSurnames: readonly string[];
}

const POOLS: readonly NamePool[] = [
  {
    weight: 44,
    boys: ['Alfie', 'Harvey', 'Tyler', 'Riley', 'Connor', 'Mason', 'Reggie', 'Dylan', 'Kai', 'Lewis', 'Archie', 'Finley', 'Brody', 'Jenson', 'Ollie', 'Frankie'],
    girls: ['Ruby', 'Evie', 'Poppy', 'Chloe', 'Freya', 'Lacey', 'Darcie', 'Niamh', 'Ellie-Mae', 'Skye', 'Millie', 'Isla', 'Tilly', 'Macy'],
    surnames: ['Whitfield', 'Hughes', 'Thorne', 'Wainwright', 'Murphy', "O'Donoghue", 'Campbell', 'Eccleston', 'Pickering', 'Ashworth', 'Gallagher', 'Doherty', 'Bramley', 'Jennison', 'Fletcher', 'Rowntree', 'Haworth', 'Cartwright', 'Lomax', 'Tierney'],
    adultWomen: ['Joanne', 'Kerry', 'Gemma', 'Stacey', 'Natalie', 'Claire', 'Donna', 'Leanne', 'Hayley'],
    adultMen: ['Dean', 'Wayne', 'Craig', 'Lee', 'Darren'],
    otherSurnames: ['Birtles', 'Henshaw', 'Quigley', 'Rudd', 'Stansfield'],
  },
  {
    weight: 12,
    boys: ['Ibrahim', 'Bilal', 'Zayn', 'Rayyan', 'Yusuf', 'Hamza', 'Idris'],
    girls: ['Maryam', 'Hafsa', 'Ayesha', 'Inaya', 'Zara', 'Aleena', 'Safiya'],
    surnames: ['Hussain', 'Chowdhury', 'Mahmood', 'Rahman', 'Iqbal', 'Akhtar', 'Miah'],
    adultWomen: ['Nasreen', 'Shazia', 'Farzana', 'Rukhsana'],
    adultMen: ['Imran', 'Tahir', 'Shahid'],
    otherSurnames: ['Bibi', 'Nawaz', 'Qureshi-Khan'],
  },
  {
    weight: 8,
    boys: ['Arjun', 'Aarav', 'Harjot', 'Rohan', 'Dev'],
    girls: ['Simran', 'Anaya', 'Diya', 'Jasleen'],
    surnames: ['Mistry', 'Dhillon', 'Bains', 'Parmar', 'Lakhani'],
    adultWomen: ['Sunita', 'Manjit', 'Kiran'],
    adultMen: ['Rajesh', 'Gurpreet'],
    otherSurnames: ['Chauhan', 'Solanki'],
  },
  {
    weight: 16,
    boys: ['Kofi', 'Tayo', 'Jamal', 'Kwame', 'Tobi', 'Malachi', 'Jaden', 'Deshawn'],
    girls: ['Ama', 'Temi', 'Precious', 'Nia', 'Adaeze', 'Kemi', 'Shanice'],
    surnames: ['Osei', 'Owusu', 'Okonkwo', 'Adeyemi', 'Boateng', 'Francis-Reid', 'Powell', 'Agyeman', 'Nwosu'],
    adultWomen: ['Abena', 'Chidinma', 'Yvonne', 'Comfort', 'Folake'],
    adultMen: ['Marcus', 'Emeka', 'Delroy'],
    otherSurnames: ['Lindo', 'Ekwueme', 'Appiah'],
  },
  {
    weight: 8,
    boys: ['Kacper', 'Dominik', 'Oskar', 'Jakub', 'Filip'],
    girls: ['Zofia', 'Lena', 'Maja', 'Wiktoria'],
    surnames: ['Nowak', 'Kaczmarek', 'Mazur', 'Zielinski', 'Wojcik'],
    adultWomen: ['Agnieszka', 'Marta', 'Katarzyna'],
    adultMen: ['Piotr', 'Marek'],
    otherSurnames: ['Sobczak', 'Pawlak'],
  },
  {
    weight: 4,
    boys: ['Matei', 'Luca', 'Andrei'],
    girls: ['Ioana', 'Alexandra', 'Bianca'],
    surnames: ['Popescu', 'Dumitru', 'Ionescu'],
    adultWomen: ['Elena', 'Mihaela'],
    adultMen: ['Mihai', 'Cristian'],
    otherSurnames: ['Stoica'],
  },
  {
    weight: 3,
    boys: ['Tiago', 'Rafael'],
    girls: ['Beatriz', 'Mariana'],
    surnames: ['Ferreira', 'Carvalho'],
    adultWomen: ['Ana', 'Sofia'],
    adultMen: ['Paulo'],
    otherSurnames: ['Teixeira'],
  },
  {
    weight: 3,
    boys: ['Omar', 'Karim'],
    girls: ['Layla', 'Yara'],
    surnames: ['Haddad', 'Mansour'],
    adultWomen: ['Rania', 'Huda'],
    adultMen: ['Samir'],
    otherSurnames: ['Khalil'],
  },
  {
    weight: 2,
    boys: ['Minh', 'Bao'],
    girls: ['Linh', 'Mai'],
    surnames: ['Nguyen', 'Tran'],
    adultWomen: ['Thu', 'Hoa'],
    adultMen: ['Duc'],
    otherSurnames: ['Pham'],
  },
];

/** First names taken by real people named in the source documents: never used. */
const EXCLUDED_FIRST_NAMES = ['Sharon', 'Asif', 'Lisa', 'James', 'Kay', 'Rachael'];

export type Sex = 'F' | 'M';

export interface ChildName {
  firstName: string;
  lastName: string;
  sex: Sex;
  pool: number;
}

function pickPool(rng: Rng): number {
  const total = POOLS.reduce((n, p) => n + p.weight, 0);
  let r = rng.int(1, total);
  for (let i = 0; i < POOLS.length; i++) {
    r -= POOLS[i].weight;
    if (r <= 0) return i;
  }
  return 0;
}

/** A unique (first name + surname) child name; `taken` collects full names already used. */
export function pickChildName(rng: Rng, taken: Set<string>, sex?: Sex): ChildName {
  for (let attempt = 0; attempt < 200; attempt++) {
    const pool = pickPool(rng);
    const p = POOLS[pool];
    const s: Sex = sex ?? (rng.chance(0.62) ? 'M' : 'F');
    const firstName = rng.pick(s === 'M' ? p.boys : p.girls);
    const lastName = rng.pick(p.surnames);
    const full = `${firstName} ${lastName}`;
    if (EXCLUDED_FIRST_NAMES.indexOf(firstName) >= 0) continue;
    // One pupil per first name and per surname keeps the register easy to read (and nobody looks like a sibling).
    if (Array.from(taken).some((t) => t.startsWith(`${firstName} `) || t.endsWith(` ${lastName}`))) continue;
    taken.add(full);
    return { firstName, lastName, sex: s, pool };
  }
  throw new Error('Demo data: ran out of pupil names');
}

export interface ParentName {
  fullName: string;
  firstName: string;
  lastName: string;
  relationship: string;
}

/** A parent/carer from the child's own family (usually the same surname); `taken` keeps parents' names distinct. */
export function pickParentName(rng: Rng, child: ChildName, taken: Set<string>): ParentName {
  const p = POOLS[child.pool];
  for (let attempt = 0; attempt < 50; attempt++) {
    const mother = rng.chance(0.75);
    const firstName = rng.pick(mother ? p.adultWomen : p.adultMen);
    const lastName = mother && rng.chance(0.25) ? rng.pick(p.otherSurnames) : child.lastName;
    const fullName = `${firstName} ${lastName}`;
    if (taken.has(fullName) && attempt < 49) continue;
    taken.add(fullName);
    return { fullName, firstName, lastName, relationship: mother ? 'Mother' : 'Father' };
  }
  throw new Error('Demo data: ran out of parent names');
}

const FOSTER_CARERS: readonly [string, string][] = [
  ['Helen', 'Marchbanks'],
  ['Beverley', 'Oyinlola'],
  ['Graham', 'Selwood'],
  ['Lorraine', 'Kettering'],
];

/** A foster carer for a looked-after child (`index` keeps them distinct). */
export function fosterCarerName(index: number): ParentName {
  const [firstName, lastName] = FOSTER_CARERS[index % FOSTER_CARERS.length];
  return { fullName: `${firstName} ${lastName}`, firstName, lastName, relationship: 'Foster carer' };
}

/** Lower-case ASCII e-mail local part from name parts: "O'Donoghue" → 'odonoghue'. */
export function emailLocal(...parts: string[]): string {
  return parts
    .map((p) =>
      p
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    )
    .filter((p) => p.length > 0)
    .join('.');
}

/** "1 register", "2 registers" (its own module: a first screen says what it kept without the sender's code). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

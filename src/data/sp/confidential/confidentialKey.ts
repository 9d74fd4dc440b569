/** The key of an item's confidential record (the unique key column of a list declaring confidentialPartOf): the item's id, as text. */
export const confidentialKey = (ownerId: number): string => String(ownerId);

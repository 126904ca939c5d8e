/** Where each parsed record sat in the input ("people[3]"), for issues found after parsing (references, rules). */
export const locations = new WeakMap<object, string>();
export const locationOf = (rec: object, fallback: string): string => locations.get(rec) ?? fallback;

/**
 * The English catalog has the Chinese one's shape: a key missing from either, or one too many, is
 * a type error where the catalog is written.
 */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

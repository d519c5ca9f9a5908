/**
 * A property value as text, for comparisons. Only strings, numbers and booleans have a text; anything else
 * (objects, arrays, null, a malformed value whose `toString` is data) reads as "", so a check never throws
 * on a shape the provider would reject anyway.
 */
export function str(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return "";
}

/**
 * A property value as a number, with `Number`'s semantics for strings, numbers, booleans and null, but never
 * calling a malformed value's own `toString`/`valueOf` (which can be data and throw): anything else is NaN.
 */
export function num(value: unknown): number {
  if (typeof value === "number") return value;
  if (typeof value === "string" || typeof value === "boolean" || typeof value === "bigint" || value === null) return Number(value);
  return Number.NaN;
}

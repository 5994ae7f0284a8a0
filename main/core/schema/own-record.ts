/**
 * Record collections keyed by user-given strings (paper ids, tag names, smart list ids) as objects
 * with no prototype, so "toString", "constructor" or "__proto__" is a key like any other: a lookup
 * never finds an inherited member, and assigning "__proto__" stores a record instead of swapping the
 * prototype. JSON.stringify writes them as usual.
 */
import { z } from "zod";

export function ownRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * z.record(z.string(), value) into an ownRecord. Unlike z.record it keeps a "__proto__" key (which
 * JSON.parse makes an own property) rather than dropping it, and the record it returns cannot be
 * confused by an inherited name.
 */
export function ownRecordSchema<S extends z.ZodType>(value: S) {
  return z
    .custom<Record<string, unknown>>(isPlainObject, "Expected an object")
    .transform((input, ctx): Record<string, z.output<S>> => {
      const out = ownRecord<z.output<S>>();
      for (const key of Object.keys(input)) {
        const parsed = value.safeParse(input[key]);
        if (parsed.success) out[key] = parsed.data;
        else for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: [key, ...issue.path] });
      }
      return out;
    });
}

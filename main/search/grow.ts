/** Growable typed-array helpers: capacity doubles, contents kept. */

type Typed = Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

export function grown<T extends Typed>(arr: T, needed: number, make: (n: number) => T): T {
  if (needed <= arr.length) return arr;
  let size = Math.max(8, arr.length);
  while (size < needed) size *= 2;
  const next = make(size);
  next.set(arr as never);
  return next;
}

export const int32 = (n: number): Int32Array<ArrayBuffer> => new Int32Array(n);
export const uint8 = (n: number): Uint8Array<ArrayBuffer> => new Uint8Array(n);
export const float64 = (n: number): Float64Array<ArrayBuffer> => new Float64Array(n);

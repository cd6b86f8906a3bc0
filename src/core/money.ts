// Money is integer won. Won has no minor unit, so every amount the core handles is a safe integer.

declare const wonBrand: unique symbol;
/** Integer won. Create with `won()` after checking, never by casting floats. */
export type Won = number & { readonly [wonBrand]: true };

/** Brands an integer as won; throws on a non-integer because that is a bug, not bad input. */
export function won(n: number): Won {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an integer won amount: ${n}`);
  return n as Won;
}

export const ZERO_WON = won(0);

export function sumWon(values: Iterable<Won>): Won {
  let total = 0;
  for (const v of values) total += v;
  return won(total);
}

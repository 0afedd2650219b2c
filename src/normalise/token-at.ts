/**
 * The token (or word, sentence, token's analyses: any list element) at an index the caller's loop bounds keep in range. An
 * index read may be undefined once indexed access is checked; here that can only be a bug, so it throws
 * where the bare read would have failed later, far from the cause.
 */
export function tokenAt<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new RangeError(`index ${i} is outside a list of ${items.length}`);
  return item;
}

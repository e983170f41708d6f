/**
 * The best chain end among earlier items whose key is at most (or below) a bound, in O(log n):
 * a Fenwick tree of prefix maxima over the sorted distinct keys. "Best" is the longest chain,
 * then the earliest item, which is the tie-break of longestChain's quadratic scan, so a chain
 * built through this index is the one that scan builds. Items are indices; the chain length of
 * each is read from `lengths`, shared by every index over the same items (see keptByDate).
 */
export class ChainIndex {
  private readonly keys: Float64Array
  /** Per slot of the tree, the best item filed there; -1 for none. */
  private readonly item: Int32Array

  /**
   * `keys`: every key that will be inserted (any order, repeats allowed, all finite).
   * `lengths`: the chain length ending at each item, set before the item is inserted.
   */
  constructor(
    keys: ArrayLike<number>,
    private readonly lengths: Int32Array
  ) {
    this.keys = distinctSorted(keys)
    this.item = new Int32Array(this.keys.length + 1).fill(-1)
  }

  /** Records the chain ending at `item` (with `key`); its length is `lengths[item]`. */
  insert(key: number, item: number): void {
    for (
      let slot = this.countBelow(key, false) + 1;
      slot < this.item.length;
      slot += slot & -slot
    ) {
      if (better(this.lengths, item, this.item[slot] as number)) this.item[slot] = item
    }
  }

  /** The best recorded item whose key is `<= bound` (`< bound` when `strict`); -1 if none. */
  best(bound: number, strict: boolean): number {
    let item = -1
    for (let slot = this.countBelow(bound, !strict); slot > 0; slot -= slot & -slot) {
      const candidate = this.item[slot] as number
      if (better(this.lengths, candidate, item)) item = candidate
    }
    return item
  }

  /** How many distinct keys are `< bound` (`<= bound` when `inclusive`). */
  private countBelow(bound: number, inclusive: boolean): number {
    let low = 0
    let high = this.keys.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const key = this.keys[middle] as number
      if (key < bound || (inclusive && key === bound)) low = middle + 1
      else high = middle
    }
    return low
  }
}

/** The keys sorted ascending without repeats (0 and -0 are one key, as in a Set). */
function distinctSorted(keys: ArrayLike<number>): Float64Array {
  const sorted = Float64Array.from(keys).sort()
  let count = 0
  for (let i = 0; i < sorted.length; i++) {
    const key = sorted[i] as number
    if (count === 0 || key !== sorted[count - 1]) sorted[count++] = key
  }
  return sorted.subarray(0, count)
}

/** The better of two chain ends found in different indexes over the same items. */
export function bestOf(lengths: Int32Array, a: number, b: number): number {
  return better(lengths, b, a) ? b : a
}

/** Longer wins; on equal length the earlier item (an empty slot, -1, never wins). */
function better(lengths: Int32Array, item: number, than: number): boolean {
  if (item < 0) return false
  if (than < 0) return true
  const length = lengths[item] as number
  const thanLength = lengths[than] as number
  return length > thanLength || (length === thanLength && item < than)
}

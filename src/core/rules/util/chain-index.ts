/**
 * The best chain end among earlier items whose key is at most (or below) a bound, in O(log n):
 * a Fenwick tree of prefix maxima over the sorted distinct keys. "Best" is the longest chain,
 * then the earliest item, which is the tie-break of longestChain's quadratic scan, so a chain
 * built through this index is the one that scan builds.
 */
export class ChainIndex {
  private readonly keys: Float64Array
  private readonly length: Int32Array
  private readonly item: Int32Array

  /** `keys`: every key that will be inserted (any order, repeats allowed, all finite). */
  constructor(keys: readonly number[]) {
    this.keys = Float64Array.from(new Set(keys)).sort()
    this.length = new Int32Array(this.keys.length + 1)
    this.item = new Int32Array(this.keys.length + 1).fill(-1)
  }

  /** Records that the chain ending at `item` (with `key`) has `length` items. */
  insert(key: number, length: number, item: number): void {
    for (
      let slot = this.countBelow(key, false) + 1;
      slot < this.length.length;
      slot += slot & -slot
    ) {
      if (better(length, item, this.length[slot] as number, this.item[slot] as number)) {
        this.length[slot] = length
        this.item[slot] = item
      }
    }
  }

  /** The best recorded chain whose key is `<= bound` (`< bound` when `strict`); item -1 if none. */
  best(bound: number, strict: boolean): ChainEnd {
    let length = 0
    let item = -1
    for (let slot = this.countBelow(bound, !strict); slot > 0; slot -= slot & -slot) {
      if (better(this.length[slot] as number, this.item[slot] as number, length, item)) {
        length = this.length[slot] as number
        item = this.item[slot] as number
      }
    }
    return { length, item }
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

export interface ChainEnd {
  length: number
  /** The item the chain ends at; -1 for none. */
  item: number
}

/** The better of two chain ends found in different indexes. */
export function bestOf(a: ChainEnd, b: ChainEnd): ChainEnd {
  return better(b.length, b.item, a.length, a.item) ? b : a
}

/** Longer wins; on equal length the earlier item (an empty slot, -1, never wins). */
function better(length: number, item: number, thanLength: number, thanItem: number): boolean {
  if (item < 0) return false
  if (thanItem < 0) return true
  return length > thanLength || (length === thanLength && item < thanItem)
}

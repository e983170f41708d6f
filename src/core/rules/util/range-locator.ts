import type { Range } from '../../model.js'
import { startsWithin } from './evidence-text.js'

/** Finds the first item (in array order) whose range holds the start of a range. */
export type RangeLocator<T> = (range: Range) => T | undefined

const locators = new WeakMap<readonly object[], RangeLocator<object>>()

/**
 * The locator of a list of ranged items (a plan's tasks, an entry's fields), made once per list:
 * rules ask once per citation, and a search of every item each time was quadratic (a plan of a
 * hundred thousand rows took minutes). Items in document order whose ranges stand apart (as
 * parsed) are found by binary search; any other list is searched item by item, with the same
 * answer. The locator is kept by list: a list is always located by the same ranges (`.range`).
 */
export function locatorOf<T extends object>(
  items: readonly T[],
  rangeOf: (item: T) => Range
): RangeLocator<T> {
  let locator = locators.get(items) as RangeLocator<T> | undefined
  if (locator === undefined) {
    // A range may be a getter that builds an object on every read: read each once.
    const ranges = items.map(rangeOf)
    locator = inOrderAndApart(ranges)
      ? (range) => items[lastStartingBy(ranges, range)]
      : (range) => items[ranges.findIndex((held) => startsWithin(range, held))]
    locators.set(items, locator as RangeLocator<object>)
  }
  return locator
}

/** The index of the last range starting at or before `range`, if it holds its start; else -1. */
function lastStartingBy(ranges: readonly Range[], range: Range): number {
  let low = 0
  let high = ranges.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >>> 1
    if (comparePositions(ranges[middle] as Range, range) <= 0) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  return found >= 0 && startsWithin(range, ranges[found] as Range) ? found : -1
}

/** Compares where two ranges start. */
function comparePositions(a: Range, b: Range): number {
  return a.line !== b.line ? a.line - b.line : a.column - b.column
}

/**
 * Whether each range starts after the one before it and after every position that one holds
 * (`startsWithin`: a one-line range holds the rest of its line). Then the range holding a
 * position, if any, is the last one starting at or before it.
 */
function inOrderAndApart(ranges: readonly Range[]): boolean {
  for (let index = 1; index < ranges.length; index++) {
    const before = ranges[index - 1] as Range
    const range = ranges[index] as Range
    if (comparePositions(range, before) <= 0) return false
    const holdsRestOfLine = before.endLine === before.line
    const after =
      range.line > before.endLine ||
      (!holdsRestOfLine && range.line === before.endLine && range.column >= before.endColumn)
    if (!after) return false
  }
  return true
}

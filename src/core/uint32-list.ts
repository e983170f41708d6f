/**
 * A list of unsigned 32-bit numbers filled by appending: one typed array that doubles as it
 * grows, instead of a JavaScript array of numbers copied into a typed array at the end (for a
 * 20 MB ledger, two hundred thousand line offsets would otherwise outlive a few collections as
 * garbage).
 */
export class Uint32List {
  #items: Uint32Array
  #length = 0

  constructor(capacity = 1024) {
    this.#items = new Uint32Array(Math.max(1, capacity))
  }

  get length(): number {
    return this.#length
  }

  push(value: number): void {
    if (this.#length === this.#items.length) {
      const grown = new Uint32Array(this.#items.length * 2)
      grown.set(this.#items)
      this.#items = grown
    }
    this.#items[this.#length++] = value
  }

  /** The numbers pushed so far, in a typed array of their own. */
  toArray(): Uint32Array {
    return this.#items.slice(0, this.#length)
  }
}

/** Rows per chunk: a store grows by whole chunks, never copying the rows it holds. */
const CHUNK_ROWS = 1024

/**
 * Rows of `width` 32-bit integers in chunks of typed arrays: the parser's per-attempt and
 * per-item numbers, kept off the object heap (a 20 MB history holds tens of thousands of each).
 */
export class IntRows {
  readonly #width: number
  readonly #chunks: Int32Array[] = []
  #count = 0

  constructor(width: number) {
    this.#width = width
  }

  get count(): number {
    return this.#count
  }

  /** Adds a row of zeros; returns its number. */
  add(): number {
    const row = this.#count
    if (row % CHUNK_ROWS === 0) this.#chunks.push(new Int32Array(CHUNK_ROWS * this.#width))
    this.#count = row + 1
    return row
  }

  get(row: number, field: number): number {
    const chunk = this.#chunks[Math.floor(row / CHUNK_ROWS)]
    return chunk?.[this.#slot(row, field)] ?? 0
  }

  set(row: number, field: number, value: number): void {
    const chunk = this.#chunks[Math.floor(row / CHUNK_ROWS)]
    if (chunk === undefined) throw new RangeError(`no row ${row} (${this.#count} rows)`)
    chunk[this.#slot(row, field)] = value
  }

  /** A field past the width would land in the next row: a programming error, never data. */
  #slot(row: number, field: number): number {
    if (field < 0 || field >= this.#width) throw new RangeError(`no field ${field} in a row`)
    return (row % CHUNK_ROWS) * this.#width + field
  }
}

/** Float64 companions of an IntRows (one value per row), e.g. an attempt date's epoch. */
export class FloatColumn {
  readonly #chunks: Float64Array[] = []

  get(row: number): number {
    return this.#chunks[Math.floor(row / CHUNK_ROWS)]?.[row % CHUNK_ROWS] ?? 0
  }

  set(row: number, value: number): void {
    const index = Math.floor(row / CHUNK_ROWS)
    while (this.#chunks.length <= index) this.#chunks.push(new Float64Array(CHUNK_ROWS))
    const chunk = this.#chunks[index]
    if (chunk !== undefined) chunk[row % CHUNK_ROWS] = value
  }
}

/**
 * One copy of each short string a plan's model keeps (`[x]`, `A1`, `None.`): V8 copies a slice
 * shorter than 13 characters instead of pointing into its text, and a project holds every plan's
 * tasks and fields until it ends, each repeating the same few markers, ids and values. Longer
 * strings are left alone (their slices are already small). The table is emptied when full, which
 * bounds its memory.
 */
const MAX_LENGTH = 12
const MAX_STRINGS = 4096
const interned = new Map<string, string>()

export function intern(text: string): string {
  if (text.length > MAX_LENGTH) return text
  const known = interned.get(text)
  if (known !== undefined) return known
  if (interned.size >= MAX_STRINGS) interned.clear()
  interned.set(text, text)
  return text
}

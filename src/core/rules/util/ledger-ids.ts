/** Characters agents write in place of an ASCII hyphen inside entry ids. */
const HYPHEN_LOOKALIKES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g

/** An entry id in the form used to compare ids: look-alike hyphens folded, spaces trimmed. */
export function normaliseEntryId(id: string): string {
  return id.replace(HYPHEN_LOOKALIKES, '-').replace(/\s+/g, '').toUpperCase()
}

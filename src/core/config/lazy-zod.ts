import type { Zod } from '../rules/types.js'

/**
 * zod, loaded on demand. It is needed only to validate configured rule options and configuration
 * files; a repository with neither never pays for loading it.
 */

let loaded: Zod | undefined

export async function loadZod(): Promise<Zod> {
  loaded ??= (await import('./zod-kit.js')).zodKit
  return loaded
}

/** zod when `loadZod()` has finished, for code that cannot wait. */
export function zodIfLoaded(): Zod | undefined {
  return loaded
}

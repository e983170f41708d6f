/** planguard's version, kept equal to package.json (a test compares them). */
export const PLANGUARD_VERSION = '0.1.0'

/** Where rule documentation and the project live; SARIF `informationUri` and `helpUri` start here. */
export const PLANGUARD_HOMEPAGE = 'https://github.com/planguard/planguard'

/** A rule's documentation page, e.g. `…/blob/main/docs/rules/artifact-exists.md`. */
export function ruleHelpUri(ruleId: string): string {
  return `${PLANGUARD_HOMEPAGE}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`
}

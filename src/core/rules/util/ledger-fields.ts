/** How each canonical field key is usually written in a ledger, for messages. */
const FIELD_NAMES: Record<string, string> = {
  status: 'Status',
  priority: 'Priority',
  plan: 'Working Plan',
  attempts: 'Attempts History',
  'exit-criteria': 'Exit Criteria',
  owner: 'Owner/Date',
  'depends-on': 'Depends on',
  'reports-hub': 'Reports Hub',
  reproduction: 'Reproduction',
  spec: 'Spec/AT'
}

export function fieldDisplayName(key: string): string {
  const known = FIELD_NAMES[key]
  if (known) return known
  const words = key.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

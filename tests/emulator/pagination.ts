/** GitHub's page-based pagination: `per_page` (default 30, max 100), `page`, and `link` headers. */

export interface Page<T> {
  items: T[]
  link: string | undefined
}

export function paginate<T>(
  all: T[],
  query: Record<string, unknown>,
  baseUrl: string,
  path: string,
  rawQuery: Record<string, string>
): Page<T> {
  const perPage = Math.min(Math.max(Number(query.per_page ?? 30) || 30, 1), 100)
  const page = Math.max(Number(query.page ?? 1) || 1, 1)
  const items = all.slice((page - 1) * perPage, page * perPage)
  const last = Math.max(Math.ceil(all.length / perPage), 1)
  const url = (n: number): string => {
    const params = new URLSearchParams({ ...rawQuery, per_page: String(perPage), page: String(n) })
    return `<${baseUrl}${path}?${params.toString()}>`
  }
  const parts: string[] = []
  if (page > 1) parts.push(`${url(page - 1)}; rel="prev"`)
  if (page < last) parts.push(`${url(page + 1)}; rel="next"`, `${url(last)}; rel="last"`)
  if (page > 1) parts.push(`${url(1)}; rel="first"`)
  return { items, link: parts.length > 0 ? parts.join(', ') : undefined }
}

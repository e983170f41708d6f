import type { RouteHandler } from './context.js'
import { commentRoutes } from './comments.js'
import { contentRoutes } from './contents.js'
import { issueRoutes } from './issues.js'
import { labelRoutes } from './labels.js'
import { pullRoutes } from './pulls.js'
import { repoRoutes } from './repos.js'
import { reviewCommentRoutes } from './review-comments.js'
import { reviewRoutes } from './reviews.js'
import { subIssueRoutes } from './sub-issues.js'

/** Every implemented operation, by its OpenAPI operationId. Others answer 501. */
export const routeHandlers: Record<string, RouteHandler> = {
  ...repoRoutes,
  ...contentRoutes,
  ...issueRoutes,
  ...labelRoutes,
  ...commentRoutes,
  ...pullRoutes,
  ...reviewRoutes,
  ...reviewCommentRoutes,
  ...subIssueRoutes
}

/** The most entries one CSV export carries (shared by the endpoint and its button). */
export const MAX_EXPORT_ROWS = 10_000

/** An error's message; duck-typed, since errors from another realm fail `instanceof Error`. */
export function errorText(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : String(error)
}

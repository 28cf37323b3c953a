/**
 * Where a content file can be edited: `ARCHKB_EDIT_URL` (the repository's edit view, e.g.
 * "https://github.com/you/archkb/edit/main/") followed by the file's path, or null when it is not set.
 */
export function buildEditHref(contentPath: string | null, base = process.env.ARCHKB_EDIT_URL): string | null {
  if (!contentPath || !base) return null;
  return new URL(contentPath, base.endsWith('/') ? base : `${base}/`).href;
}

/** The content file an architecture's pages are built from. */
export function toArchitectureContentPath(architectureId: string): string {
  return `content/architectures/${architectureId}.yaml`;
}

/**
 * A text rendering's main image: the file-name line its infobox prints and the caption line under
 * it, as the infobox stage parsed them; no alt text or link, which a rendering does not show.
 */
import { normalizeTitle } from '../../document/titles.js';
import type { Image, Part } from '../../document/types.js';

/** The first `infobox-image` part of `parts` and the `infobox-caption` right after it; null when the infobox printed no file name. */
export function infoboxImage(parts: readonly Part[]): Image | null {
  const at = parts.findIndex((part) => part.kind === 'infobox-image');
  if (at === -1) return null;
  const caption = parts[at + 1]?.kind === 'infobox-caption' ? parts[at + 1]!.raw.trim() || null : null;
  return { file: normalizeTitle(parts[at]!.raw), caption, alt: null, href: null };
}

/** How the FTS5 rowids of migrations/0002_search_fts.sql encode an article, a section and a redirect, read back. */

/** Section and infobox rowids: section index (infobox part seq) * 2^32 + article id. */
export const ROW_SHIFT = 4294967296;
/** Title rowids: length * 2^32 + article id; for a redirect, length * 2^32 + 2^31 + its rowid. */
const REDIRECT_BIT = 2147483648;

export const isRedirect = (rid: number): boolean => Math.floor(rid / REDIRECT_BIT) % 2 === 1;
/** The article id of a section or infobox rowid. */
export const articleOfRow = (rid: number): number => rid % ROW_SHIFT;
/** The section index of a section rowid. */
export const sectionOfRow = (rid: number): number => Math.floor(rid / ROW_SHIFT);
/** The titles_fts rowid of an article's title (SQLite's length() counts code points). */
export const titleRowid = (title: string, id: number): number => Math.min([...title].length, 4095) * ROW_SHIFT + id;

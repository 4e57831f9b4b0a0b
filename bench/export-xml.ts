/**
 * Writes MediaWiki XML exports (schema 0.11) from pages: for the wikitext benchmark's generated
 * dumps and for tests, which build their exports from the `.wiki` fixtures.
 */
export interface ExportRevision {
  id: number;
  timestamp: string;
  /** null: `<text deleted="deleted"/>`. */
  text: string | null;
  model?: string;
}

export interface ExportPageInput {
  title: string;
  ns?: number;
  id: number;
  redirect?: string;
  revisions: ExportRevision[];
}

export const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const NAMESPACES: [number, string][] = [
  [-1, 'Special'], [0, ''], [1, 'Talk'], [2, 'User'], [6, 'File'], [10, 'Template'], [14, 'Category'], [828, 'Module'], [3000, 'Library'],
];

/** What `<siteinfo>` says besides the site's name; a test of another wiki sets them. */
export interface ExportSite {
  dbname?: string;
  case?: 'first-letter' | 'case-sensitive';
  namespaces?: [number, string][];
}

export function exportHeader(siteName: string, version = '0.11', site: ExportSite = {}): string {
  const namespaces = (site.namespaces ?? NAMESPACES).map(([key, name]) =>
    name === '' ? `      <namespace key="${key}" case="first-letter" />` : `      <namespace key="${key}" case="first-letter">${name}</namespace>`,
  );
  return [
    `<mediawiki xmlns="http://www.mediawiki.org/xml/export-${version}/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" version="${version}" xml:lang="en">`,
    '  <siteinfo>',
    `    <sitename>${escapeXml(siteName)}</sitename>`,
    `    <dbname>${escapeXml(site.dbname ?? 'examplewiki')}</dbname>`,
    '    <generator>MediaWiki 1.41.0</generator>',
    `    <case>${site.case ?? 'first-letter'}</case>`,
    '    <namespaces>',
    ...namespaces,
    '    </namespaces>',
    '  </siteinfo>',
    '',
  ].join('\n');
}

export function exportPage(page: ExportPageInput): string {
  const lines = ['  <page>', `    <title>${escapeXml(page.title)}</title>`, `    <ns>${page.ns ?? 0}</ns>`, `    <id>${page.id}</id>`];
  if (page.redirect !== undefined) lines.push(`    <redirect title="${escapeXml(page.redirect)}" />`);
  for (const revision of page.revisions) {
    const model = revision.model ?? 'wikitext';
    lines.push(
      '    <revision>',
      `      <id>${revision.id}</id>`,
      `      <timestamp>${revision.timestamp}</timestamp>`,
      '      <contributor>',
      '        <username>Editor</username>',
      '        <id>7</id>',
      '      </contributor>',
      `      <origin>${revision.id}</origin>`,
      `      <model>${model}</model>`,
      `      <format>${model === 'wikitext' ? 'text/x-wiki' : 'text/plain'}</format>`,
      revision.text === null
        ? '      <text deleted="deleted" />'
        : revision.text === ''
          ? '      <text bytes="0" xml:space="preserve" />'
          : `      <text bytes="${Buffer.byteLength(revision.text)}" xml:space="preserve">${escapeXml(revision.text)}</text>`,
      `      <sha1>s${revision.id.toString(36)}</sha1>`,
      '    </revision>',
    );
  }
  lines.push('  </page>', '');
  return lines.join('\n');
}

export const exportFooter = '</mediawiki>\n';

export function exportXml(siteName: string, pages: ExportPageInput[], version?: string, site?: ExportSite): string {
  return exportHeader(siteName, version, site) + pages.map(exportPage).join('') + exportFooter;
}

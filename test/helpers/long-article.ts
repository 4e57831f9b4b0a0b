/** A long article in the source format, written here for the MCP paging tests: `sections` sections of two paragraphs. */
export const LONG_TITLE = 'History of the Grain Cooperatives';

export function longArticle(sections: number): string {
  const lines = [
    LONG_TITLE,
    '',
    'From ProleWiki, the proletarian encyclopedia',
    LONG_TITLE,
    '',
    `The grain cooperatives were associations of farming households that pooled land, tools and harvests across ${sections} districts.[1]`,
    '',
  ];
  for (let i = 1; i <= sections; i++) {
    lines.push(`District number ${i}`, '');
    lines.push(
      `In district ${i} the cooperative founded in year ${1920 + i} brought together ${i * 12} households, which shared a threshing floor, ` +
        `two granaries and a seed fund that the general assembly renewed every spring after a public count of the stores.[${(i % 5) + 1}]`,
      '',
    );
    lines.push(
      `The assembly of district ${i} elected a council of ${3 + (i % 4)} members for two years; the council kept the accounts, ` +
        'arranged the rotation of the fields and settled disputes about the shares of those who had joined late in the season.',
      '',
    );
  }
  lines.push('');
  for (let n = 1; n <= 6; n++) {
    lines.push(`  ${n}. Author Number${n} (${1960 + n}). Studies of Rural Cooperation, volume ${n}. Moscow: Cooperative Press.`);
  }
  return `${lines.join('\n')}\n`;
}

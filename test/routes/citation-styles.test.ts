/** The CSL styles and locales of src/citations/csl/ render through citation-js: every style, a locale's terms and dates, no silent fallback. */
import t from 'tap';
import { STYLES } from '../../src/citations/catalog.js';
import { render } from '../../src/citations/render.js';

t.test('every style and locale of csl/ renders (no dependent style, no silent fallback)', async (t) => {
  const item = { id: 'x-1', type: 'book', title: 'Мать', author: [{ family: 'Горький', given: 'Максим' }], issued: { 'date-parts': [[1907]] }, publisher: 'Знание', 'publisher-place': 'Москва' };
  for (const style of STYLES) {
    const body = await render([item], 'bibliography', { style, locale: 'en-US' });
    t.match(body, /Горький/, `${style}: ${body.trim()}`);
  }
  const accessed = { ...item, type: 'webpage', issued: undefined, URL: 'https://example.org/', accessed: { 'date-parts': [[2023, 1, 5]] } };
  const russian = await render([accessed], 'bibliography', { style: 'chicago-author-date', locale: 'ru-RU' });
  t.match(russian, /просмотрено|января|б\. д\./i, `ru-RU terms: ${russian.trim()}`);
  const chinese = await render([accessed], 'bibliography', { style: 'chicago-author-date', locale: 'zh-CN' });
  t.match(chinese, /2023年1月5日/, `zh-CN dates: ${chinese.trim()}`);
  await t.rejects(render([item], 'bibliography', { style: 'apa', locale: 'xx-XX' }), /unknown CSL locale/);
  const note = await render([{ id: 'n-1', type: 'document', note: 'See the letters in Wikisource' }], 'bibliography', { style: 'vancouver', locale: 'en-US' });
  t.equal(note, '1. See the letters in Wikisource.\n', 'a note that names no work prints as its text');
});

t.test('numbered styles go on from `start`, and the next list starts at 1 again', async (t) => {
  const items = ['A', 'B'].map((title, i) => ({ id: `s-${i}`, type: 'book', title, issued: { 'date-parts': [[2000 + i]] } }));
  const later = await render(items, 'bibliography', { style: 'vancouver', locale: 'en-US', start: 20 });
  t.match(later, /^21\. A\. 2000\.\n22\. B\. 2001\.\n$/, `a later page: ${later.trim()}`);
  const html = await render(items, 'html', { style: 'vancouver', locale: 'en-US', start: 20 });
  t.match(html, /21\.<\/div>[^]*22\.<\/div>/, 'HTML too');
  const first = await render(items, 'bibliography', { style: 'vancouver', locale: 'en-US' });
  t.match(first, /^1\. A\. 2000\.\n2\. B\. 2001\.\n$/, `a first page: ${first.trim()}`);
});

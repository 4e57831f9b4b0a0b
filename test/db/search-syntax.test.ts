/**
 * Search's syntax and snippets without a database: queries translated to FTS5 expressions (phrases,
 * prefixes, exclusions, stop words, refusals) and snippets escaped as HTML with random markers.
 */
import t from 'tap';
import { newMarkers, renderSnippet } from '../../src/db/queries/search/hits.js';
import { translatePrefix, translateQuery } from '../../src/db/queries/search/syntax.js';

t.test('query translation', async (t) => {
  t.equal(translateQuery('literacy').expression, '"literacy"');
  t.equal(translateQuery('Cuban  literacy').expression, '"Cuban" "literacy"');
  t.equal(translateQuery('"literacy campaign"').expression, '"literacy campaign"');
  t.equal(translateQuery('alfabeti*').expression, '"alfabeti"*');
  t.equal(translateQuery('revolution -cuba -"year plan"').expression, '("revolution") NOT ("cuba" OR "year plan")');
  t.equal(translateQuery('five-year').expression, '"five year"', 'a hyphen inside a word is not an exclusion');
  t.equal(
    translateQuery('NEAR(a b) AND {title}: ^x OR yy*').expression,
    '"NEAR a" "b" "title" "x" "yy"*',
    'FTS5 syntax is text (AND, OR: stop words); punctuation inside a word makes a phrase',
  );
  t.equal(translateQuery('"unbalanced quote').expression, '"unbalanced quote"');
  t.equal(translateQuery('x\u0000y').expression, '"x" "y"', 'control characters separate words');
  t.equal(translateQuery('word word').expression, '"word"', 'repeated terms are searched once');
  // Stop words: left out beside other words; a query of stop words only is matched, not scored.
  t.match(translateQuery('the October Revolution of 1917'), { expression: '"October" "Revolution" "1917"', scored: true });
  t.match(translateQuery('The OF'), { expression: '"The" "OF"', scored: false });
  t.match(translateQuery('the'), { expression: '"the"', scored: false });
  t.match(translateQuery('"the revolution"'), { expression: '"the revolution"', scored: true }, 'a quoted phrase is searched as written');
  t.match(translateQuery('"of the" revolution'), { expression: '"of the" "revolution"', scored: true });
  t.match(translateQuery('"of the"'), { expression: '"of the"', scored: false });
  t.match(translateQuery('"the" revolution'), { expression: '"the" "revolution"', scored: true }, 'a quoted stop word is kept');
  t.match(translateQuery('the* revolution'), { expression: '"the"* "revolution"', scored: true }, 'a prefix is kept');
  t.match(translateQuery('revolution -the'), { expression: '("revolution") NOT ("the")' }, 'an exclusion is kept');
  t.match(translateQuery('theory'), { scored: true });
  for (const bad of ['-cuba', '-cuba -"x y"', '*', '"', '  ', '😀 ()', 'a*', 'é*']) {
    t.throws(() => translateQuery(bad), { name: 'SearchQueryError' }, JSON.stringify(bad));
  }
  t.throws(() => translateQuery(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')), { name: 'SearchQueryError' }, 'too many terms');
  t.same(translatePrefix('Octob'), { whole: '^"Octob"*', words: '"Octob"*' });
  t.same(translatePrefix('five year '), { whole: '^"five year"', words: '"five" "year"' }, 'a trailing space ends the last word');
  t.equal(translatePrefix('  ()  '), null);
});

t.test('snippets are escaped HTML with <mark> around the matches', async (t) => {
  const m = newMarkers();
  t.equal(renderSnippet(`a <b>${m.start}x${m.end}</b> & "q"\n\tz`, m), 'a &lt;b&gt;<mark>x</mark>&lt;/b&gt; &amp; &quot;q&quot; z');
  t.equal(renderSnippet(`\uE000 ${m.start}ok${m.end} ${m.start}`, m), '\uE000 <mark>ok</mark>', 'other private-use text stays text; unpaired markers go');
  t.not(newMarkers().start, m.start, 'markers are random: stored text cannot forge them');
});

import t from 'tap';
import { conflicting, firstAuthor, normalizeText, sameWork, type Work } from '../src/document/grouping.js';

const work = (over: Partial<Work>): Work => ({
  key: 'state and revolution', authors: ['V. I. Lenin'], year: 1917, publisher: null, isbn: [], doi: [], ...over,
});

t.test('normalised titles: accents removed, punctuation as spaces, lower case', (t) => {
  t.equal(normalizeText('Cuba: Between Reform & Revolution!'), 'cuba between reform revolution');
  t.equal(normalizeText('Pérez—Économie'), 'perez economie');
  t.end();
});

t.test('first author: surname and initial, whichever way the name is written', (t) => {
  t.same(firstAuthor(['V. I. Lenin']), { surname: 'lenin', initial: 'v' });
  t.same(firstAuthor(['Vladimir Lenin']), { surname: 'lenin', initial: 'v' });
  t.same(firstAuthor(['Louis A. Pérez Jr.']), { surname: 'perez', initial: 'l' });
  t.same(firstAuthor(['Lenin']), { surname: 'lenin', initial: null });
  t.equal(firstAuthor([]), null);
  t.end();
});

t.test('sameWork: identifiers first', (t) => {
  t.ok(sameWork(work({ isbn: ['9780674511736'] }), work({ key: 'other title', authors: [], isbn: ['9780674511736'] })), 'same ISBN, however cited');
  t.ok(sameWork(work({ doi: ['10.1086/226147'] }), work({ key: 'x', year: 1990, doi: ['10.1086/226147'] })), 'same DOI');
  t.notOk(sameWork(work({ isbn: ['9780674511736'] }), work({ isbn: ['9781859840009'] })), 'conflicting ISBNs never merge, even with title and author equal');
  t.notOk(sameWork(work({ doi: ['10.1/a'] }), work({ doi: ['10.1/b'] })), 'conflicting DOIs');
  t.notOk(sameWork(work({ isbn: ['9780674511736'], doi: ['10.1/a'] }), work({ isbn: ['9780674511736'], doi: ['10.1/b'] })), 'a shared ISBN with conflicting DOIs');
  t.ok(sameWork(work({ isbn: ['9780674511736'] }), work({})), 'an identifier on one side only does not conflict');
  t.ok(conflicting(work({ isbn: ['1'] }), work({ isbn: ['2'] })));
  t.end();
});

t.test('sameWork: title, first author and year', (t) => {
  t.ok(sameWork(work({}), work({ authors: ['Vladimir Lenin'], year: 1918 })), 'initial agrees, one year apart');
  t.notOk(sameWork(work({}), work({ year: 1919 })), 'two years apart');
  t.ok(sameWork(work({}), work({ year: null })), 'a missing year does not refute');
  t.notOk(sameWork(work({}), work({ authors: ['Ivan Ivanov'] })), 'another author');
  t.notOk(sameWork(work({}), work({ authors: ['Nadezhda Lenin'] })), 'same surname, another initial');
  t.ok(sameWork(work({}), work({ authors: ['Lenin'] })), 'a surname without given names');
  t.notOk(sameWork(work({}), work({ key: 'what is to be done' })), 'another title');
  t.notOk(sameWork(work({}), work({ authors: [] })), 'authors on one side only');
  t.ok(sameWork(work({ authors: [], publisher: 'ONEI' }), work({ authors: [], publisher: 'onei' })), 'no authors: the same publisher');
  t.notOk(sameWork(work({ authors: [], publisher: 'ONEI' }), work({ authors: [], publisher: 'BBC' })), 'no authors: another publisher');
  t.notOk(sameWork(work({ key: '' }), work({ key: '' })), 'an empty key names no work');
  t.end();
});

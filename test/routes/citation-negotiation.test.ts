/** The choice of a citation format from plain values (query parameters, Accept header), without Fastify. */
import t from 'tap';
import { DEFAULT_LOCALE, DEFAULT_STYLE } from '../../src/citations/catalog.js';
import { contentType, wantedFormat } from '../../src/citations/negotiate.js';

const defaults = { style: DEFAULT_STYLE, locale: DEFAULT_LOCALE };

t.test('the query decides, then the Accept header, then JSON', async (t) => {
  t.same(wantedFormat({}), { format: 'json', ...defaults });
  t.same(wantedFormat({ format: 'ris', accept: 'application/x-bibtex' }), { format: 'ris', ...defaults });
  t.same(wantedFormat({ accept: 'application/x-bibtex' }), { format: 'bibtex', ...defaults });
  t.same(wantedFormat({ style: 'apa' }).format, 'bibliography', 'a style alone asks for a bibliography');
});

t.test('a citation type against JSON: higher q, or equal q listed first; not text/html', async (t) => {
  t.equal(wantedFormat({ accept: 'application/json;q=0.5, application/x-research-info-systems' }).format, 'ris');
  t.equal(wantedFormat({ accept: 'application/json, application/x-bibtex' }).format, 'json');
  t.equal(wantedFormat({ accept: 'application/x-bibtex, application/json' }).format, 'bibtex');
  t.equal(wantedFormat({ accept: 'text/html,*/*;q=0.8' }).format, 'json');
});

t.test('bibliography parameters of the Accept header, checked', async (t) => {
  const wanted = wantedFormat({ accept: 'text/x-bibliography; style=apa; locale=fr-FR' });
  t.equal(wanted.format, 'bibliography');
  t.equal(wanted.locale, 'fr-FR');
  t.match(contentType(wanted), /^text\/x-bibliography; style=.+; locale=fr-FR; charset=utf-8$/);
  t.throws(() => wantedFormat({ accept: 'text/x-bibliography; style=bogus' }), { status: 400, errors: [{ in: 'header', name: 'accept' }] });
});

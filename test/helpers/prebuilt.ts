/**
 * The URLs and kinds of request that prebuilt answers are checked on (test/routes/prebuilt.test.ts,
 * test/routes/front.test.ts): every article route that takes part, and conditional, compressed, HEAD
 * and cross-origin requests.
 */
const TITLE = 'Russian_revolution_of_1917';

export const PREBUILT_URLS = [
  `/v1/articles/${TITLE}`,
  `/v1/articles/${TITLE}/summary`,
  `/v1/articles/${TITLE}/infobox`,
  `/v1/articles/${TITLE}/sections`,
  `/v1/articles/${TITLE}/sections/0`,
  `/v1/articles/${TITLE}/sections/Revolution_in_Petrograd`,
  `/v1/articles/${TITLE}/sections/Revolution in Petrograd`.replace(/ /g, '%20'),
  `/v1/articles/${TITLE}/redirects`,
  `/v1/articles/${TITLE}/links`,
  `/v1/articles/${TITLE}/`,
];

export type PrebuiltRequest = { method?: 'GET' | 'HEAD'; headers?: Record<string, string> };

export const REQUEST_KINDS: Record<string, (etag: string) => PrebuiltRequest> = {
  plain: () => ({}),
  head: () => ({ method: 'HEAD' }),
  br: () => ({ headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }),
  gzip: () => ({ headers: { 'accept-encoding': 'gzip' } }),
  'head, br': () => ({ method: 'HEAD', headers: { 'accept-encoding': 'br' } }),
  'any encoding': () => ({ headers: { 'accept-encoding': '*' } }),
  'identity only': () => ({ headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } }),
  'x-no-compression': () => ({ headers: { 'accept-encoding': 'br', 'x-no-compression': '1' } }),
  'if-none-match': (etag) => ({ headers: { 'if-none-match': etag } }),
  'if-none-match, weak': (etag) => ({ headers: { 'if-none-match': `W/${etag}` } }),
  'if-none-match, list': (etag) => ({ headers: { 'if-none-match': `"other", ${etag}` } }),
  'if-none-match, *': () => ({ headers: { 'if-none-match': '*' } }),
  'if-none-match, stale': () => ({ headers: { 'if-none-match': '"stale"', 'accept-encoding': 'gzip' } }),
  'head, if-none-match': (etag) => ({ method: 'HEAD', headers: { 'if-none-match': etag } }),
  'cross-origin': () => ({ headers: { origin: 'https://reader.example' } }),
};

/** Headers that differ between any two answers: the request id and the date. */
export const comparable = (headers: Record<string, unknown>) => {
  const { 'x-request-id': _id, date: _date, ...rest } = headers;
  return rest;
};

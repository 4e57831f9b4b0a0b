// The type of unbzip2-stream (untyped), the pure-JavaScript .bz2 reader of the wikitext import.
declare module 'unbzip2-stream' {
  /** A classic (through) stream: pipe and events, not async-iterable. */
  export default function unbzip2(): NodeJS.ReadWriteStream;
}

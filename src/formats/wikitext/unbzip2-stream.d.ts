declare module 'unbzip2-stream' {
  /** A classic (through) stream: pipe and events, not async-iterable. */
  export default function unbzip2(): NodeJS.ReadWriteStream;
}

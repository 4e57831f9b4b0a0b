/**
 * Reading source files: bytes → text, with the byte-level checks (invalid UTF-8, NUL bytes) that
 * must name a line before the parser ever sees the text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The first offset where the bytes are not valid UTF-8. */
function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return -1;
}

export function decodeSource(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const offset = invalidUtf8Offset(bytes);
    throw new SourceError(file, lineAt(bytes, offset), `invalid UTF-8 at byte ${offset}`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new SourceError(file, lineAt(bytes, nul), `NUL byte at byte ${nul}`);
  return text;
}

export function readSource(file: string): string {
  return decodeSource(file, readFileSync(file));
}

/** The source files named by the arguments: files as given, folders as their `*.txt` files and MediaWiki exports (`*.xml`, `.xml.gz`, `.xml.bz2`), sorted. */
export function listSources(inputs: string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = statSync(input, { throwIfNoEntry: false });
    if (!stat) throw new SourceError(input, 0, 'no such file or directory');
    if (stat.isDirectory()) {
      const names = readdirSync(input, { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(?:txt|xml|xml\.gz|xml\.bz2)$/i.test(name) && !basename(name).startsWith('.'))
        .sort();
      for (const name of names) files.push(join(input, name));
    } else {
      files.push(input);
    }
  }
  return files;
}

/**
 * Which of Pagefind's index chunks a query needs, known before Pagefind has loaded. Pagefind
 * picks the chunks of a query's words in its WebAssembly, so on a slow network the chunk waits for
 * the WebAssembly (60 KB) and then costs a round trip of its own. The build reads the chunks' word
 * ranges from Pagefind's metadata (`pf_meta`: CBOR after a `pagefind_dcd` tag) and writes them in
 * the search page; the island preloads the chunks of the words of a query in its address while
 * the WebAssembly is still on its way. A chunk guessed wrong only costs its few kilobytes.
 */

/** An index chunk: the words from `from` to `to`, in the file `index/<hash>.pf_index`. */
export type IndexChunk = [from: string, to: string, hash: string];

/** The id of the page's table of chunks (`<script type="application/json">`). */
export const CHUNK_TABLE_ID = 'search-chunks';

/** The most chunks written in the page: beyond it (a large corpus) the table would weigh more than it saves. */
export const MAX_PRELOAD_CHUNKS = 64;

const TAG = 'pagefind_dcd';

/** A minimal CBOR reader: unsigned and negative integers, byte and text strings, arrays, maps and simple values. */
function readCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = 1 << (info - 24);
    const start = at;
    at += size;
    if (size === 1) return view.getUint8(start);
    if (size === 2) return view.getUint16(start);
    if (size === 4) return view.getUint32(start);
    return Number(view.getBigUint64(start));
  };
  const item = (): unknown => {
    const head = view.getUint8(at++);
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) return info === 20 ? false : info === 21 ? true : null;
    const count = length(info);
    if (major === 0) return count;
    if (major === 1) return -1 - count;
    if (major === 2 || major === 3) {
      const slice = bytes.subarray(at, at + count);
      at += count;
      return major === 3 ? text.decode(slice) : slice;
    }
    if (major === 4) return Array.from({ length: count }, item);
    if (major === 5) return Object.fromEntries(Array.from({ length: count }, () => [item(), item()]));
    throw new Error(`CBOR : type ${major} inattendu`);
  };
  return item();
}

/** The index chunks listed in Pagefind's metadata, once decompressed; undefined if it is not in the expected form. */
export function indexChunksOf(meta: Uint8Array): IndexChunk[] | undefined {
  if (new TextDecoder().decode(meta.subarray(0, TAG.length)) !== TAG) return undefined;
  const root = readCbor(meta.subarray(TAG.length));
  // [version, pages, index chunks, filters, sorts, …]: the chunks are the first list of [text, text, text].
  const lists = Array.isArray(root) ? root.filter(Array.isArray) : [];
  const chunks = lists.find(
    (list) =>
      list.length > 0 &&
      list.every((chunk) => Array.isArray(chunk) && chunk.length === 3 && chunk.every((part) => typeof part === 'string')),
  );
  return chunks as IndexChunk[] | undefined;
}

/**
 * The chunks that may hold the words of `query`. Pagefind stems a word before it looks it up: the
 * stem starts the word, so the chunks holding words that start with the word less its last three
 * letters are taken — none for a word whose beginning spans more than two chunks.
 */
export function chunksForQuery(query: string, chunks: readonly IndexChunk[]): string[] {
  const hashes = new Set<string>();
  for (const word of query
    .normalize('NFC')
    .toLowerCase()
    .match(/\p{L}[\p{L}\p{N}]*/gu) ?? []) {
    if (word.length < 3) continue;
    const start = word.slice(0, Math.max(3, word.length - 3));
    const end = `${start}\uffff`;
    // A chunk's `to` is a shortened word (« pe » before « pee… »): a chunk ends where the next begins.
    const found = chunks.filter(([from], index) => from <= end && (chunks[index + 1] === undefined || chunks[index + 1]![0] > start));
    if (found.length <= 2) for (const [, , hash] of found) hashes.add(hash);
  }
  return [...hashes];
}

// The index chunks of a query, known before Pagefind has loaded (src/search/index-chunks.ts): read
// from Pagefind's metadata (CBOR, written here by hand from RFC 8949), chosen by the words' beginnings.
import { describe, expect, it } from 'vitest';
import { chunksForQuery, type IndexChunk, indexChunksOf } from '../../src/search/index-chunks.ts';

const text = (value: string) => {
  const bytes = [...new TextEncoder().encode(value)];
  return [0x60 + bytes.length, ...bytes];
};
const array = (...items: number[][]) => [0x80 + items.length, ...items.flat()];

/** `pagefind_dcd`, then [version, pages, index chunks, filters, sorts] as Pagefind 1.6 writes them. */
const META = new Uint8Array([
  ...new TextEncoder().encode('pagefind_dcd'),
  ...array(
    text('1.6.0'),
    array(array(text('fr_page1'), [0x19, 0x01, 0x45], [0x60])),
    array(
      array(text('0'), text('a'), text('fr_aaa')),
      array(text('b'), text('pe'), text('fr_bbb')),
      array(text('pee'), text('ree'), text('fr_ccc')),
    ),
    array(),
    array(),
  ),
]);

const CHUNKS: IndexChunk[] = [
  ['0', 'a', 'fr_aaa'],
  ['b', 'pe', 'fr_bbb'],
  ['pee', 'ree', 'fr_ccc'],
];

describe('index chunks', () => {
  it('reads the chunks’ word ranges from Pagefind’s metadata', () => {
    expect(indexChunksOf(META)).toEqual(CHUNKS);
    expect(indexChunksOf(new TextEncoder().encode('not pagefind'))).toBeUndefined();
  });

  it('takes the chunk where the beginning of each word lies, a chunk ending where the next begins', () => {
    expect(chunksForQuery('pairs', CHUNKS)).toEqual(['fr_bbb']);
    // « pensée » sorts after « pee »: the third chunk, although the second one's `to` is « pe ».
    expect(chunksForQuery('Pensée', CHUNKS)).toEqual(['fr_ccc']);
    expect(chunksForQuery('accès pairs', CHUNKS)).toEqual(['fr_aaa', 'fr_bbb']);
    expect(chunksForQuery('zz ab', CHUNKS)).toEqual([]);
  });

  it('preloads nothing for a beginning that spans more than two chunks', () => {
    const many: IndexChunk[] = [
      ['pad', 'pada', 'fr_1'],
      ['padb', 'padm', 'fr_2'],
      ['padn', 'paz', 'fr_3'],
    ];
    // « pad… » words lie in all three chunks; « padding » starts with « padd », in the second one only.
    expect(chunksForQuery('pad', many)).toEqual([]);
    expect(chunksForQuery('padding', many)).toEqual(['fr_2']);
  });
});

import { describe, expect, it } from 'vitest';
import { synonymsMatched } from '../../src/search/excerpt.ts';

describe('synonymsMatched (which synonyms found a reference)', () => {
  const synonyms = 'overdose · overdoses · harm reduction · peer support';

  it('names the synonyms a query word begins, accents and case folded', () => {
    expect(synonymsMatched(synonyms, 'Overdose prevention')).toEqual(['overdose', 'overdoses']);
    expect(synonymsMatched(synonyms, 'HARM')).toEqual(['harm reduction']);
  });

  it('names none for a query that shares no word with them', () => {
    expect(synonymsMatched(synonyms, 'naloxone')).toEqual([]);
    expect(synonymsMatched(synonyms, '')).toEqual([]);
  });
});

/** Feed items of references: citation and first sentence of the summary. */
import type { FeedItem } from './feeds.ts';
import { firstSentence } from './feeds.ts';
import { shortCitation, titleOf } from './references.ts';
import type { ReferenceLike } from './references.ts';
import { THEMES } from './vocabulary.ts';

export interface FeedReference extends ReferenceLike {
  apaText: string;
  summaryBody: string;
}

export function feedItem(reference: FeedReference, permalink: string): FeedItem {
  return {
    title: `${shortCitation(reference.csl)} — ${titleOf(reference.csl)}`,
    link: permalink,
    description: `${reference.apaText}\n\n${firstSentence(reference.summaryBody)}`,
    date: reference.summary.dateAdded,
    categories: THEMES.filter((theme) => reference.summary.themes.includes(theme.slug)).map((theme) => theme.label),
  };
}

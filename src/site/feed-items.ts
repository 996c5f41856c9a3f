/** Feed items of references: citation and first sentence of the summary. */
import type { FeedItem } from './rss.ts';
import { firstSentence } from '../text/markdown-text.ts';
import { shortCitation, titleOf } from '../references/reference.ts';
import type { ReferenceLike } from '../references/reference.ts';
import { THEMES } from '../vocabulary/themes.ts';

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

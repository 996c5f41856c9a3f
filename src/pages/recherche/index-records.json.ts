// The search records of the references (src/search/search-record.ts), read by the build's
// Pagefind step, which removes this file from the published site once the index is written.
import { glossary, knowledgeOf, references, synonymGroups } from '../../site/content.ts';
import { mentionText } from '../../site/knowledge-links.ts';
import { routes } from '../../site/routes.ts';
import { facetLabels, referenceRecord } from '../../search/search-record.ts';
import { glossaryGroups, synonymsFor } from '../../search/synonyms.ts';

const groups = [...synonymGroups, ...glossaryGroups(glossary)];

export function GET(): Response {
  const records = references.map((reference) => {
    const knowledge = knowledgeOf(reference);
    return referenceRecord(reference, {
      url: routes.reference(reference.key),
      synonyms: synonymsFor(`${mentionText(reference)}\n${facetLabels(reference).join('\n')}`, groups),
      related: [...knowledge.organisations, ...knowledge.projects].map((page) => page.data.name),
    });
  });
  return new Response(JSON.stringify(records), { headers: { 'Content-Type': 'application/json' } });
}

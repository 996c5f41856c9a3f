/**
 * The catalogue of French fixes: for a field found wrong or missing, what the librarian should
 * write instead. Allowed values come from the vocabulary, never from a copy.
 */
import { FACETS } from '../vocabulary/facets.ts';
import { THEMES } from '../vocabulary/themes.ts';
import { maxYear } from './schemas/fields.ts';
import { SUMMARY_KEYS } from './schemas/summary.ts';

export const FIELD_FIXES: Record<string, string> = {
  year: `écrivez l’année de publication en quatre chiffres, entre 1900 et ${maxYear()} ; pour une page web non datée, retirez « year » et gardez « urldate ».`,
  doi: 'copiez le DOI tel que le montre le lien de la source (ex. 10.1080/09687637.2018.1494134), sans « https://doi.org/ » ; retirez le champ si la source n’en montre pas.',
  url: 'copiez l’adresse complète telle qu’imprimée, commençant par https:// (ou http://).',
  urldate: 'écrivez la date de consultation sous la forme AAAA-MM-JJ, ex. « urldate = {2025-05-07} ».',
  eventdate: 'écrivez la date sous la forme AAAA-MM-JJ.',
  langid: 'écrivez « langid = {french} » ou « langid = {english} » selon la langue du titre.',
  themes: `choisissez parmi : ${THEMES.map((theme) => theme.slug).join(', ')}.`,
  dateAdded: 'écrivez la date d’ajout sous la forme AAAA-MM-JJ, ex. « dateAdded: 2026-11-22 ».',
  order: 'écrivez la position de la référence dans sa section du dossier : 1, 2, 3…',
  retired: 'écrivez la date du retrait sous la forme AAAA-MM-JJ (npm run retire l’écrit) ; retirez la ligne pour republier la référence.',
  retiredReason: 'écrivez la raison entre guillemets sous la ligne « retired: AAAA-MM-JJ », ou retirez la ligne « retiredReason ».',
};

export function fixFor(field: string | undefined, missing: boolean, type?: string): string {
  if (missing && field && type) return `ajoutez la ligne « ${field} = {…}, » : elle est obligatoire pour le type « @${type} ».`;
  if (field && FIELD_FIXES[field]) return FIELD_FIXES[field];
  if (field && (FACETS.some((facet) => facet.key === field) || field === 'access')) {
    return 'utilisez une des valeurs permises citées (vocabulaire : src/vocabulary/facets.ts).';
  }
  return 'corrigez la valeur selon le message ci-dessus.';
}

/** The fix for an unknown frontmatter key. */
export const UNKNOWN_KEY_FIX = `vérifiez l’orthographe ; clés permises : ${SUMMARY_KEYS.join(', ')}.`;

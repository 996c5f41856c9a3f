/**
 * Field validators shared by the schemas, each with a plain-French message that
 * names the expected form. Messages are pinned by tests: change them with care.
 */
import { z } from 'zod';
import { DOI_PATTERN } from '../../bibtex/doi.ts';

/** A non-empty text value. */
export const text = z.string({ error: 'champ obligatoire manquant' }).trim().min(1, { error: 'champ vide' });

/** The latest year accepted: next year, for works announced ahead of publication. */
export function maxYear(today: Date = new Date()): number {
  return today.getUTCFullYear() + 1;
}

/** A four-digit year between 1900 and next year. */
export const year = z
  .string({ error: 'champ obligatoire manquant' })
  .regex(/^\d{4}$/, { error: 'l’année doit avoir quatre chiffres (ex. 2019)' })
  .refine((value) => Number(value) >= 1900 && Number(value) <= maxYear(), {
    error: () => `l’année doit être comprise entre 1900 et ${maxYear()}`,
  });

/** A DOI as `10.prefix/suffix`, without `https://doi.org/`. */
export const doi = z.string({ error: 'champ obligatoire manquant' }).regex(DOI_PATTERN, {
  error: 'DOI invalide : il doit commencer par « 10. » suivi d’un préfixe, d’une barre oblique et d’un suffixe',
});

/** An absolute http(s) URL. */
export const url = z.string({ error: 'champ obligatoire manquant' }).refine(
  (value) => {
    try {
      const parsed = new URL(value);
      return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && !/\s/.test(value);
    } catch {
      return false;
    }
  },
  { error: 'adresse web (URL) invalide : elle doit commencer par https:// et ne contenir aucune espace' },
);

/** A calendar date written YYYY-MM-DD. */
export const isoDate = z
  .string({ error: 'champ obligatoire manquant' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date attendue sous la forme AAAA-MM-JJ (ex. 2025-05-07)' })
  .refine((value) => !Number.isNaN(Date.parse(value)), { error: 'date inexistante' });

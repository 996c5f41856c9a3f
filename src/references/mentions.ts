/** Whether a text names an organisation, project or term by one of its aliases, as a whole word. */
import { escapeRegExp } from '../text/regexp.ts';

const aliasPatterns = new Map<string, RegExp>();

/** The whole-word pattern of an alias, compiled once (case-sensitive for acronyms). */
function aliasPattern(alias: string): RegExp {
  let pattern = aliasPatterns.get(alias);
  if (!pattern) {
    const escaped = escapeRegExp(alias);
    const flags = alias === alias.toUpperCase() ? 'u' : 'iu';
    pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, flags);
    aliasPatterns.set(alias, pattern);
  }
  return pattern;
}

/** Whether a text mentions one of the aliases as a whole word. */
export function mentions(text: string, aliases: readonly string[]): boolean {
  return aliases.some((alias) => aliasPattern(alias).test(text));
}

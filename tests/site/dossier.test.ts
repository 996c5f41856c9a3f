// The dossier as built (shared build): what its elided author list becomes in every file.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSite } from '../support/shared-builds.ts';

const out = builtSite('dossier');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : /\.(html|bib|ris|json|xml|txt)$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

describe('an elided author list (Gormley et al., 2021: « and others » in its .bib)', () => {
  it('leaves no « others » and no « et others » anywhere in dist/', () => {
    const all = files(out).filter((file) => !file.includes(`${join(out, 'pagefind')}`));
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((file) => /\bothers\b/i.test(readFileSync(file, 'utf8'))).map((file) => file.slice(out.length))).toEqual([]);
  });

  it('prints « et al. » after the named authors, in every style', () => {
    const html = readFileSync(join(out, 'references/gormley2021effectiveness/index.html'), 'utf8');
    const citation = (style: string) => html.slice(html.indexOf(`id="citation-${style}"`)).split('</button>')[0]!;
    expect(citation('apa')).toContain('Lancaster, J., Ortiz, E., <i>et al.</i> (2021)');
    expect(citation('vancouver')).toContain('Lancaster J, Ortiz E, et al.');
    expect(citation('chicago')).toContain('J. Lancaster, E. Ortiz, et al. 2021.');
    expect(citation('mla')).toContain('Gormley, M. A., et al.');
    // The short citation (the breadcrumb) and the record's author line too.
    expect(html).toContain('<span aria-current="page">Gormley et al. (2021)</span>');
    expect(html).toContain('J. Lancaster, E. Ortiz et al.</p>');
  });
});

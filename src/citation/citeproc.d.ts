// The part of citeproc-js (no types of its own) the engine uses.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string | object;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'html' | 'text'): void;
    updateItems(ids: string[], nosort?: boolean): string[];
    makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
    opt: { development_extensions: { wrap_url_and_doi: boolean } };
    tmp: { taintedItemIDs: Record<string, boolean> };
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}

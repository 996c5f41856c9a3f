/**
 * The Content-Security-Policy every page carries in a `<meta http-equiv>`, so that a static
 * host that sets no headers (GitHub Pages, S3) still protects visitors: only the site's own
 * files run, load or receive data. Every script is a file of the site (astro.config.ts inlines
 * none), styles too; Pagefind compiles its WebAssembly, hence `'wasm-unsafe-eval'`. A policy
 * in a `<meta>` cannot hold `frame-ancestors`: the README's server headers add it. Built pages
 * only: `astro dev` writes its styles inline.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

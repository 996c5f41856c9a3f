/**
 * The deployment settings, read once from the environment and checked: a wrong value stops
 * the command with a French message naming the variable, the value and the fix, instead of
 * breaking links silently (a `SITE_BASE` without its final slash, say).
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ProblemError } from '../problems/problem-error.ts';
import { error, type Problem } from '../problems/problem.ts';

export const DEFAULT_SITE_URL = 'https://savoirs-experientiels.iud.quebec';

/** Where the messages say the problem is. */
const WHERE = 'variables d’environnement';

const optional = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z.object({
  /** The domain the site is published on (canonical links, feeds, sitemap). */
  SITE_URL: z.preprocess(
    optional,
    z
      .url({ protocol: /^https?$/, error: 'adresse invalide : elle doit commencer par https:// (ou http://)' })
      .refine((value) => new URL(value).pathname === '/' && !new URL(value).search, {
        error: 'SITE_URL est le domaine seul, sans chemin ni paramètres',
      })
      .default(DEFAULT_SITE_URL),
  ),
  /** The path the site lives under (`/` or `/dossiers/savoirs-experientiels/`), slashes added when missing. */
  SITE_BASE: z.preprocess(
    optional,
    z
      .string()
      .default('/')
      .transform((value) => `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'))
      .refine((value) => /^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(value), {
        error: 'chemin invalide : des segments en lettres ASCII, chiffres, « - », « _ » ou « . », séparés par « / »',
      }),
  ),
  /** The BQD's e-mail address for the prefilled « Demander à la BQD » message; none is published without it. */
  BQD_EMAIL: z.preprocess(optional, z.email({ error: 'adresse de courriel invalide' }).optional()),
  /** The corpus to build: the repository itself, or a test or benchmark corpus. */
  SE_CONTENT_ROOT: z.preprocess(optional, z.string().default('.')),
  /** Where the site is written. */
  SITE_OUT_DIR: z.preprocess(optional, z.string().default('dist')),
  /** `1`: the build leaves `public-urls.json` as it is (tests and benchmarks build other corpora). */
  SE_MANIFEST_READONLY: z.preprocess(optional, z.enum(['0', '1'], { error: 'écrivez 1 ou 0' }).default('0')),
  /** `0`: every PDF edition is typeset anew, none read from node_modules/.cache/ (the determinism test). */
  SE_EDITION_CACHE: z.preprocess(optional, z.enum(['0', '1'], { error: 'écrivez 1 ou 0' }).default('1')),
});

export interface SiteConfig {
  siteUrl: string;
  base: string;
  bqdEmail: string | undefined;
  /** Absolute path of the corpus root. */
  contentRoot: string;
  /** Absolute path of the output folder. */
  outDir: string;
  manifestReadonly: boolean;
  /** Where typeset PDF editions are kept between builds; none when `SE_EDITION_CACHE=0`. */
  editionCache: string | undefined;
}

const FIXES: Record<string, string> = {
  SITE_URL: 'écrivez le domaine seul, ex. SITE_URL=https://iud.quebec ; le chemin va dans SITE_BASE.',
  SITE_BASE:
    'écrivez le chemin du site sous le domaine, ex. SITE_BASE=/dossiers/savoirs-experientiels/ (ou retirez la variable pour la racine).',
  BQD_EMAIL: 'écrivez l’adresse complète, ex. BQD_EMAIL=bqd@exemple.org, ou retirez la variable.',
  SE_CONTENT_ROOT: 'indiquez le dossier qui contient bibliography/ et content/, ou retirez la variable.',
  SE_MANIFEST_READONLY: 'écrivez SE_MANIFEST_READONLY=1 pour ne pas mettre à jour public-urls.json, ou retirez la variable.',
  SE_EDITION_CACHE: 'écrivez SE_EDITION_CACHE=0 pour composer chaque PDF à nouveau, ou retirez la variable.',
};

function problem(field: string, value: unknown, message: string): Problem {
  return error({
    file: WHERE,
    field,
    value: value === undefined ? undefined : String(value),
    message,
    fix: FIXES[field] ?? 'corrigez la valeur.',
  });
}

/** The settings of `env`, checked; throws a ProblemError listing every wrong variable. */
export function readConfig(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): SiteConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = String(issue.path[0]);
      return problem(field, env[field], issue.message);
    });
    throw new ProblemError(problems, 'Configuration invalide :');
  }
  const data = result.data;
  const contentRoot = resolve(cwd, data.SE_CONTENT_ROOT);
  if (!existsSync(contentRoot) || !statSync(contentRoot).isDirectory()) {
    throw new ProblemError([problem('SE_CONTENT_ROOT', env.SE_CONTENT_ROOT, 'dossier introuvable')], 'Configuration invalide :');
  }
  return {
    siteUrl: data.SITE_URL,
    base: data.SITE_BASE,
    bqdEmail: data.BQD_EMAIL,
    contentRoot,
    outDir: resolve(cwd, data.SITE_OUT_DIR),
    manifestReadonly: data.SE_MANIFEST_READONLY === '1',
    editionCache: data.SE_EDITION_CACHE === '1' ? resolve(cwd, 'node_modules/.cache/savoirs-edition') : undefined,
  };
}

let cached: SiteConfig | undefined;

/** The settings of this process, read once. */
export function siteConfig(): SiteConfig {
  cached ??= readConfig();
  return cached;
}

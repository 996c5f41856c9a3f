/**
 * Which of our entry types a reference from Zotero (or EndNote, or doi.org) becomes, or why it
 * is refused, in words a Zotero user acts on. Zotero's exporters name its item types each in
 * their own way (/work/notes/zotero/fixtures/README.md): BibTeX writes `@misc` for some twenty
 * of them, BibLaTeX and RIS keep most apart. A refusal names the item type as Zotero shows it
 * (its French labels, zotero-schema) and the type to choose instead in Zotero.
 */
import type { EntryType } from '../../corpus/schemas/entry.ts';
import type { ImportRecord } from './read.ts';

export type TypeDecision = { type: EntryType; note?: string } | { refusal: { message: string; fix: string } };

/** Zotero's item types as its French interface names them (zotero-schema, locale fr-FR). */
const ZOTERO_LABELS = {
  audioRecording: 'Enregistrement audio',
  blogPost: 'Billet de blog',
  computerProgram: 'Logiciel',
  dataset: 'Jeu de données',
  document: 'Document',
  email: 'Courriel',
  film: 'Film',
  interview: 'Interview',
  letter: 'Lettre',
  manuscript: 'Manuscrit',
  map: 'Carte',
  artwork: 'Illustration',
  patent: 'Brevet',
  podcast: 'Balado (Podcast)',
  preprint: 'Prépublication',
  radioBroadcast: 'Émission de radio',
  standard: 'Norme',
  statute: 'Acte juridique',
  case: 'Affaire',
  bill: 'Projet/proposition de loi',
  hearing: 'Audience',
  tvBroadcast: 'Émission de TV',
  videoRecording: 'Enregistrement vidéo',
  conferencePaper: 'Article de colloque',
} as const;

/** The Zotero types the site publishes, in Zotero's words, for the fixes. */
export const PUBLISHED_TYPES =
  '« Article de revue », « Livre », « Chapitre de livre », « Rapport », « Thèse », « Page Web », « Présentation », « Article d’encyclopédie » ou « Entrée de dictionnaire »';

const CHANGE = 'Dans Zotero, ouvrez la référence et changez son « Type de document »';
const THEN = 'puis exportez-la de nouveau ; les autres références du fichier sont importées sans elle.';

/** What to choose instead, per refused Zotero type: the nearest type the site publishes. */
const INSTEAD: Partial<Record<keyof typeof ZOTERO_LABELS, string>> = {
  videoRecording: 'en « Page Web » si la vidéo est en ligne (le site la cite avec son adresse et sa date de consultation)',
  film: 'en « Page Web » si le film est en ligne',
  podcast: 'en « Page Web » (l’épisode en ligne, avec son adresse)',
  radioBroadcast: 'en « Page Web » si l’émission est en ligne',
  audioRecording: 'en « Page Web » si l’enregistrement est en ligne',
  computerProgram: 'en « Page Web » (la page de l’application)',
  dataset: 'en « Rapport » (l’organisme qui le diffuse dans « Institution ») ou en « Page Web »',
  standard: 'en « Rapport », l’organisme qui publie la norme dans « Institution »',
  preprint:
    'en « Article de revue » si l’article est paru depuis (avec la revue), sinon en « Rapport », le serveur (medRxiv…) dans « Institution »',
  manuscript:
    'en « Rapport » (document diffusé par un organisme) ou en « Présentation » (présenté à un événement, avec l’« Intitulé de la réunion »)',
  document: 'pour celui qui décrit le document : « Rapport » pour un document d’organisme, « Page Web » pour une page en ligne…',
  interview: 'en « Article de revue » ou en « Page Web » selon où l’entrevue est publiée',
  letter: 'en « Page Web » si la lettre est publiée en ligne (lettre ouverte)',
  statute: 'en « Page Web » (le texte de loi en ligne)',
  conferencePaper: 'en « Présentation » avec l’« Intitulé de la réunion », ou ajoutez le titre des actes (« Actes »)',
};

function refuse(label: string, zotero: keyof typeof ZOTERO_LABELS | undefined, exported: string): TypeDecision {
  const instead = zotero && INSTEAD[zotero] ? INSTEAD[zotero] : `pour l’un de ceux que le site publie : ${PUBLISHED_TYPES}`;
  return {
    refusal: {
      message: `type de document non publié par le site : ${label} (${exported})`,
      fix: `${CHANGE} ${instead}, ${THEN}`,
    },
  };
}

const zoteroLabel = (zotero: keyof typeof ZOTERO_LABELS) => `« ${ZOTERO_LABELS[zotero]} » dans Zotero`;

/** BibTeX and BibLaTeX types, as Zotero and other tools export them. */
const BIBTEX_TYPES: Record<string, EntryType> = {
  article: 'article',
  book: 'book',
  booklet: 'book',
  collection: 'book',
  mvbook: 'book',
  proceedings: 'book',
  incollection: 'incollection',
  inbook: 'inbook',
  inreference: 'inreference',
  report: 'report',
  techreport: 'report',
  manual: 'manual',
  thesis: 'thesis',
  phdthesis: 'thesis',
  mastersthesis: 'thesis',
  online: 'online',
  electronic: 'online',
  www: 'online',
  webpage: 'online',
};

/** BibLaTeX types Zotero writes for types the site does not publish. */
const BIBTEX_REFUSED: Record<string, keyof typeof ZOTERO_LABELS> = {
  video: 'videoRecording',
  movie: 'film',
  audio: 'audioRecording',
  music: 'audioRecording',
  software: 'computerProgram',
  dataset: 'dataset',
  standard: 'standard',
  legislation: 'statute',
  letter: 'letter',
  patent: 'patent',
  artwork: 'artwork',
  image: 'artwork',
  jurisdiction: 'case',
};

/** RIS types (Zotero's and EndNote's). */
const RIS_TYPES: Record<string, EntryType> = {
  JOUR: 'article',
  JFULL: 'article',
  EJOUR: 'article',
  MGZN: 'article',
  NEWS: 'article',
  BOOK: 'book',
  EBOOK: 'book',
  EDBOOK: 'book',
  CHAP: 'incollection',
  ECHAP: 'incollection',
  ENCYC: 'inreference',
  DICT: 'inreference',
  RPRT: 'report',
  GOVDOC: 'report',
  THES: 'thesis',
  ELEC: 'online',
  WEB: 'online',
  BLOG: 'online',
  ICOMM: 'online',
  SLIDE: 'unpublished',
};

const RIS_REFUSED: Record<string, keyof typeof ZOTERO_LABELS> = {
  VIDEO: 'videoRecording',
  MPCT: 'film',
  SOUND: 'audioRecording',
  MUSIC: 'audioRecording',
  COMP: 'computerProgram',
  DATA: 'dataset',
  STAND: 'standard',
  STAT: 'statute',
  PCOMM: 'letter',
  MANSCPT: 'manuscript',
  UNPB: 'manuscript',
  GEN: 'document',
  ART: 'artwork',
  MAP: 'map',
  PAT: 'patent',
  CASE: 'case',
  BILL: 'bill',
  HEAR: 'hearing',
};

/** CSL types (doi.org, Crossref) and the entry type they become. */
const CSL_TYPES: Record<string, EntryType> = {
  'article-journal': 'article',
  'article-magazine': 'article',
  'article-newspaper': 'article',
  review: 'article',
  book: 'book',
  chapter: 'incollection',
  'entry-dictionary': 'inreference',
  'entry-encyclopedia': 'inreference',
  entry: 'inreference',
  report: 'report',
  thesis: 'thesis',
  webpage: 'online',
  post: 'online',
  'post-weblog': 'online',
  speech: 'unpublished',
};

/** RIS types Zotero writes for several of its types. */
const RIS_LABELS: Record<string, string> = {
  GEN: '« Document », « Norme » ou « Prépublication » dans Zotero',
  SOUND: '« Enregistrement audio », « Balado (Podcast) » ou « Émission de radio » dans Zotero',
  PCOMM: '« Lettre » ou « Interview » dans Zotero',
};

const first = (record: ImportRecord, name: string) => record.sourceValues?.[name]?.[0];
const has = (record: ImportRecord, name: string) => (record.sourceFields ?? []).includes(name);

/** Fields a Zotero `@misc` has only when it is not a web page (a publisher, a place, editors, a DOI…). */
const NOT_A_WEB_PAGE = [
  'publisher',
  'address',
  'location',
  'editor',
  'edition',
  'doi',
  'chapter',
  'number',
  'isbn',
  'institution',
  'school',
  'organization',
];

/** Zotero's BibTeX writes `@misc` for some twenty types: one with an address and nothing a web page lacks is a web page. */
function misc(record: ImportRecord): TypeDecision {
  const url = record.item.URL ?? (/^https?:\/\//.test(first(record, 'howpublished') ?? '') ? first(record, 'howpublished') : undefined);
  if (url && !NOT_A_WEB_PAGE.some((name) => has(record, name))) {
    return {
      type: 'online',
      note: 'importée comme page web : le BibTeX de Zotero écrit « @misc » pour une vingtaine de types de documents ; si ce n’est pas une page web, retirez son entrée de bibliography/ajouts.bib et son résumé, puis importez-la au format RIS, qui garde le type.',
    };
  }
  return {
    refusal: {
      message:
        '« @misc » : le BibTeX de Zotero écrit ainsi une vingtaine de types de documents (présentation, article d’encyclopédie, vidéo, jeu de données…), le type exact est perdu',
      fix: `exportez cette référence de Zotero au format RIS (clic droit → Exporter le document… → format « RIS »), qui garde le type, et importez le fichier .ris ; si son type n’est pas ${PUBLISHED_TYPES}, ${CHANGE.charAt(0).toLowerCase()}${CHANGE.slice(1)} avant l’export.`,
    },
  };
}

/** `@unpublished`: a presentation when the event is named (`eventtitle`, or BibLaTeX's `note` as Zotero writes it), else a manuscript. */
function unpublished(record: ImportRecord): TypeDecision {
  if (record.item['event-title'] || record.item.event) return { type: 'unpublished' };
  const kind = `${first(record, 'howpublished') ?? ''} ${first(record, 'type') ?? ''}`;
  if (first(record, 'note') && !/manuscri/i.test(kind)) return { type: 'unpublished' };
  return refuse(`${zoteroLabel('manuscript')}, ou présentation sans nom d’événement`, 'manuscript', '« @unpublished »');
}

/** A conference paper: a chapter of its proceedings when they are named, else a presentation at the conference. */
function conferencePaper(proceedings: unknown, conference: unknown, exported: string): TypeDecision {
  if (proceedings) return { type: 'incollection' };
  if (conference) return { type: 'unpublished' };
  return refuse(zoteroLabel('conferencePaper'), 'conferencePaper', exported);
}

export function decideType(record: ImportRecord): TypeDecision {
  const { item, sourceType } = record;
  if (record.format === 'bibtex') {
    const exported = `« @${sourceType} »`;
    if (sourceType === 'misc') return misc(record);
    if (sourceType === 'unpublished') return unpublished(record);
    if (sourceType === 'inproceedings' || sourceType === 'conference') {
      return conferencePaper(item['container-title'], item['event-title'] ?? item.event, exported);
    }
    if (BIBTEX_TYPES[sourceType]) return { type: BIBTEX_TYPES[sourceType] };
    const zotero = BIBTEX_REFUSED[sourceType];
    return refuse(zotero ? zoteroLabel(zotero) : `type BibTeX inconnu`, zotero, exported);
  }
  if (record.format === 'ris') {
    const exported = `« TY  - ${sourceType} »`;
    if (sourceType === 'CONF' || sourceType === 'CPAPER') return conferencePaper(first(record, 'C3'), first(record, 'T2'), exported);
    if (RIS_TYPES[sourceType]) return { type: RIS_TYPES[sourceType] };
    const zotero = RIS_REFUSED[sourceType];
    return refuse(RIS_LABELS[sourceType] ?? (zotero ? zoteroLabel(zotero) : 'type RIS inconnu'), zotero, exported);
  }
  if (item.type === 'paper-conference')
    return conferencePaper(item['container-title'], item['event-title'] ?? item.event, `« ${item.type} »`);
  if (CSL_TYPES[item.type]) return { type: CSL_TYPES[item.type]! };
  return refuse(`« ${item.type} »`, undefined, 'doi.org');
}

/** Zotero's French names of the fields our types require (zotero-schema, locale fr-FR). */
const ZOTERO_FIELDS: Record<string, string | Partial<Record<EntryType, string>>> = {
  title: 'Titre',
  author: 'Auteur',
  year: 'Date',
  url: 'URL',
  urldate: 'Consulté le',
  journal: 'Publication',
  booktitle: { incollection: 'Titre du livre', inbook: 'Titre du livre', inreference: 'Titre de l’encycl. (ou Titre du dict.)' },
  eventtitle: 'Intitulé de la réunion',
  institution: { report: 'Institution', thesis: 'Université' },
};

/** The fix for a field our schemas require, in the words of Zotero's form; undefined for a field it has no name for. */
export function zoteroFieldFix(field: string | undefined, type: EntryType): string | undefined {
  const names = field === undefined ? undefined : ZOTERO_FIELDS[field];
  const name = typeof names === 'string' ? names : names?.[type];
  return name
    ? `dans Zotero, remplissez le champ « ${name} » de la référence (en RIS d’EndNote, son équivalent), puis exportez-la de nouveau.`
    : undefined;
}

/**
 * Deployment settings. The dossier gives no e-mail address for the BQD: set
 * BQD_EMAIL at build time to enable the prefilled "Demander à la BQD" e-mail;
 * without it the action points to the contact note on /a-propos/.
 */
export const siteConfig = {
  /** E-mail address of the Bibliothèque québécoise sur les dépendances, if known. */
  bqdEmail: process.env.BQD_EMAIL || undefined,
};

// Fails fast, with a clear message, when an npm script runs on a Node older than the build needs.
// npm scripts normally run on the Node 24 installed by the `node` devDependency.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} est trop ancien : ce site demande Node 22.12 ou plus récent.\n` +
      'Lancez d’abord « npm install » (il installe Node 24 pour les scripts du projet), ' +
      'puis utilisez les commandes « npm … » plutôt que ./node_modules/.bin/… directement.',
  );
  process.exit(1);
}

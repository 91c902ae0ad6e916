/**
 * Run before `npm start`, `npm run serve` and `npm test` (their pre-scripts in package.json).
 * The project runs on the Node 24 that `npm install` puts into node_modules/.bin (the npm package
 * `node`), which npm scripts find first on PATH; a machine's own Node may be older. When the
 * scripts still get an old Node (the install did not finish, or it was skipped), say so in one
 * sentence instead of a stack trace. Plain JavaScript on purpose: it must run on that old Node.
 */
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(
    `This project needs Node.js 22.18 or newer, but the npm scripts got Node.js ${process.version}` +
      ' (the Node 24 that `npm install` puts into node_modules/.bin is missing): run `npm install` and try again.',
  );
  process.exit(1);
}

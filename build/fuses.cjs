// The Electron fuses flipped into every packaged build by build/after-pack.cjs.
// Fuses are baked into the binary, so a packaged app cannot be talked out of
// them by environment variables or command-line switches.
// tests/build/packaging.test.ts pins every value: change both together, on purpose.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** @type {import('@electron/fuses').FuseV1Config} */
const fuses = Object.freeze({
  version: FuseVersion.V1,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (e.g. --require) and --inspect would let anyone inject code into the main process.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Together: only the app.asar electron-builder wrote, checked against the hash it embedded.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The renderer is served from app://, never file://, so file:// needs no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
});

module.exports = fuses;

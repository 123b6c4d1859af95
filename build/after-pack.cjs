// electron-builder afterPack hook: flips the fuses in build/fuses.cjs into the
// packed Electron binary. It runs after packing but before code signing, so the
// signature covers the flipped binary.
const path = require('node:path');
const { flipFuses } = require('@electron/fuses');
const { Arch } = require('electron-builder');
const fuses = require('./fuses.cjs');

/**
 * Where electron-builder put the Electron binary: the .app bundle on macOS, the
 * .exe on Windows, and on Linux the packager's executableName (the package name
 * lowercased unless configured), as in app-builder-lib's addElectronFuses.
 * @param {import('electron-builder').AfterPackContext} context
 * @returns {string}
 */
function electronExecutablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    case 'linux': {
      /** @type {{ executableName?: string }} */
      const linuxPackager = packager;
      return path.join(appOutDir, linuxPackager.executableName ?? packager.appInfo.sanitizedName.toLowerCase());
    }
    default:
      throw new Error(`after-pack: no known Electron binary location for platform "${electronPlatformName}".`);
  }
}

/**
 * @param {import('electron-builder').AfterPackContext} context
 * @returns {Promise<void>}
 */
async function afterPack(context) {
  const executable = electronExecutablePath(context);
  const darwin = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  // Flipping fuses breaks the ad-hoc signature; Apple Silicon refuses to run an unsigned binary.
  const needsAdHocResign = darwin && (context.arch === Arch.arm64 || context.arch === Arch.universal);
  await flipFuses(executable, { ...fuses, resetAdHocDarwinSignature: needsAdHocResign });
  console.log(`  • fuses flipped in ${path.relative(context.outDir, executable) || executable}`);
}

module.exports = afterPack;
module.exports.electronExecutablePath = electronExecutablePath;

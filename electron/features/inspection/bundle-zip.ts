import { configure, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

// Main runs in Node: zip.js's web workers are for browsers; compression runs in this process.
configure({ useWebWorkers: false });

/** zip.js's strongest WinZip AES setting: AES-256. */
const AES_256 = 3;

/** One ZIP, every entry encrypted with AES-256 under the passphrase. */
export async function encryptedZip(
  files: readonly { fileName: string; bytes: Uint8Array }[],
  passphrase: string,
  at: Date,
): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { password: passphrase, encryptionStrength: AES_256 });
  for (const file of files) {
    await writer.add(file.fileName, new Uint8ArrayReader(file.bytes), { lastModDate: at });
  }
  return writer.close();
}

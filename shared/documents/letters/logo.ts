import { ImageRun } from 'docx';
import { safeText } from '../safe-text';

/**
 * The agency's logo for the letterhead. The data URL is decoded here rather
 * than handed to docx as a string, and only a real PNG or JPEG whose size can
 * be read is used: anything else is left out, so a bad logo cannot spoil a letter.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map(Array.from({ length: ALPHABET.length }, (_, index) => [ALPHABET.charAt(index), index]));

/** Standard base64 to bytes, without Node's Buffer or the DOM's atob (shared/ has neither). */
export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '').replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let length = 0;
  for (const char of clean) {
    const value = VALUES.get(char);
    if (value === undefined) throw new Error('Not base64 text');
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[length++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes.subarray(0, length);
}

interface Picture {
  type: 'png' | 'jpg';
  data: Uint8Array;
  width: number;
  height: number;
}

const at = (bytes: Uint8Array, index: number) => bytes[index] ?? 0;
const uint16 = (bytes: Uint8Array, index: number) => (at(bytes, index) << 8) | at(bytes, index + 1);
const uint32 = (bytes: Uint8Array, index: number) => uint16(bytes, index) * 0x10000 + uint16(bytes, index + 2);

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(bytes: Uint8Array): [number, number] | null {
  if (!PNG_SIGNATURE.every((value, index) => bytes[index] === value)) return null;
  return [uint32(bytes, 16), uint32(bytes, 20)];
}

/** Start-of-frame markers carry the size; the others (DHT C4, JPG C8, DAC CC) do not. */
const isStartOfFrame = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(bytes: Uint8Array): [number, number] | null {
  if (at(bytes, 0) !== 0xff || at(bytes, 1) !== 0xd8) return null;
  let index = 2;
  while (index + 9 < bytes.length) {
    if (at(bytes, index) !== 0xff) return null;
    const marker = at(bytes, index + 1);
    if (marker === 0xff) {
      index += 1;
      continue;
    }
    if (isStartOfFrame(marker)) return [uint16(bytes, index + 7), uint16(bytes, index + 5)];
    index += 2 + uint16(bytes, index + 2);
  }
  return null;
}

/** The picture in a `data:image/png|jpeg;base64,…` URL, or null when there is none we can trust. */
export function readLogo(dataUrl: string): Picture | null {
  const match = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+=*)$/.exec(dataUrl);
  if (!match?.[1] || !match[2]) return null;
  let data: Uint8Array;
  try {
    data = decodeBase64(match[2]);
  } catch {
    return null;
  }
  const type = match[1] === 'png' ? 'png' : 'jpg';
  const size = type === 'png' ? pngSize(data) : jpegSize(data);
  if (!size || size[0] <= 0 || size[1] <= 0) return null;
  return { type, data, width: size[0], height: size[1] };
}

const MAX_WIDTH = 200;
const MAX_HEIGHT = 64;

/** The logo scaled to fit the letterhead (pixels at 96 to the inch), keeping its shape. */
export function logoRun(dataUrl: string, agencyName: string): ImageRun | null {
  const picture = readLogo(dataUrl);
  if (!picture) return null;
  const scale = Math.min(1, MAX_WIDTH / picture.width, MAX_HEIGHT / picture.height);
  const name = safeText(`${agencyName} logo`);
  return new ImageRun({
    type: picture.type,
    data: picture.data,
    transformation: {
      width: Math.max(1, Math.round(picture.width * scale)),
      height: Math.max(1, Math.round(picture.height * scale)),
    },
    altText: { name, title: name, description: name },
  });
}

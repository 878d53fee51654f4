// Bytes to text for license detection. License files in Chinese projects are often GBK/GB18030;
// UTF-16 files carry a BOM. Order: BOM, strict UTF-8, strict GB18030 (when it yields Han text),
// then windows-1252, which never fails. Binary content is refused by a NUL sniff.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

const SNIFF = 8192;

export function isBinary(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return false;
  const n = Math.min(bytes.length, SNIFF);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
  }
  return false;
}

/**
 * Latin-1 text often decodes as valid GB18030 ("Jürgen" becomes "J黵gen"). In real GBK text almost
 * every lead byte is followed by a high trail byte; in Latin-1 a high byte is usually followed by
 * an ASCII letter.
 */
function looksLikeGbk(bytes: Uint8Array): boolean {
  let paired = 0;
  let isolated = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x81) continue;
    if ((bytes[i + 1] ?? 0) >= 0x80) paired++;
    else isolated++;
    i++;
  }
  return paired >= 2 && paired >= isolated * 3;
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined)
    return { text: utf8.charCodeAt(0) === 0xfeff ? utf8.slice(1) : utf8, encoding: 'utf-8' };
  const gb = looksLikeGbk(bytes) ? tryDecode('gb18030', bytes) : undefined;
  if (gb !== undefined && hasHan(gb)) return { text: gb, encoding: 'gb18030' };
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

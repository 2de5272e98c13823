import { FileRejected } from './errors';
import { fileMessages } from './messages';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Bytes looked at before deciding on an encoding. */
const SNIFF_BYTES = 64 * 1024;

function decoderLabel(e: TextEncoding): string {
  return e === 'utf-8-bom' ? 'utf-8' : e;
}

export function encodingName(e: TextEncoding): string {
  return {
    'utf-8': 'UTF-8',
    'utf-8-bom': 'UTF-8 (BOM)',
    gb18030: 'GBK/GB18030',
    'utf-16le': 'UTF-16LE',
    'utf-16be': 'UTF-16BE',
  }[e];
}

function validIn(label: string, sample: Uint8Array): boolean {
  try {
    // stream: a character cut by the sample's end is not an error.
    new TextDecoder(label, { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Strict UTF-8 first, then GB18030 (a superset of GBK, which Taobao, JD and Excel re-saves use).
 * Strict decoding means a wrong guess fails loudly instead of producing mojibake.
 */
export function sniffEncoding(sample: Uint8Array, fileName: string): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be';
  if (sample.subarray(0, SNIFF_BYTES).includes(0)) throw new FileRejected(fileMessages.notText(fileName));
  if (validIn('utf-8', sample)) return 'utf-8';
  if (validIn('gb18030', sample)) return 'gb18030';
  throw new FileRejected(fileMessages.unknownEncoding(fileName));
}

export const SNIFF_SIZE = SNIFF_BYTES;

/**
 * Decodes a byte stream strictly. A byte that is not of the encoding, or a character cut off at
 * the end of the file, rejects the file with the line it happened on.
 */
export async function* decodeStream(
  chunks: AsyncIterable<Uint8Array>,
  encoding: TextEncoding,
  fileName: string,
): AsyncGenerator<string> {
  const decoder = new TextDecoder(decoderLabel(encoding), { fatal: true, ignoreBOM: false });
  let lines = 1;
  const countLines = (s: string) => {
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) lines++;
  };
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new FileRejected(fileMessages.badBytes(fileName, lines, encodingName(encoding)));
    }
    countLines(text);
    if (text) yield withoutControls(text);
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw new FileRejected(fileMessages.cutMidCharacter(fileName, lines, encodingName(encoding)));
  }
  if (tail) yield withoutControls(tail);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Text without control characters (NUL and the like; tabs and line breaks stay): no export means
 * them, and nothing stored may hold them. One pass over each decoded chunk.
 */
export function withoutControls(text: string): string {
  CONTROLS.lastIndex = 0;
  return CONTROLS.test(text) ? text.replace(CONTROLS, '') : text;
}

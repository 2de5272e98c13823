/**
 * The XML parts of an xlsx workbook, unpacked from the zip and fed to a SAX parser a chunk at a
 * time, against one budget of unpacked bytes for the whole workbook. A part cut short is refused
 * as incomplete; any other broken part names itself.
 */
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import { FileRejected, isSystemError } from './errors';
import { LIMITS } from './limits';
import { fileMessages } from './messages';

/** Plain (no namespace processing) and without position tracking: the fast mode. */
export const xmlParser = () => new SaxesParser({ xmlns: false, position: false });
type XmlParser = ReturnType<typeof xmlParser>;

/** An element or attribute name without its namespace prefix. */
export const local = (name: string) => {
  const i = name.indexOf(':');
  return i === -1 ? name : name.slice(i + 1);
};

/** Unpacked bytes read so far from one workbook's parts, against LIMITS.xlsxTotalBytes. */
export interface Budget {
  used: number;
}

/** Feeds a part's unpacked bytes, decoded as UTF-8, to a SAX parser, yielding after each chunk. */
export async function* parsePart(
  stream: Readable,
  parser: XmlParser,
  fileName: string,
  part: string,
  budget: Budget,
): AsyncGenerator<void> {
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of stream) {
      budget.used += (chunk as Buffer).length;
      if (budget.used > LIMITS.xlsxTotalBytes)
        throw new FileRejected(fileMessages.overLimit(fileName, 'xlsxTotalBytes', budget.used));
      parser.write(decoder.decode(chunk as Buffer, { stream: true }));
      yield;
    }
    parser.write(decoder.decode());
    parser.close();
  } catch (e) {
    if (e instanceof FileRejected || isSystemError(e)) throw e;
    const message = (e as Error).message ?? '';
    if (
      /too many bytes|too few bytes|unexpected end|invalid distance|invalid stored block|incorrect header check|invalid block type/i.test(
        message,
      )
    ) {
      throw new FileRejected(fileMessages.xlsxIncomplete(fileName, message.slice(0, 120)));
    }
    throw new FileRejected(fileMessages.badXlsx(fileName, `${part}: ${message.slice(0, 120)}`));
  } finally {
    stream.destroy();
  }
}

export async function drain(gen: AsyncGenerator<void>) {
  for await (const _ of gen);
}

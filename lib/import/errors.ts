import type { Message } from './messages';

/** The whole file is refused: nothing from it is stored. */
export class FileRejected extends Error {
  constructor(readonly msg: Message) {
    super(msg.code);
    this.name = 'FileRejected';
  }
}

/** A failure of this machine (disk full, no permission), not of the merchant's file. */
export const isSystemError = (e: unknown) =>
  typeof (e as { code?: unknown })?.code === 'string' && /^E[A-Z]+$/.test((e as { code: string }).code);

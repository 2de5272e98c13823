import type { Message } from './messages';

/** The whole file is refused: nothing from it is stored. */
export class FileRejected extends Error {
  constructor(readonly msg: Message) {
    super(msg.code);
    this.name = 'FileRejected';
  }
}

// The server's writer over stdio: each message is encoded (raw-json.ts) and written to the stream
// at once, in the order it is sent. vscode-jsonrpc's stream writer queues every message behind a
// setImmediate, one message per turn of the event loop: a notification or an answer sent while
// the server runs background work in slices (warm-ups, the resolution snapshot: pacer.ts) waited
// behind one slice per message queued before it. On Linux a pipe write is synchronous, and
// Node keeps the order of writes on any stream, so no queue is needed for order.
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { encodeMessage } from './raw-json';

export class StdioWriter extends AbstractMessageWriter implements MessageWriter {
  private errors = 0;

  constructor(private readonly out: NodeJS.WritableStream) {
    super();
    out.on('error', (e: Error) => this.fireError(e));
    out.on('close', () => this.fireClose());
  }

  write(msg: Message): Promise<void> {
    try {
      const body = encodeMessage(msg);
      this.out.write(`Content-Length: ${body.byteLength}\r\n\r\n`, 'ascii');
      this.out.write(body);
      return Promise.resolve();
    } catch (e) {
      this.fireError(e, msg, ++this.errors);
      return Promise.reject(e);
    }
  }

  end(): void {
    this.out.end();
  }
}

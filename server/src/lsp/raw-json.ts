// Request results sent as JSON bytes made (and kept) by the server, not as objects serialised
// anew for each answer. The references of a much-quoted speaker are tens of thousands of
// locations: as objects, every answer allocates a few hundred thousand of them and a JSON
// string of megabytes, all garbage a moment later (the bench's 50 references requests at
// 10,000 articles took the server from 670 to 870 MB before a collection).
//
//   RawJson           a result: its JSON as UTF-8 bytes (made on first use), or its plain value (toJSON)
//   encodeMessage     a message's bytes, a RawJson's spliced into the response (the stdio writer's encoding)
//
// A transport that serialises messages itself (node IPC) calls toJSON(), which gives the plain
// value: the answer is the same, only not pre-serialised.
import type { Message } from 'vscode-jsonrpc';

export class RawJson<T = unknown> {
  private made: Uint8Array | null = null;

  constructor(
    private readonly value: () => T,
    /** the value's JSON as UTF-8 */
    private readonly serialise: () => Uint8Array,
  ) {}

  /** the result as JSON, UTF-8 (made once) */
  get bytes(): Uint8Array {
    return (this.made ??= this.serialise());
  }

  /** the plain value, for JSON.stringify and any other consumer */
  toJSON(): T {
    return this.value();
  }
}

const CLOSE = Buffer.from('}');

/** a message as JSON bytes, as vscode-jsonrpc encodes it, except that a RawJson result goes in as its bytes */
export function encodeMessage(msg: Message): Buffer {
  if (!((msg as { result?: unknown }).result instanceof RawJson)) return Buffer.from(JSON.stringify(msg, undefined, 0), 'utf8');
  const { result, ...rest } = msg as Message & { result: RawJson };
  // the message without its result, then the result's bytes in place of the closing brace
  const head = `${JSON.stringify(rest).slice(0, -1)}${Object.keys(rest).length ? ',' : ''}"result":`;
  return Buffer.concat([Buffer.from(head, 'utf8'), result.bytes, CLOSE]);
}

/** a RawJson as the result type of a request handler (it stands for its value) */
export function asResult<T>(raw: RawJson<T> | null): T | null {
  return raw as unknown as T | null;
}

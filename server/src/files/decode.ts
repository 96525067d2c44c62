// Turns a file's bytes into the text an editor would show, or says why it cannot.
// Shared by the CLI and the server so that both treat bad input the same way.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.indexOf(0) !== -1) return { ok: false, reason: 'binary file (contains NUL bytes), skipped' };
  try {
    // ignoreBOM: false strips a leading UTF-8 BOM, as editors do when they load a file,
    // so offsets are those of the text the user sees.
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, reason: 'not valid UTF-8, skipped' };
  }
}

// Reads a whole file with one read call on libuv's thread pool.
//
// fs.promises.readFile reads in 512 KB chunks, and each next chunk is asked for from the main
// thread: while that thread is busy (a warm start walks the folders while it reads its 30 and
// 46 MB caches), the read waits between chunks. One read into a buffer of the file's size
// finishes off the main thread (short reads are continued, so a file that grows or shrinks
// meanwhile still reads correctly up to its size when stat'ed, or to its end).
import { close, fstat, open, read } from 'node:fs';

export function readWhole(path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    open(path, 'r', (openError, fd) => {
      if (openError) return reject(openError);
      const fail = (e: Error) => close(fd, () => reject(e));
      fstat(fd, (statError, st) => {
        if (statError) return fail(statError);
        if (!st.isFile()) return fail(Object.assign(new Error(`${path}: not a file`), { code: 'EISDIR' }));
        const buffer = Buffer.allocUnsafe(st.size);
        let pos = 0;
        const next = (): void => {
          if (pos >= buffer.length) return close(fd, () => resolve(buffer));
          read(fd, buffer, pos, buffer.length - pos, pos, (readError, n) => {
            if (readError) return fail(readError);
            if (n === 0) return close(fd, () => resolve(buffer.subarray(0, pos)));
            pos += n;
            next();
          });
        };
        next();
      });
    });
  });
}

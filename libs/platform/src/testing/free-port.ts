import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that was free a moment ago (tests and benchmarks start servers on it). */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

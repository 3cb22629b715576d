// Reading a request body under a byte limit: 413 as soon as it is exceeded, whether the
// client announced the length or streams it chunked.
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http.js';

export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const announced = Number(req.headers['content-length']);
  if (Number.isFinite(announced) && announced > maxBytes) {
    return Promise.reject(tooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (c: Buffer) => {
      if (done) return;
      size += c.length;
      if (size > maxBytes) {
        done = true;
        chunks.length = 0;
        reject(tooLarge(maxBytes));
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => { if (!done) { done = true; resolve(Buffer.concat(chunks)); } });
    req.on('error', (err) => { if (!done) { done = true; reject(err); } });
    // a client that hangs up mid-body ends neither with 'end' nor always with 'error'
    req.on('close', () => { if (!done) { done = true; reject(new HttpError(400, 'request body cut short')); } });
  });
}

function tooLarge(maxBytes: number): HttpError {
  // Connection: close, so the unread rest of the body is not taken for the next request.
  return new HttpError(413, `request body larger than ${maxBytes} bytes`, undefined, { Connection: 'close' });
}

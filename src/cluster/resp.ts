// RESP2, the Redis wire protocol: commands out as arrays of bulk strings, replies parsed
// incrementally from whatever chunks the socket delivers.

export type RespArg = string | number | Buffer;
/** A parsed reply: bulk strings as UTF-8 text, errors as Error values (also inside arrays). */
export type RespValue = string | number | null | Error | RespValue[];

/** Error reply from the server (`-ERR ...`, `-NOSCRIPT ...`). */
export class RedisReplyError extends Error {
  override name = 'ReplyError';
}

export function encodeCommand(args: readonly RespArg[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const a of args) {
    const b = Buffer.isBuffer(a) ? a : Buffer.from(String(a), 'utf8');
    parts.push(Buffer.from(`$${b.length}\r\n`), b, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}

const NEED_MORE = Symbol('need more');
type Step = { value: RespValue; next: number } | typeof NEED_MORE;

/** Feeds socket chunks in, hands complete replies out in order. */
export class RespParser {
  private buf: Buffer = Buffer.alloc(0);
  /** Chunks held back while a big bulk string is still arriving (joined once, not per chunk). */
  private held: Buffer[] = [];
  private heldBytes = 0;
  /** Bytes the reply under way needs before parsing can make progress. */
  private want = 0;

  push(chunk: Buffer): RespValue[] {
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.buf.length + this.heldBytes < this.want) return [];
    this.buf = Buffer.concat([this.buf, ...this.held]);
    this.held = [];
    this.heldBytes = 0;
    this.want = 0;
    const out: RespValue[] = [];
    let pos = 0;
    for (;;) {
      const step = this.parse(pos);
      if (step === NEED_MORE) break;
      out.push(step.value);
      pos = step.next;
    }
    this.buf = pos >= this.buf.length ? Buffer.alloc(0) : this.buf.subarray(pos);
    this.want = Math.max(0, this.want - pos);
    return out;
  }

  private line(pos: number): { text: string; next: number } | null {
    const end = this.buf.indexOf('\r\n', pos);
    return end < 0 ? null : { text: this.buf.toString('utf8', pos + 1, end), next: end + 2 };
  }

  private parse(pos: number): Step {
    if (pos >= this.buf.length) return NEED_MORE;
    const head = this.line(pos);
    if (!head) return NEED_MORE;
    switch (this.buf[pos]) {
      case 0x2b: // + simple string
        return { value: head.text, next: head.next };
      case 0x2d: // - error
        return { value: new RedisReplyError(head.text), next: head.next };
      case 0x3a: // : integer
        return { value: Number(head.text), next: head.next };
      case 0x24: { // $ bulk string
        const len = Number(head.text);
        if (len < 0) return { value: null, next: head.next };
        if (head.next + len + 2 > this.buf.length) {
          this.want = Math.max(this.want, head.next + len + 2);
          return NEED_MORE;
        }
        return { value: this.buf.toString('utf8', head.next, head.next + len), next: head.next + len + 2 };
      }
      case 0x2a: { // * array
        const n = Number(head.text);
        if (n < 0) return { value: null, next: head.next };
        const items: RespValue[] = [];
        let next = head.next;
        for (let i = 0; i < n; i++) {
          const step = this.parse(next);
          if (step === NEED_MORE) return NEED_MORE;
          items.push(step.value);
          next = step.next;
        }
        return { value: items, next };
      }
      default:
        throw new Error(`RESP: unexpected reply type byte 0x${(this.buf[pos] ?? 0).toString(16)}`);
    }
  }
}

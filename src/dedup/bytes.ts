// Signatures as bytes for storage: little-endian whatever the platform, so a store file moves
// between machines intact.

export function signatureToBytes(sig: Uint32Array): Buffer {
  const buf = Buffer.alloc(sig.length * 4);
  sig.forEach((v, i) => buf.writeUInt32LE(v, i * 4));
  return buf;
}

export function signatureFromBytes(buf: Uint8Array): Uint32Array {
  if (buf.length % 4 !== 0) throw new Error(`signature blob of ${buf.length} bytes is not a whole number of slots`);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const sig = new Uint32Array(buf.length / 4);
  for (let i = 0; i < sig.length; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}

// A streamed file reply: routes return one of these instead of JSON, and the server writes its
// chunks as they come, waiting for the socket to drain, so an export never sits whole in memory.
export class Download {
  constructor(readonly mime: string, readonly filename: string, readonly chunks: AsyncIterable<string>) {}
}

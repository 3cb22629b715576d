// zod's parse option for a schema parsed once, as a data file's is at start-up. By default zod v4
// compiles a fast path (new Function) for each object schema the first time it parses with it:
// worth it for a schema parsed per row or request (store rows, JSONL records), a loss for one
// parsed once, where the compiling is most of the parse. The same checks run either way (zod's
// "Skip eval-based fast path"); with it, start-up took about 4% less CPU (issue 16).
export const PARSE_ONCE = { jitless: true } as const;

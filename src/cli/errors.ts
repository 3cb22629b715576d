// A user error is reported in one line and a non-zero exit, never a stack trace.
export class UsageError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

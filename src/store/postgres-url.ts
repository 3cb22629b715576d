// Which store targets are PostgreSQL, apart from postgres.ts so that opening a SQLite file never
// loads the pg driver (about 0.1 CPU-s per process).

export const isPostgresUrl = (target: string): boolean => /^postgres(ql)?:\/\//i.test(target);

// Casualty and arrest counts can be hedged ("at least 20", "dozens"): keep that beside the numbers.
export const version = 3;
export const name = 'size_approximate';
export const sql = `
ALTER TABLE events ADD COLUMN size_approximate INTEGER NOT NULL DEFAULT 0;
`;

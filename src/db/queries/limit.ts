/**
 * The LIMIT of every keyset query, written as an expression rather than a bare `@limit`: SQLite
 * plans with the value of a bound LIMIT and so prepares the statement again each time it is bound,
 * which costs as much as a small query itself (bench/results.md, "Metadata").
 */
export const LIMIT = 'LIMIT CAST(@limit AS INTEGER)';

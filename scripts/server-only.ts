// Stands in for `server-only` in Node scripts (scripts/tsconfig.json): there is no client here.
export {};

import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

/**
 * Next's own flat configs (React, hooks, a11y, Core Web Vitals, typescript-eslint recommended),
 * plus Drizzle's guards: a `db.delete(t)` or `tx.update(t)` without `.where()` touches every row,
 * so it is an error, not a style matter.
 */
const config = [
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "drizzle/meta/**",
      ".data/**",
      ".e2e-data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ["**/*.{js,mjs,cjs,ts,tsx,mts,cts}"],
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    // App Router only: there is no pages/ directory for this rule to check links against.
    rules: { "@next/next/no-html-link-for-pages": "off" },
  },
  {
    // Unused names are mistakes; a leading underscore marks the deliberate ones.
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
];

export default config;

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
  // The layers (docs/ARCHITECTURE.md, "Layers"): app → lib → db, components beside app. Each
  // rule forbids the import that would make a layer lean on one above it.
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/components", "@/components/*"], message: "lib/ is below components/: move the shared type or helper into lib/." },
            { group: ["@/app", "@/app/*"], message: "lib/ is below app/: routing concerns stay in app/." },
          ],
        },
      ],
    },
  },
  {
    // db/ is the leaf: schema, connections, migrations. Which database the app opens, and the
    // seeds (which write audit events), belong to lib/.
    files: ["db/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib", "@/lib/*", "@/components", "@/components/*", "@/app", "@/app/*"], message: "db/ is the leaf: it imports nothing from lib/, components/ or app/." },
          ],
        },
      ],
    },
  },
  {
    // Components and pages reach the database only through lib/. Types are allowed: they never
    // reach a bundle, and the rows' shapes are the schema's.
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*"],
              allowTypeImports: true,
              message: "Go through lib/ (queries, commands; enum codes from @/lib/enums), not db/.",
            },
          ],
        },
      ],
    },
  },
  {
    // One write path: a transaction is opened by defineMutation (lib/mutation.ts) and nowhere
    // else, so no write escapes authorisation, validation and its audit event. The exceptions
    // below write with no signed-in actor (migrations, seeds, the first administrator from the
    // command line, linking an identity at sign-in) and are reviewed as such.
    files: ["**/*.{ts,tsx}"],
    ignores: [
      "lib/mutation.ts",
      "db/migrate.ts",
      "lib/seed/**",
      "scripts/**",
      "tests/**",
      "e2e/**",
      "lib/users/first-admin.ts",
      // ČNB rates imported by the command line or the daily fetch: no signed-in actor either.
      "lib/rates/system.ts",
      "lib/auth/oidc.ts",
    ],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message: "Writes go through defineMutation (lib/mutation.ts), which owns the transaction.",
        },
      ],
    },
  },
];

export default config;

import { createJiti } from "jiti";
import createNextIntlPlugin from "next-intl/plugin";

// Validate the environment at build and start: a bad or missing variable stops here with a
// message naming it (lib/env.ts), not at the first request.
const jiti = createJiti(import.meta.url);
const { env } = await jiti.import("./lib/env.ts");
try {
  env();
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled (bundling
  // breaks `next build` and copies the WASM into public assets); argon2 and pg are native/Node-only.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pg", "exceljs"],
  experimental: {
    authInterrupts: true,
    // Above Next's 1 MB default: an oversized field must reach the form's validation (a field
    // error, the form kept) rather than the body-limit error page that loses what was typed.
    // Legitimate forms send a few kilobytes; this still bounds what one request can make us parse.
    serverActions: { bodySizeLimit: "8mb" },
  },
  // Metadata (the page <title>) in the <head> of every response, not streamed in after the
  // content: a screen reader announces the title on load (WCAG 2.4.2), and axe sees it at once.
  htmlLimitedBots: /.*/,
  poweredByHeader: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

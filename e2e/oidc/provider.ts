import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type Configuration, type KoaContextWithOIDC } from "oidc-provider";

/**
 * A real OpenID Connect provider for the end-to-end tests: `oidc-provider` (OpenID Certified),
 * on loopback, standing in for the city's Entra ID. The app talks to it exactly as to Entra:
 * discovery, authorization-code flow with PKCE (required here), state and nonce, a client
 * secret at the token endpoint, a signed ID token.
 *
 * Its directory is every e-mail address: whoever types an address on its login page is that
 * person, with a stable subject derived from it. Whether that person may enter the registry
 * (a known user, an unknown identity, a deactivated account) is the app's decision alone,
 * which is what the tests check (lib/auth/oidc.ts).
 */

export type TestProviderOptions = {
  issuer: string;
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
};

export type RunningTestProvider = { issuer: string; close(): Promise<void> };

/** The subject the provider gives the person with this e-mail: stable, opaque to the app. */
export const subjectFor = (email: string) => `e2e-${Buffer.from(email.trim().toLowerCase()).toString("base64url")}`;

function emailOf(subject: string): string | null {
  if (!subject.startsWith("e2e-")) return null;
  const email = Buffer.from(subject.slice(4), "base64url").toString("utf8");
  return email.includes("@") ? email : null;
}

const SCOPE = "openid email profile";

function configuration(options: TestProviderOptions): Configuration {
  // A fresh signing key per run: nothing signed by an earlier run is accepted.
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  return {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [{ ...signingKey, kid: "e2e", use: "sig", alg: "RS256" }] },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    pkce: { required: () => true },
    // Short, as a real provider's: a test that waits longer has hung anyway.
    ttl: { AuthorizationCode: 300, Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    // Like Entra ID: the ID token itself carries the e-mail and name (no userinfo call needed).
    conformIdTokenClaims: false,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(_ctx, sub) {
      const email = emailOf(sub);
      if (!email) return undefined;
      return {
        accountId: sub,
        claims: () => ({ sub, email, email_verified: true, name: `Test ${email.split("@")[0]}` }),
      };
    },
    // The registry is a first-party client: consent is implied, as a tenant admin grants it in Entra.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existing = session.grantIdFor(client.clientId);
      if (existing) {
        const grant = await ctx.oidc.provider.Grant.find(existing);
        if (grant) return grant;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope(SCOPE);
      await grant.save();
      return grant;
    },
  };
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** The provider's pages: plain HTML that passes the same axe and 320 px checks as the app's. */
function htmlPage(body: string): string {
  return `<!doctype html>
<html lang="cs">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Přihlášení – testovací poskytovatel identity</title>
</head>
<body style="font-family: sans-serif; margin: 1rem; color: #111; background: #fff">
<main>
<h1>Testovací poskytovatel identity</h1>
${body}
</main>
</body>
</html>`;
}

const errorPage = (message: string) => htmlPage(`<p role="alert" style="color: #a00">${escapeHtml(message)}</p>`);

function loginPage(uid: string, error?: string): string {
  const action = `/interaction/${encodeURIComponent(uid)}/login`;
  return htmlPage(`<p>Jen pro automatické testy: zadaný e-mail je přihlášená osoba.</p>
${error ? `<p role="alert" style="color: #a00">${escapeHtml(error)}</p>` : ""}
<form method="post" action="${escapeHtml(action)}">
<p><label for="login">E-mail osoby</label><br><input id="login" name="login" type="email" autocomplete="username" required style="max-width: 100%"></p>
<p><button type="submit">Pokračovat</button></p>
</form>`);
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 16_384) throw new Error("form too large");
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

function send(res: http.ServerResponse, status: number, html: string) {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}

/** Starts the provider on 127.0.0.1:<port>; close() stops it. */
export async function startTestProvider(options: TestProviderOptions): Promise<RunningTestProvider> {
  const provider = new Provider(options.issuer, configuration(options));
  const handleOidc = provider.callback();

  async function handleInteraction(req: http.IncomingMessage, res: http.ServerResponse, path: string) {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name !== "login") {
      // Consent is implied (loadExistingGrant); any other prompt is not part of this flow.
      return send(res, 400, errorPage(`Nečekaný krok „${details.prompt.name}“.`));
    }
    if (req.method === "GET" && path === `/interaction/${details.uid}`) return send(res, 200, loginPage(details.uid));
    if (req.method === "POST" && path === `/interaction/${details.uid}/login`) {
      const login = (await readForm(req)).get("login")?.trim() ?? "";
      if (!login.includes("@")) return send(res, 400, loginPage(details.uid, "Zadejte e-mail."));
      await provider.interactionFinished(req, res, { login: { accountId: subjectFor(login) } }, { mergeWithLastSubmission: false });
      return;
    }
    send(res, 404, errorPage("Neznámá adresa."));
  }

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", options.issuer).pathname;
    if (!path.startsWith("/interaction/")) return void handleOidc(req, res);
    handleInteraction(req, res, path).catch((error: unknown) => {
      // E.g. an expired interaction: the tests see a plain page, the log says why.
      console.error("[e2e oidc] interaction failed:", error);
      if (!res.headersSent) send(res, 400, errorPage("Přihlášení u poskytovatele se nezdařilo."));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    issuer: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive sockets would hold close() open
      }),
  };
}

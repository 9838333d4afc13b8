// A real OpenID Connect provider (the oidc-provider package) on an address of this machine, to test
// the sign-in with the institutional account without imitating the protocol: discovery,
// authorization code flow, PKCE, state and nonce, a token signed with its own key. Its accounts
// carry `tid` and `oid` like Microsoft Entra ID's, and can be changed during the test (an e-mail
// that changes in the directory). On the provider's login page one types the account's
// identifier.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

export interface CuentaDePrueba {
  /** Entra ID's object id; `sub` is derived from it. */
  oid: string;
  tid: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

export interface ProveedorOidc {
  /** The issuer: ENTRA_ISSUER for the application. */
  emisor: string;
  clientId: string;
  clientSecret: string;
  /** The directory's people, by the identifier typed on the provider's login page. */
  cuentas: Map<string, CuentaDePrueba>;
  detener(): Promise<void>;
}

const escapar = (texto: string) => texto.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function paginaDeIngreso(uid: string, error?: string): string {
  return `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Proveedor de identidad de pruebas</title></head>
<body><main><h1>Proveedor de identidad de pruebas</h1>
${error ? `<p role="alert">${escapar(error)}</p>` : ""}
<form method="post" action="/interaccion/${escapar(uid)}">
<label for="cuenta">Cuenta del directorio</label> <input id="cuenta" name="cuenta" autocomplete="off">
<button type="submit">Continuar</button>
</form></main></body></html>`;
}

async function cuerpo(req: http.IncomingMessage): Promise<URLSearchParams> {
  const partes: Buffer[] = [];
  for await (const parte of req) partes.push(parte as Buffer);
  return new URLSearchParams(Buffer.concat(partes).toString("utf8"));
}

/**
 * Starts the provider on 127.0.0.1 (a free port unless one is given) with one confidential client
 * whose redirect URIs are `redirecciones`.
 */
export async function iniciarProveedorOidc(opciones: {
  redirecciones: string[];
  puerto?: number;
}): Promise<ProveedorOidc> {
  const servidor = http.createServer();
  await new Promise<void>((resolve) => servidor.listen(opciones.puerto ?? 0, "127.0.0.1", resolve));
  const { port } = servidor.address() as AddressInfo;
  const emisor = `http://127.0.0.1:${port}`;
  const clientId = "aplicacion-plan-accion";
  const clientSecret = randomBytes(24).toString("base64url");
  const cuentas = new Map<string, CuentaDePrueba>();
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const llave = { ...privateKey.export({ format: "jwk" }), kid: "pruebas", alg: "RS256", use: "sig" };

  const proveedor = new Provider(emisor, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: opciones.redirecciones,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [llave as never] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    claims: {
      openid: ["sub", "tid", "oid"],
      email: ["email", "email_verified"],
      profile: ["name", "preferred_username"],
    },
    ttl: {
      Session: 3600,
      Interaction: 600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
    // As Entra ID does: the ID token carries the claims of the scopes, not only the userinfo.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaccion) => `/interaccion/${interaccion.uid}` },
    async findAccount(_ctx, id) {
      const cuenta = [...cuentas.entries()].find(([, c]) => c.oid === id)?.[1];
      if (!cuenta) return undefined;
      return {
        accountId: id,
        claims: () => ({
          sub: `sub-${cuenta.oid}`,
          oid: cuenta.oid,
          tid: cuenta.tid,
          email: cuenta.email,
          email_verified: cuenta.email_verified,
          name: cuenta.name,
          preferred_username: cuenta.email,
        }),
      };
    },
    // A first-party client: the scopes are granted without a consent screen.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session } = ctx.oidc;
      if (!client || !session?.accountId) return undefined;
      const existente = session.grantIdFor(client.clientId);
      if (existente) return ctx.oidc.provider.Grant.find(existente);
      const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      session.grantIdFor(client.clientId, grant.jti);
      return grant;
    },
  });
  const atender = proveedor.callback();

  servidor.on("request", (req, res) => {
    const ruta = /^\/interaccion\/([\w-]+)$/.exec(req.url ?? "");
    if (!ruta) return void atender(req, res);
    const uid = ruta[1]!;
    void (async () => {
      try {
        const detalles = await proveedor.interactionDetails(req, res);
        if (detalles.uid !== uid) throw new Error("interacción ajena");
        if (req.method !== "POST") {
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(paginaDeIngreso(uid));
          return;
        }
        const nombre = (await cuerpo(req)).get("cuenta")?.trim() ?? "";
        const cuenta = cuentas.get(nombre);
        if (!cuenta) {
          res
            .writeHead(200, { "content-type": "text/html; charset=utf-8" })
            .end(paginaDeIngreso(uid, `No existe la cuenta «${nombre}».`));
          return;
        }
        await proveedor.interactionFinished(
          req,
          res,
          { login: { accountId: cuenta.oid } },
          { mergeWithLastSubmission: false },
        );
      } catch (error) {
        res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end(String(error));
      }
    })();
  });

  return {
    emisor,
    clientId,
    clientSecret,
    cuentas,
    detener: () =>
      new Promise<void>((resolve) => {
        servidor.closeAllConnections();
        servidor.close(() => resolve());
      }),
  };
}

// Without "server-only": the launcher (scripts/start.ts, outside Next.js) validates these settings
// before starting anything. Nothing in a client component imports it.
import type { OAuthConfig } from "next-auth/providers/oauth";

/** The id of the provider in next-auth's routes: /api/auth/signin/entra-id, /api/auth/callback/entra-id. */
export const PROVEEDOR_ENTRA = "entra-id";

/** How the application talks to Microsoft Entra ID; `null` when it is not configured. */
export interface ConfiguracionEntra {
  /** The issuer whose `/.well-known/openid-configuration` describes the endpoints and keys. */
  emisor: string;
  clientId: string;
  clientSecret: string;
  /** The directories (`tid`) whose people may sign in: one by default, several only if configured. */
  inquilinos: readonly string[];
}

const AUTORIDAD = "https://login.microsoftonline.com";

/** Entra ID's own words for "any directory": accepting them would let any organisation in. */
const INQUILINOS_ABIERTOS = new Set(["common", "organizations", "consumers"]);

/**
 * Reads ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET and ENTRA_TENANT_ID (one directory id, or several
 * separated by commas), and ENTRA_ISSUER to point at another issuer (a sovereign cloud, or the
 * loopback provider of the tests). Without the three the institutional sign-in does not exist:
 * the button is hidden and the provider is not registered. A half-done configuration fails loudly.
 */
export function configuracionEntra(
  entorno: Readonly<Record<string, string | undefined>> = process.env,
): ConfiguracionEntra | null {
  const clientId = entorno.ENTRA_CLIENT_ID?.trim() ?? "";
  const clientSecret = entorno.ENTRA_CLIENT_SECRET?.trim() ?? "";
  const inquilinos = (entorno.ENTRA_TENANT_ID ?? "")
    .split(",")
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  const emisorPropio = entorno.ENTRA_ISSUER?.trim().replace(/\/+$/, "") ?? "";
  if (!clientId && !clientSecret && inquilinos.length === 0 && !emisorPropio) return null;
  const faltan = [
    !clientId && "ENTRA_CLIENT_ID",
    !clientSecret && "ENTRA_CLIENT_SECRET",
    inquilinos.length === 0 && "ENTRA_TENANT_ID",
  ].filter(Boolean);
  if (faltan.length > 0) {
    throw new Error(
      `Ingreso institucional a medio configurar: falta ${faltan.join(", ")}. Defina las tres ` +
        "(ENTRA_CLIENT_ID, ENTRA_CLIENT_SECRET, ENTRA_TENANT_ID) o ninguna.",
    );
  }
  const abiertos = inquilinos.filter((t) => INQUILINOS_ABIERTOS.has(t));
  if (abiertos.length > 0) {
    throw new Error(
      `ENTRA_TENANT_ID no admite «${abiertos.join(", ")}»: indique el id del directorio (o los ids, ` +
        "separados por comas) cuyas personas pueden ingresar.",
    );
  }
  const emisor =
    emisorPropio ||
    (inquilinos.length === 1 ? `${AUTORIDAD}/${inquilinos[0]}/v2.0` : `${AUTORIDAD}/organizations/v2.0`);
  return { emisor, clientId, clientSecret, inquilinos };
}

/** The claims of an Entra ID (or any OpenID Connect) ID token that the application reads. */
export interface ReclamosEntra extends Record<string, unknown> {
  sub: string;
  /** The person's object id: the same in every application of the directory, never reassigned. */
  oid?: string;
  /** The directory. */
  tid?: string;
  email?: string;
  email_verified?: boolean;
  /** Entra ID: the owner of the e-mail's domain was verified by the directory. */
  xms_edov?: boolean | string;
  name?: string;
  preferred_username?: string;
}

/** The identity an ID token asserts, as the application keeps it. */
export interface IdentidadAfirmada {
  inquilino: string | null;
  sujeto: string;
  /** Lower-case; null unless the provider says it is verified. */
  correoVerificado: string | null;
  /** Whatever e-mail came, verified or not, for the audit trail. */
  correo: string | null;
}

const verdadero = (valor: unknown) => valor === true || valor === "true" || valor === "1" || valor === 1;

/**
 * Only a verified e-mail may find an account: `email_verified` (OpenID Connect), or Entra ID's
 * `xms_edov` (the domain's owner is verified), which must be added as an optional claim.
 */
export function identidadDe(reclamos: ReclamosEntra): IdentidadAfirmada {
  const correo = typeof reclamos.email === "string" ? reclamos.email.trim().toLowerCase() || null : null;
  const verificado = verdadero(reclamos.email_verified) || verdadero(reclamos.xms_edov);
  return {
    inquilino: typeof reclamos.tid === "string" && reclamos.tid ? reclamos.tid.toLowerCase() : null,
    sujeto: typeof reclamos.oid === "string" && reclamos.oid ? reclamos.oid : reclamos.sub,
    correoVerificado: verificado ? correo : null,
    correo,
  };
}

/**
 * The next-auth provider: OpenID Connect with discovery, the authorization code flow and all three
 * checks (state, PKCE and nonce), the identity read from the signed ID token.
 */
export function proveedorEntra(c: ConfiguracionEntra): OAuthConfig<ReclamosEntra> {
  return {
    id: PROVEEDOR_ENTRA,
    name: "Cuenta institucional",
    type: "oauth",
    wellKnown: `${c.emisor}/.well-known/openid-configuration`,
    clientId: c.clientId,
    clientSecret: c.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    profile(reclamos) {
      const identidad = identidadDe(reclamos);
      // Replaced by the account's own data once the sign-in is allowed (auth.ts, signIn).
      return {
        id: identidad.sujeto,
        name: typeof reclamos.name === "string" ? reclamos.name : null,
        email: identidad.correo,
      } as never;
    },
  };
}

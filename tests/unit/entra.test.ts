import { describe, expect, it } from "vitest";
import { configuracionEntra, identidadDe, proveedorEntra } from "@/server/entra";

const TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47";
const OTRO = "0b0c0d0e-1111-4222-8333-444455556666";
const BASE = { ENTRA_CLIENT_ID: "cliente", ENTRA_CLIENT_SECRET: "secreto" };

describe("configuración del ingreso institucional", () => {
  it("sin ninguna variable no existe: el botón no aparece", () => {
    expect(configuracionEntra({})).toBeNull();
    expect(configuracionEntra({ ENTRA_TENANT_ID: " ", ENTRA_CLIENT_ID: "" })).toBeNull();
  });

  it("a medio configurar falla diciendo qué falta", () => {
    expect(() => configuracionEntra({ ENTRA_CLIENT_ID: "cliente" })).toThrow(
      "Ingreso institucional a medio configurar: falta ENTRA_CLIENT_SECRET, ENTRA_TENANT_ID.",
    );
    expect(() => configuracionEntra({ ...BASE })).toThrow(/falta ENTRA_TENANT_ID\./);
  });

  it("un directorio: su emisor de Entra ID v2.0", () => {
    expect(configuracionEntra({ ...BASE, ENTRA_TENANT_ID: TENANT.toUpperCase() })).toEqual({
      emisor: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      clientId: "cliente",
      clientSecret: "secreto",
      inquilinos: [TENANT],
    });
  });

  it("varios directorios solo si se enumeran; nunca «common» ni «organizations»", () => {
    expect(configuracionEntra({ ...BASE, ENTRA_TENANT_ID: `${TENANT}, ${OTRO}` })).toMatchObject({
      emisor: "https://login.microsoftonline.com/organizations/v2.0",
      inquilinos: [TENANT, OTRO],
    });
    expect(() => configuracionEntra({ ...BASE, ENTRA_TENANT_ID: "common" })).toThrow(/no admite «common»/);
    expect(() => configuracionEntra({ ...BASE, ENTRA_TENANT_ID: `${TENANT},organizations` })).toThrow(
      /no admite «organizations»/,
    );
  });

  it("ENTRA_ISSUER apunta a otro emisor (las pruebas, una nube soberana)", () => {
    const c = configuracionEntra({
      ...BASE,
      ENTRA_TENANT_ID: TENANT,
      ENTRA_ISSUER: "http://127.0.0.1:4000/",
    });
    expect(c?.emisor).toBe("http://127.0.0.1:4000");
    const proveedor = proveedorEntra(c!);
    expect(proveedor).toMatchObject({
      id: "entra-id",
      type: "oauth",
      wellKnown: "http://127.0.0.1:4000/.well-known/openid-configuration",
      idToken: true,
      checks: ["pkce", "state", "nonce"],
    });
  });
});

describe("la identidad que afirma el token", () => {
  it("el oid y el tid de Entra ID; el correo solo si está verificado", () => {
    expect(
      identidadDe({
        sub: "s",
        oid: "o-1",
        tid: TENANT.toUpperCase(),
        email: " Ana@SENA.edu.co ",
        xms_edov: true,
      }),
    ).toEqual({
      inquilino: TENANT,
      sujeto: "o-1",
      correoVerificado: "ana@sena.edu.co",
      correo: "ana@sena.edu.co",
    });
    expect(identidadDe({ sub: "s", email: "ana@sena.edu.co", email_verified: true })).toEqual({
      inquilino: null,
      sujeto: "s",
      correoVerificado: "ana@sena.edu.co",
      correo: "ana@sena.edu.co",
    });
    expect(identidadDe({ sub: "s", tid: TENANT, email: "ana@sena.edu.co" }).correoVerificado).toBeNull();
    expect(
      identidadDe({ sub: "s", tid: TENANT, email: "ana@sena.edu.co", email_verified: false })
        .correoVerificado,
    ).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { cambiarClaveSchema, problemaDeClaveNueva } from "@/features/cuenta/schemas";
import {
  ALFABETO_CLAVE_TEMPORAL,
  FORMATO_CLAVE_TEMPORAL,
  generarClaveTemporal,
} from "@/features/usuarios/clave-temporal";

const CORREO = "maria.ospina@sena.edu.co";

describe("contraseña temporal generada por el servidor", () => {
  const muestras = Array.from({ length: 2_000 }, generarClaveTemporal);

  it("son cuatro grupos de cuatro caracteres fáciles de dictar", () => {
    for (const clave of muestras) expect(clave).toMatch(FORMATO_CLAVE_TEMPORAL);
    expect(ALFABETO_CLAVE_TEMPORAL).not.toMatch(/[0O1lI5S2Z]/);
  });

  it("no se repiten y usan todo el alfabeto (no hay sesgo visible)", () => {
    expect(new Set(muestras).size).toBe(muestras.length);
    const usados = new Set(muestras.join("").replace(/-/g, ""));
    expect(usados.size).toBe(ALFABETO_CLAVE_TEMPORAL.length);
  });

  it("tienen más de 90 bits de azar", () => {
    expect(16 * Math.log2(ALFABETO_CLAVE_TEMPORAL.length)).toBeGreaterThan(90);
  });

  it("cumplen la política de contraseñas aunque no la necesiten", () => {
    for (const clave of muestras.slice(0, 100)) expect(problemaDeClaveNueva(clave, CORREO)).toBeNull();
  });
});

describe("política de la contraseña nueva", () => {
  it.each([
    ["corta", "La contraseña nueva debe tener al menos 10 caracteres; lleva 5."],
    ["x".repeat(129), "La contraseña nueva no puede superar 128 caracteres."],
    [CORREO, "La contraseña nueva no puede ser su correo ni contener su nombre de usuario."],
    ["MARIA.OSPINA2026", "La contraseña nueva no puede ser su correo ni contener su nombre de usuario."],
    [
      "aaaaaaaaaaaa",
      "Esa contraseña es demasiado fácil de adivinar: use una frase o una combinación menos común.",
    ],
    [
      "1234567890",
      "Esa contraseña es demasiado fácil de adivinar: use una frase o una combinación menos común.",
    ],
    [
      "Contraseña",
      "Esa contraseña es demasiado fácil de adivinar: use una frase o una combinación menos común.",
    ],
  ])("rechaza %j", (clave, mensaje) => {
    expect(problemaDeClaveNueva(clave, CORREO)).toBe(mensaje);
  });

  it("acepta una frase de diez caracteres o más", () => {
    expect(problemaDeClaveNueva("el río suena piedras trae", CORREO)).toBeNull();
    expect(problemaDeClaveNueva("Cartera-2026!", CORREO)).toBeNull();
  });
});

describe("formulario de cambio de contraseña", () => {
  const schema = cambiarClaveSchema(CORREO);
  const errores = (entrada: object) =>
    schema.safeParse(entrada).error?.flatten().fieldErrors as Record<string, string[]> | undefined;

  it("exige la actual, una nueva distinta y su confirmación, con el mensaje junto a cada campo", () => {
    expect(errores({ actual: "", nueva: "", confirmacion: "" })).toEqual({
      actual: ["Escriba su contraseña actual."],
      nueva: ["La contraseña nueva debe tener al menos 10 caracteres; lleva 0."],
      confirmacion: ["Repita la contraseña nueva."],
    });
    expect(
      errores({ actual: "Vieja-clave-2025", nueva: "Vieja-clave-2025", confirmacion: "Vieja-clave-2025" }),
    ).toEqual({
      nueva: ["La contraseña nueva debe ser distinta de la actual."],
    });
    expect(
      errores({ actual: "Temporal", nueva: "Nueva-clave-2026", confirmacion: "Nueva-clave-2025" }),
    ).toEqual({
      confirmacion: ["La confirmación no coincide con la contraseña nueva."],
    });
    expect(
      schema.safeParse({ actual: "Temporal", nueva: "Nueva-clave-2026", confirmacion: "Nueva-clave-2026" })
        .success,
    ).toBe(true);
  });

  it("en el servidor, sin el correo, aplica las demás reglas (el correo se revisa con la cuenta)", () => {
    const enServidor = cambiarClaveSchema();
    expect(enServidor.safeParse({ actual: "x", nueva: CORREO, confirmacion: CORREO }).success).toBe(true);
    expect(enServidor.safeParse({ actual: "x", nueva: "corta", confirmacion: "corta" }).success).toBe(false);
  });
});

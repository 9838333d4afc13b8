import { describe, expect, it } from "vitest";
import { destinoSeguro } from "@/features/acceso/destino";
import { mensajeDeIngreso } from "@/features/acceso/mensajes";
import { credencialesSchema } from "@/features/acceso/schemas";
import { esCuentaDeDemostracion } from "@/lib/despliegue";
import { USUARIOS_DEMO } from "../../prisma/seed/demo/datos";

describe("credenciales de ingreso", () => {
  it("normaliza el correo a minúsculas y sin espacios", () => {
    const parsed = credencialesSchema.parse({ email: "  Coordinador@SENA.demo ", password: "x" });
    expect(parsed.email).toBe("coordinador@sena.demo");
  });

  it.each([
    [{ email: "", password: "x" }, "email", "Escriba su correo electrónico."],
    [
      { email: "no-es-correo", password: "x" },
      "email",
      "Escriba un correo electrónico válido, por ejemplo nombre@sena.edu.co.",
    ],
    [{ email: "a@b.co", password: "" }, "password", "Escriba su contraseña."],
    [
      { email: `${"a".repeat(64)}@${"b".repeat(187)}.co`, password: "x" },
      "email",
      "El correo electrónico es demasiado largo (máximo 254 caracteres).",
    ],
  ])("rechaza %j con un mensaje en español junto al campo", (entrada, campo, mensaje) => {
    const resultado = credencialesSchema.safeParse(entrada);
    expect(resultado.success).toBe(false);
    expect(resultado.error?.flatten().fieldErrors[campo as "email" | "password"]).toEqual([mensaje]);
  });
});

describe("lo que el formulario de ingreso le dice a la persona", () => {
  it.each([
    ["CredentialsSignin", "Correo o contraseña incorrectos. Verifique los datos e intente de nuevo."],
    [
      "DEMASIADOS_INTENTOS:90",
      "Demasiados intentos. Por seguridad, espere 2 minutos antes de intentar de nuevo.",
    ],
    [
      "FALLOS_DESDE_LA_DIRECCION",
      "Correo o contraseña incorrectos. Desde su red se han hecho muchos intentos fallidos: por seguridad, cada intento tarda unos segundos más. Verifique los datos e intente de nuevo.",
    ],
    [
      "INGRESO_NO_DISPONIBLE:0b6f3c1e-7d2a-4c55-9e1f-2a3b4c5d6e7f",
      "No fue posible iniciar sesión en este momento. Intente de nuevo en unos minutos; si se repite, informe al administrador la referencia 0b6f3c1e-7d2a-4c55-9e1f-2a3b4c5d6e7f.",
    ],
    // What next-auth would carry from an error thrown before: never shown as it came.
    [
      'Invalid `prisma.user.findUnique()` invocation: relation "User" does not exist',
      "No fue posible iniciar sesión en este momento. Intente de nuevo en unos minutos.",
    ],
  ])("%j: %s", (codigo, mensaje) => {
    expect(mensajeDeIngreso(codigo, false)).toBe(mensaje);
  });
});

describe("cuentas de demostración", () => {
  it("todas las que siembra la demostración se reconocen, y ninguna otra", () => {
    expect(USUARIOS_DEMO.map((u) => esCuentaDeDemostracion(u.email))).toEqual(USUARIOS_DEMO.map(() => true));
    expect(esCuentaDeDemostracion("ADMIN@SENA.DEMO")).toBe(true);
    expect(esCuentaDeDemostracion("admin@sena.edu.co")).toBe(false);
    expect(esCuentaDeDemostracion("admin@sena.demo.co")).toBe(false);
  });
});

describe("destino después de ingresar", () => {
  it.each([
    [undefined, "/obligaciones"],
    ["/plan?vigencia=2020", "/plan?vigencia=2020"],
    ["https://otro.sitio/robo", "/obligaciones"],
    ["//otro.sitio", "/obligaciones"],
    ["/\\otro.sitio", "/obligaciones"],
    ["/login", "/obligaciones"],
    ["/login?callbackUrl=//otro.sitio", "/obligaciones"],
    ["/\t/evil.example", "/obligaciones"],
    ["/\n/evil.example", "/obligaciones"],
    ["/%09/evil.example", "/obligaciones"],
    ["/%2F/evil.example", "/obligaciones"],
    ["/%5Cevil.example", "/obligaciones"],
    ["/ruta\\con\\barras", "/obligaciones"],
    ["/reportes/12#historial", "/reportes/12#historial"],
    ["/tableros?vigencia=2026&regional=5", "/tableros?vigencia=2026&regional=5"],
    ["javascript:alert(1)", "/obligaciones"],
    ["/%E0%A4%A", "/obligaciones"],
  ])("%j lleva a %j", (pedido, esperado) => {
    expect(destinoSeguro(pedido)).toBe(esperado);
  });
});

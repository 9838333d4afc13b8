import { describe, expect, it } from "vitest";
import { hostPorDefecto, leerDespliegue, usaCookiesSeguras } from "@/lib/despliegue";
import { leerHosts } from "@/lib/direccion";

describe("demostración o despliegue", () => {
  it.each([
    [undefined, "demostracion"],
    ["", "demostracion"],
    ["produccion", "produccion"],
    [" PRODUCCION ", "produccion"],
  ])("DESPLIEGUE=%j es %s", (valor, esperado) => {
    expect(leerDespliegue(valor)).toBe(esperado);
  });

  it("un valor desconocido se rechaza diciendo cuáles valen", () => {
    expect(() => leerDespliegue("prod")).toThrow(
      "DESPLIEGUE debe ser «demostracion» o «produccion», no «prod».",
    );
  });

  it("la demostración escucha solo en este equipo; el despliegue, en todas las interfaces", () => {
    expect(leerHosts(hostPorDefecto("demostracion"))).toEqual(["127.0.0.1", "::1"]);
    expect(leerHosts(hostPorDefecto("produccion"))).toEqual(["0.0.0.0"]);
    expect(leerHosts("10.0.0.5, ::")).toEqual(["10.0.0.5", "::"]);
  });

  it("la cookie de sesión es Secure en producción aunque NEXTAUTH_URL no lo diga, y sobre https", () => {
    expect(usaCookiesSeguras({ DESPLIEGUE: "produccion", NEXTAUTH_URL: "http://plan.sena.edu.co" })).toBe(
      true,
    );
    expect(usaCookiesSeguras({ NEXTAUTH_URL: "https://plan.sena.edu.co" })).toBe(true);
    expect(usaCookiesSeguras({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(usaCookiesSeguras({})).toBe(false);
  });
});

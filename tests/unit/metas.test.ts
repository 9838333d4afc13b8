import { describe, expect, it } from "vitest";
import { guardarMetasSchema } from "@/features/metas/schemas";
import { formatearCop } from "@/lib/dinero";
import {
  ambitoDeRegional,
  consistenciaDeMetas,
  leerMeta,
  mensajeDeDescuadre,
  mensajeDeSumaExcesiva,
  MENSAJE_DE_MONTO,
  metaNacionalResultante,
  sumarMetas,
  textoDeMeta,
} from "@/lib/metas";

describe("leer una meta escrita en pesos", () => {
  it.each([
    ["1.234.567", 1_234_567n],
    ["$ 1.234.567", 1_234_567n],
    ["  1234567 ", 1_234_567n],
    ["0", 0n],
    ["999.999.999.999.999", 999_999_999_999_999n],
  ])("lee %j como %s", (texto, monto) => {
    expect(leerMeta(texto)).toEqual({ ok: true, monto });
  });

  it("vacía significa sin meta", () => {
    expect(leerMeta("   ")).toEqual({ ok: true, monto: null });
  });

  it.each([
    ["-5", "NEGATIVO"],
    ["$ -1.000", "NEGATIVO"],
    ["12,5", "DECIMAL"],
    ["1.234,56", "DECIMAL"],
    ["1.5", "DECIMAL"],
    ["abc", "FORMATO"],
    ["12.34.567", "FORMATO"],
    ["1e6", "FORMATO"],
    ["1.000.000.000.000.000", "DEMASIADO_GRANDE"],
  ])("rechaza %j: %s", (texto, error) => {
    expect(leerMeta(texto)).toEqual({ ok: false, error });
  });

  it("lo que se muestra en el formulario se vuelve a leer igual", () => {
    for (const monto of [0n, 7n, 1_234n, 380_000_000_000n]) {
      expect(leerMeta(textoDeMeta(monto))).toEqual({ ok: true, monto });
    }
    expect(textoDeMeta(null)).toBe("");
  });
});

describe("la meta nacional frente a las regionales", () => {
  it("suma exacta, sin pasar por punto flotante, ignorando las regionales sin meta", () => {
    expect(sumarMetas([9_007_199_254_740_993n, null, 2n])).toBe(9_007_199_254_740_995n);
    expect(sumarMetas([])).toBe(0n);
  });

  it("con metas regionales, la nacional es su suma; sin ellas, la que se escriba", () => {
    expect(metaNacionalResultante(null, [10n, null, 5n])).toBe(15n);
    expect(metaNacionalResultante(15n, [10n, 5n])).toBe(15n);
    expect(metaNacionalResultante(100n, [null, null])).toBe(100n);
    expect(metaNacionalResultante(null, [null])).toBeNull();
  });

  it("clasifica cada estado del semestre", () => {
    expect(consistenciaDeMetas(null, [null])).toEqual({ tipo: "SIN_METAS" });
    expect(consistenciaDeMetas(100n, [null])).toEqual({ tipo: "SOLO_NACIONAL", nacional: 100n });
    expect(consistenciaDeMetas(15n, [10n, 5n])).toEqual({ tipo: "CALCULADA", nacional: 15n });
    expect(consistenciaDeMetas(20n, [10n, 5n])).toEqual({
      tipo: "DESCUADRADA",
      nacional: 20n,
      suma: 15n,
      diferencia: 5n,
    });
    expect(consistenciaDeMetas(null, [10n])).toEqual({
      tipo: "DESCUADRADA",
      nacional: null,
      suma: 10n,
      diferencia: -10n,
    });
  });

  it("el mensaje de descuadre dice cuánto difieren y en qué sentido", () => {
    const mensaje = mensajeDeDescuadre(1_000_000n, 1_200_000n);
    expect(mensaje).toContain(formatearCop(1_000_000n));
    expect(mensaje).toContain(formatearCop(1_200_000n));
    expect(mensaje).toContain(`es ${formatearCop(200_000n)} menor`);
    expect(mensajeDeDescuadre(5n, 2n)).toContain(`es ${formatearCop(3n)} mayor`);
  });

  it("el ámbito es NACIONAL o el id de la regional", () => {
    expect(ambitoDeRegional(null)).toBe("NACIONAL");
    expect(ambitoDeRegional(12)).toBe("12");
  });
});

describe("el esquema del formulario, el mismo en el navegador y en el servidor", () => {
  const base = { vigenciaId: 1, periodo: "2031-S1", huella: "h" };

  it("convierte los textos en pesos y lo vacío en sin meta", () => {
    const r = guardarMetasSchema.parse({
      ...base,
      nacional: "",
      regionales: [
        { regionalId: 1, monto: "1.000" },
        { regionalId: 2, monto: "" },
      ],
    });
    expect(r.nacional).toBeNull();
    expect(r.regionales.map((x) => x.monto)).toEqual([1_000n, null]);
  });

  it("marca cada monto no válido en su campo, con un mensaje en español", () => {
    const r = guardarMetasSchema.safeParse({
      ...base,
      nacional: "",
      regionales: [
        { regionalId: 1, monto: "-3" },
        { regionalId: 2, monto: "1.000" },
        { regionalId: 3, monto: "diez" },
      ],
    });
    expect(r.success).toBe(false);
    const errores = r.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(errores).toEqual([
      ["regionales.0.monto", "La meta no puede ser negativa."],
      ["regionales.2.monto", expect.stringContaining("por ejemplo 1.234.567")],
    ]);
  });

  it("rechaza una meta nacional escrita que no coincide con la suma, en el campo nacional", () => {
    const r = guardarMetasSchema.safeParse({
      ...base,
      nacional: "1.000",
      regionales: [{ regionalId: 1, monto: "1.500" }],
    });
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ path: ["nacional"], message: mensajeDeDescuadre(1_000n, 1_500n) }),
    ]);
  });

  it("una meta regional por encima del tope lo dice con el tope; una suma regional por encima, en el campo nacional", () => {
    expect(MENSAJE_DE_MONTO.DEMASIADO_GRANDE).toBe(
      "La meta no puede superar $\u00a0999.999.999.999.999: revise cuántos dígitos escribió.",
    );
    const r = guardarMetasSchema.safeParse({
      ...base,
      nacional: "",
      regionales: [
        { regionalId: 1, monto: "999.999.999.999.999" },
        { regionalId: 2, monto: "1" },
      ],
    });
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ path: ["nacional"], message: mensajeDeSumaExcesiva(1_000_000_000_000_000n) }),
    ]);
    expect(mensajeDeSumaExcesiva(1_000_000_000_000_000n)).toBe(
      "La suma de las metas regionales ($\u00a01.000.000.000.000.000) supera $\u00a0999.999.999.999.999, " +
        "el máximo de la meta nacional: revise los montos.",
    );
  });

  it("acepta la nacional sola, o igual a la suma", () => {
    const sola = { ...base, nacional: "5.000", regionales: [{ regionalId: 1, monto: "" }] };
    const igual = { ...base, nacional: "1.500", regionales: [{ regionalId: 1, monto: "1.500" }] };
    expect(guardarMetasSchema.safeParse(sola).success).toBe(true);
    expect(guardarMetasSchema.safeParse(igual).success).toBe(true);
  });
});

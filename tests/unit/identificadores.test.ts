import { describe, expect, it } from "vitest";
import { filtrosColaSchema } from "@/features/revision/schemas";
import { leerFiltros } from "@/features/tableros/filtros";
import { centroIdSchema, filtrosUsuariosSchema } from "@/features/usuarios/schemas";
import { ENTERO_MAXIMO, idDeTextoSchema, idSchema, parseId } from "@/lib/identificadores";

describe("un id que llega de afuera", () => {
  it.each([
    ["1", 1],
    ["42", 42],
    ["2147483647", 2_147_483_647],
    [7, 7],
    [ENTERO_MAXIMO, ENTERO_MAXIMO],
  ])("%j nombra la fila %s", (valor, id) => {
    expect(parseId(valor)).toBe(id);
  });

  it.each([
    "2147483648",
    "3000000000",
    "99999999999",
    "0",
    "-1",
    "1e3",
    "0x10",
    " 5",
    "5 ",
    "12abc",
    "1.0",
    "",
    2_147_483_648,
    3_000_000_000,
    0,
    -3,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    null,
    undefined,
    true,
  ])("%j no nombra ninguna fila", (valor) => {
    expect(parseId(valor)).toBeNull();
  });

  it("los esquemas lo rechazan con un mensaje en español, nunca se lo pasan a la base", () => {
    expect(idSchema().safeParse(3_000_000_000).error?.issues[0]?.message).toBe(
      "El identificador no es válido.",
    );
    expect(idSchema().safeParse(12).data).toBe(12);
    expect(idSchema().safeParse("12").success).toBe(false);
    expect(idDeTextoSchema().safeParse("12").data).toBe(12);
    expect(idDeTextoSchema().safeParse(12).data).toBe(12);
    expect(idDeTextoSchema("Elija la regional.").safeParse("3000000000").error?.issues[0]?.message).toBe(
      "Elija la regional.",
    );
    expect(centroIdSchema.safeParse("").data).toBeNull();
    expect(centroIdSchema.safeParse("3000000000").error?.issues[0]?.message).toBe(
      "Elija un centro de la lista.",
    );
  });

  it("un filtro en la URL fuera de rango no se aplica, como cualquier filtro sin sentido", () => {
    expect(leerFiltros({ regional: "3000000000", centro: "99999999999" })).toMatchObject({
      regional: undefined,
      centro: undefined,
    });
    expect(leerFiltros({ regional: "5", centro: "7" })).toMatchObject({ regional: 5, centro: 7 });
    expect(filtrosColaSchema.parse({ regional: "3000000000" }).regional).toBeUndefined();
    expect(filtrosUsuariosSchema.parse({ centro: "3000000000", regional: "4" })).toMatchObject({
      centro: undefined,
      regional: 4,
    });
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { resolverAmbito } from "@/features/tableros/alcance";
import { leerFiltros } from "@/features/tableros/filtros";
import { AccesoDenegado } from "@/server/autorizacion";
import { crearEscenario, type Escenario } from "../helpers/escenario";

let e: Escenario;

beforeAll(async () => {
  e = await crearEscenario("alc");
});

const filtros = (parametros: Record<string, string>) => leerFiltros({ vigencia: "2020", ...parametros });

describe("qué tablero puede ver cada rol", () => {
  it.each(["admin", "coordinador", "consulta"] as const)(
    "%s ve el nacional, una regional y cualquier centro",
    async (quien) => {
      const actor = e.actores[quien];
      expect(await resolverAmbito(actor, filtros({}))).toMatchObject({
        centroId: undefined,
        regionalId: undefined,
      });
      expect(await resolverAmbito(actor, filtros({ regional: String(e.centroB.regionalId) }))).toMatchObject({
        regionalId: e.centroB.regionalId,
      });
      expect(await resolverAmbito(actor, filtros({ centro: String(e.centroB.id) }))).toMatchObject({
        centroId: e.centroB.id,
        regionalId: e.centroB.regionalId,
      });
    },
  );

  it("un subdirector ve siempre su propio centro, aunque no lo pida", async () => {
    expect(await resolverAmbito(e.actores.subdirectorA, filtros({}))).toMatchObject({
      centroId: e.centroA.id,
      regionalId: e.centroA.regionalId,
    });
  });

  it.each([{ centro: "B" }, { regional: "B" }])(
    "un subdirector que pide %j de otro centro es rechazado",
    async (pedido) => {
      const parametros: Record<string, string> = pedido.centro
        ? { centro: String(e.centroB.id) }
        : { regional: String(e.centroB.regionalId) };
      await expect(resolverAmbito(e.actores.subdirectorA, filtros(parametros))).rejects.toBeInstanceOf(
        AccesoDenegado,
      );
    },
  );

  it("solo aprobados es lo predeterminado; todo lo enviado incluye ENVIADO", async () => {
    expect((await resolverAmbito(e.actores.consulta, filtros({})))?.estados).toEqual(["APROBADO"]);
    expect((await resolverAmbito(e.actores.consulta, filtros({ datos: "enviados" })))?.estados).toEqual([
      "ENVIADO",
      "APROBADO",
    ]);
  });

  it("un periodo de otra vigencia o un parámetro malformado se ignoran", async () => {
    const ambito = await resolverAmbito(
      e.actores.consulta,
      filtros({ periodo: "2019-T1", tipo: "NADA", regional: "x" }),
    );
    expect(ambito).toMatchObject({ periodo: undefined, tipo: undefined, regionalId: undefined });
    expect((await resolverAmbito(e.actores.consulta, filtros({ periodo: "2020-T3" })))?.periodo).toBe(
      "2020-T3",
    );
  });
});

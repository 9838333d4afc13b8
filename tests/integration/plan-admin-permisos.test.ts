import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as op from "@/features/plan/operaciones";
import type { Actor } from "@/server/autorizacion";
import { db } from "@/server/db";
import {
  arbol,
  cerrarPlanAdmin,
  copiar,
  e,
  formulario,
  prepararPlanAdmin,
  seguimientoDe,
} from "../helpers/plan-admin";
import { declaracionDelTipo } from "@/features/plan/declaraciones-2020";

beforeAll(prepararPlanAdmin);
afterAll(cerrarPlanAdmin);

describe("quién puede administrar el plan", () => {
  const ANIO = 2029;
  let vigenciaId: number;
  let otraVigenciaId: number;

  beforeAll(async () => {
    vigenciaId = (await copiar(ANIO)).id;
    otraVigenciaId = e.vigencia.id;
  });

  /** The node each operation works on: the tema 2.1.4.2 and its last lineamiento and acción. */
  const primero = async () => {
    const tema = (await arbol(ANIO)).temas.find((t) => t.codigo === "2.1.4.2")!;
    const lineamiento = tema.lineamientos.at(-1)!;
    return { tema, lineamiento, accion: lineamiento.acciones.at(-1)! };
  };

  // Each operation with a valid input built from the current plan; the admin goes last, so the
  // refused roles always try the same thing the admin then does.
  const operaciones: [string, string, (a: Actor) => Promise<{ ok: boolean; message?: string }>][] = [
    [
      "crearVigencia",
      "Vigencia",
      (a) => op.crearVigencia(a, { anio: "2025", nombre: "", origenId: otraVigenciaId }),
    ],
    ["crearTema", "Tema", (a) => op.crearTema(a, { vigenciaId, codigo: "2.1.4.3", nombre: "Tema nuevo" })],
    [
      "editarTema",
      "Tema",
      async (a) => {
        const { tema } = await primero();
        return op.editarTema(a, {
          vigenciaId,
          temaId: tema.id,
          version: tema.version,
          codigo: tema.codigo,
          nombre: "Otro",
        });
      },
    ],
    [
      "crearLineamiento",
      "Lineamiento",
      async (a) => op.crearLineamiento(a, { vigenciaId, temaId: (await primero()).tema.id, texto: "Nuevo" }),
    ],
    [
      "editarLineamiento",
      "Lineamiento",
      async (a) => {
        const { lineamiento: l } = await primero();
        return op.editarLineamiento(a, {
          vigenciaId,
          lineamientoId: l.id,
          version: l.version,
          texto: "Editado",
        });
      },
    ],
    [
      "crearAccion",
      "Accion",
      async (a) =>
        op.crearAccion(a, {
          vigenciaId,
          lineamientoId: (await primero()).lineamiento.id,
          texto: "Acción nueva",
          resultadoEsperado: "Resultado",
        }),
    ],
    [
      "editarAccion",
      "Accion",
      async (a) => {
        const { accion } = await primero();
        return op.editarAccion(a, {
          vigenciaId,
          accionId: accion.id,
          version: accion.version,
          texto: "Acción editada",
          resultadoEsperado: "Otro resultado",
        });
      },
    ],
    [
      "editarSeguimiento",
      "Seguimiento",
      async (a) => {
        const s = await seguimientoDe(ANIO, "EJECUCION_RECURSOS");
        return op.editarSeguimiento(a, formulario(vigenciaId, s, { observacion: "Nueva observación" }));
      },
    ],
    [
      "eliminarSeguimiento",
      "Seguimiento",
      async (a) => {
        const s = await seguimientoDe(ANIO, "EJECUCION_RECURSOS");
        return op.eliminarSeguimiento(a, { vigenciaId, seguimientoId: s.id, version: s.version });
      },
    ],
    [
      "crearSeguimiento",
      "Seguimiento",
      async (a) => {
        const { accion } = await primero();
        return op.crearSeguimiento(a, {
          vigenciaId,
          accionId: accion.id,
          herramienta: "INFORME",
          ...declaracionDelTipo("EJECUCION_RECURSOS"),
          clave: "ejecucion-recursos-bis",
          periodicidad: "ANUAL",
          alcance: "POR_CENTRO",
          diasOportunidad: "45",
          observacion: "Aplicativo Plan de Acción.",
          responsables: [{ cargo: "Subdirector de centro", rol: "SUBDIRECTOR" }],
        });
      },
    ],
    [
      "eliminarAccion",
      "Accion",
      async (a) => {
        const { accion } = await primero();
        return op.eliminarAccion(a, { vigenciaId, accionId: accion.id, version: accion.version });
      },
    ],
    [
      "eliminarLineamiento",
      "Lineamiento",
      async (a) => {
        const { lineamiento: l } = await primero();
        return op.eliminarLineamiento(a, { vigenciaId, lineamientoId: l.id, version: l.version });
      },
    ],
    [
      "eliminarTema",
      "Tema",
      async (a) => {
        const { tema } = await primero();
        return op.eliminarTema(a, { vigenciaId, temaId: tema.id, version: tema.version });
      },
    ],
    [
      "eliminarVigencia",
      "Vigencia",
      async (a) =>
        op.eliminarVigencia(a, {
          vigenciaId: (await db().vigencia.findUniqueOrThrow({ where: { anio: 2025 } })).id,
        }),
    ],
  ];

  const casos = operaciones.flatMap(([nombre, entidad, ejecutar]) =>
    (["coordinador", "consulta", "subdirectorA", "admin"] as const).map(
      (quien) => [nombre, quien, entidad, ejecutar] as const,
    ),
  );

  async function estado() {
    return {
      vigencias: await db().vigencia.findMany({ orderBy: { anio: "asc" } }),
      plan: await arbol(ANIO),
      auditoria: await db().auditLog.count(),
    };
  }

  it.each(casos)("%s por %s", async (_nombre, quien, entidad, ejecutar) => {
    const antes = await estado();
    const auditoriaAntes = await db().auditLog.count({ where: { entidad } });
    const resultado = await ejecutar(e.actores[quien]);
    if (quien === "admin") {
      expect(resultado).toMatchObject({ ok: true });
      expect(await db().auditLog.count({ where: { entidad } })).toBe(auditoriaAntes + 1);
      return;
    }
    expect(resultado).toEqual({ ok: false, message: "No tiene permiso para realizar esta operación." });
    expect(await estado()).toEqual(antes);
  });
});

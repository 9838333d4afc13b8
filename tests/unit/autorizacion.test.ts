import { describe, expect, it } from "vitest";
import type { Alcance, EstadoReporte } from "@/generated/prisma/enums";
import {
  AccesoDenegado,
  alcancesQueRevisa,
  autorizar,
  puede,
  type Actor,
  type Permiso,
} from "@/server/autorizacion";

const admin: Actor = { id: 1, rol: "ADMIN", centroId: null };
const coordinador: Actor = { id: 2, rol: "COORDINADOR", centroId: null };
const subdirector: Actor = { id: 3, rol: "SUBDIRECTOR", centroId: 10 };
const otroSubdirector: Actor = { id: 4, rol: "SUBDIRECTOR", centroId: 20 };
const consulta: Actor = { id: 5, rol: "CONSULTA", centroId: null };
const actores = { admin, coordinador, subdirector, otroSubdirector, consulta };
type Quien = keyof typeof actores;

function reporte(estado: EstadoReporte, alcance: Alcance = "POR_CENTRO") {
  return { centroId: alcance === "NACIONAL" ? null : 10, estado, alcance };
}

// Each row: the permission asked, and exactly who is allowed (everyone else is refused).
const casos: [string, Permiso, Quien[]][] = [
  [
    "ver el plan",
    { accion: "ver-plan" },
    ["admin", "coordinador", "subdirector", "otroSubdirector", "consulta"],
  ],
  [
    "ver el centro 10",
    { accion: "ver-centro", centroId: 10 },
    ["admin", "coordinador", "subdirector", "consulta"],
  ],
  [
    "ver un reporte del centro 10",
    { accion: "ver-reporte", reporte: reporte("ENVIADO") },
    ["admin", "coordinador", "subdirector", "consulta"],
  ],
  [
    "ver un reporte nacional",
    { accion: "ver-reporte", reporte: reporte("APROBADO", "NACIONAL") },
    ["admin", "coordinador", "consulta"],
  ],
  [
    "editar un borrador del centro 10",
    { accion: "editar-reporte", reporte: reporte("BORRADOR") },
    ["subdirector"],
  ],
  [
    "corregir un reporte devuelto del centro 10",
    { accion: "editar-reporte", reporte: reporte("DEVUELTO") },
    ["subdirector"],
  ],
  ["editar un reporte enviado", { accion: "editar-reporte", reporte: reporte("ENVIADO") }, []],
  ["editar un reporte aprobado", { accion: "editar-reporte", reporte: reporte("APROBADO") }, []],
  [
    "editar el borrador nacional de recaudo",
    { accion: "editar-reporte", reporte: reporte("BORRADOR", "NACIONAL") },
    ["coordinador"],
  ],
  [
    "revisar un reporte enviado por un centro",
    { accion: "revisar-reporte", reporte: reporte("ENVIADO") },
    ["coordinador"],
  ],
  [
    "revisar el informe nacional enviado por el coordinador",
    { accion: "revisar-reporte", reporte: reporte("ENVIADO", "NACIONAL") },
    ["admin"],
  ],
  ["revisar un borrador", { accion: "revisar-reporte", reporte: reporte("BORRADOR") }, []],
  ["revisar un reporte ya aprobado", { accion: "revisar-reporte", reporte: reporte("APROBADO") }, []],
  ["revisar un reporte devuelto", { accion: "revisar-reporte", reporte: reporte("DEVUELTO") }, []],
  ["reabrir un reporte aprobado", { accion: "reabrir-reporte", reporte: reporte("APROBADO") }, ["admin"]],
  [
    "reabrir un informe nacional aprobado",
    { accion: "reabrir-reporte", reporte: reporte("APROBADO", "NACIONAL") },
    ["admin"],
  ],
  ["reabrir un reporte enviado", { accion: "reabrir-reporte", reporte: reporte("ENVIADO") }, []],
  [
    "adjuntar un archivo a un borrador del centro 10",
    { accion: "subir-evidencia", reporte: reporte("BORRADOR") },
    ["subdirector"],
  ],
  [
    "adjuntar un archivo a un reporte devuelto del centro 10",
    { accion: "subir-evidencia", reporte: reporte("DEVUELTO") },
    ["subdirector"],
  ],
  [
    "adjuntar un archivo a un reporte enviado",
    { accion: "subir-evidencia", reporte: reporte("ENVIADO") },
    [],
  ],
  [
    "adjuntar un archivo a un reporte aprobado",
    { accion: "subir-evidencia", reporte: reporte("APROBADO") },
    [],
  ],
  [
    "adjuntar un archivo al borrador nacional de recaudo",
    { accion: "subir-evidencia", reporte: reporte("BORRADOR", "NACIONAL") },
    ["coordinador"],
  ],
  [
    "eliminar un archivo de un borrador del centro 10",
    { accion: "eliminar-evidencia", reporte: reporte("BORRADOR") },
    ["subdirector"],
  ],
  [
    "eliminar un archivo de un reporte enviado",
    { accion: "eliminar-evidencia", reporte: reporte("ENVIADO") },
    [],
  ],
  [
    "descargar un archivo de un reporte del centro 10",
    { accion: "descargar-evidencia", reporte: reporte("APROBADO") },
    ["admin", "coordinador", "subdirector", "consulta"],
  ],
  [
    "descargar un archivo del informe nacional",
    { accion: "descargar-evidencia", reporte: reporte("BORRADOR", "NACIONAL") },
    ["admin", "coordinador", "consulta"],
  ],
  ["ver la cola de revisión", { accion: "ver-cola-revision" }, ["admin", "coordinador"]],
  ["gestionar metas de recaudo", { accion: "gestionar-metas" }, ["admin", "coordinador"]],
  ["administrar", { accion: "administrar" }, ["admin"]],
];

describe.each(casos)("permiso: %s", (_nombre, permiso, permitidos) => {
  it.each(Object.keys(actores) as Quien[])("%s", (quien) => {
    const esperado = permitidos.includes(quien);
    expect(puede(actores[quien], permiso)).toBe(esperado);
    if (esperado) expect(() => autorizar(actores[quien], permiso)).not.toThrow();
    else expect(() => autorizar(actores[quien], permiso)).toThrow(AccesoDenegado);
  });
});

describe("un subdirector sin centro asignado", () => {
  it("no ve ni edita reportes de ningún centro", () => {
    const sinCentro: Actor = { id: 9, rol: "SUBDIRECTOR", centroId: null };
    expect(puede(sinCentro, { accion: "ver-reporte", reporte: reporte("ENVIADO") })).toBe(false);
    expect(puede(sinCentro, { accion: "ver-reporte", reporte: reporte("ENVIADO", "NACIONAL") })).toBe(false);
    expect(puede(sinCentro, { accion: "editar-reporte", reporte: reporte("BORRADOR") })).toBe(false);
  });
});

describe("quién revisa cada alcance", () => {
  it("nadie revisa lo que su propio rol presenta: el coordinador los centros, el administrador lo nacional", () => {
    expect(alcancesQueRevisa(coordinador)).toEqual(["POR_CENTRO"]);
    expect(alcancesQueRevisa(admin)).toEqual(["NACIONAL"]);
    expect(alcancesQueRevisa(subdirector)).toEqual([]);
    expect(alcancesQueRevisa(consulta)).toEqual([]);
  });
});

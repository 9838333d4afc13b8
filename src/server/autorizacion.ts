import type { Alcance, EstadoReporte, Rol } from "@/generated/prisma/enums";
import { esEditable } from "@/lib/estado-reporte";

/** Who is acting, always read from the database on the server, never from the browser. */
export interface Actor {
  id: number;
  rol: Rol;
  centroId: number | null;
}

/** What authorization needs to know about a report, loaded from the report itself. */
export interface ReporteAutorizable {
  centroId: number | null;
  estado: EstadoReporte;
  alcance: Alcance;
}

export type Permiso =
  | { accion: "ver-plan" }
  | { accion: "ver-tableros" }
  | { accion: "ver-centro"; centroId: number }
  | { accion: "ver-reporte"; reporte: ReporteAutorizable }
  | { accion: "editar-reporte"; reporte: ReporteAutorizable }
  | { accion: "revisar-reporte"; reporte: ReporteAutorizable }
  | { accion: "reabrir-reporte"; reporte: ReporteAutorizable }
  | { accion: "subir-evidencia"; reporte: ReporteAutorizable }
  | { accion: "eliminar-evidencia"; reporte: ReporteAutorizable }
  | { accion: "descargar-evidencia"; reporte: ReporteAutorizable }
  | { accion: "ver-cola-revision" }
  | { accion: "gestionar-metas" }
  | { accion: "administrar" };

const VEN_TODO: ReadonlySet<Rol> = new Set(["ADMIN", "COORDINADOR", "CONSULTA"]);

function esSuCentro(actor: Actor, centroId: number | null): boolean {
  return actor.rol === "SUBDIRECTOR" && centroId !== null && actor.centroId === centroId;
}

function puedeVerCentro(actor: Actor, centroId: number | null): boolean {
  return VEN_TODO.has(actor.rol) || esSuCentro(actor, centroId);
}

/** Who files a report: the coordinator for national ones, the centro's subdirector for the rest. */
const REPORTA: Record<Alcance, Rol> = { NACIONAL: "COORDINADOR", POR_CENTRO: "SUBDIRECTOR" };

/** The role that files reports of this scope (for a centro, only that centro's subdirectors). */
export function rolQueReporta(alcance: Alcance): Rol {
  return REPORTA[alcance];
}

function esQuienReporta(actor: Actor, reporte: ReporteAutorizable): boolean {
  return (
    actor.rol === REPORTA[reporte.alcance] &&
    (reporte.alcance === "NACIONAL" || esSuCentro(actor, reporte.centroId))
  );
}

/**
 * Who reviews a submitted report: never the role that files it (docs/decisions/0006). Centros'
 * reports go to the coordinator; the national ones, filed by the coordinator, go to an admin.
 */
const REVISA: Record<Alcance, Rol> = { POR_CENTRO: "COORDINADOR", NACIONAL: "ADMIN" };

/** The role that reviews submitted reports of this scope. */
export function rolQueRevisa(alcance: Alcance): Rol {
  return REVISA[alcance];
}

/** The scopes whose submitted reports wait for this user's review (empty for most roles). */
export function alcancesQueRevisa(actor: Actor): Alcance[] {
  return (Object.keys(REVISA) as Alcance[]).filter((alcance) => REVISA[alcance] === actor.rol);
}

/** The one answer to "may this user do this to this object". */
export function puede(actor: Actor, permiso: Permiso): boolean {
  switch (permiso.accion) {
    case "ver-plan":
    case "ver-tableros":
      return true;
    case "ver-centro":
      return puedeVerCentro(actor, permiso.centroId);
    case "ver-reporte":
    case "descargar-evidencia":
      return puedeVerCentro(actor, permiso.reporte.centroId);
    // Evidence is part of what its author files: it changes only while the report may be edited.
    case "editar-reporte":
    case "subir-evidencia":
    case "eliminar-evidencia":
      return esEditable(permiso.reporte.estado) && esQuienReporta(actor, permiso.reporte);
    case "revisar-reporte":
      return permiso.reporte.estado === "ENVIADO" && REVISA[permiso.reporte.alcance] === actor.rol;
    case "reabrir-reporte":
      return actor.rol === "ADMIN" && permiso.reporte.estado === "APROBADO";
    case "ver-cola-revision":
      return alcancesQueRevisa(actor).length > 0;
    case "gestionar-metas":
      return actor.rol === "COORDINADOR" || actor.rol === "ADMIN";
    case "administrar":
      return actor.rol === "ADMIN";
  }
}

export class AccesoDenegado extends Error {
  constructor(readonly permiso: Permiso["accion"]) {
    super(`Acceso denegado: ${permiso}`);
    this.name = "AccesoDenegado";
  }
}

export function autorizar(actor: Actor, permiso: Permiso): void {
  if (!puede(actor, permiso)) throw new AccesoDenegado(permiso.accion);
}

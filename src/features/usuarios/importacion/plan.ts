import type { Rol } from "@/generated/prisma/enums";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import { leerSiNo, normalizarColumna, type FilaCsv } from "@/lib/csv";
import type { AccionDeFila, ErrorDeFila } from "@/lib/importacion";
import { correoSchema, LARGO_MAXIMO_NOMBRE, ROLES } from "../schemas";

/** A file's table as the shared reader leaves it (`src/server/importacion.ts`). */
interface Tabla {
  columnas: string[];
  filas: FilaCsv[];
}

/** Accepted header names for each column, already normalised as `leerCsv` leaves them. */
const COLUMNAS = {
  correo: ["correo", "email", "correo_electronico"],
  nombre: ["nombre"],
  rol: ["rol"],
  centro: ["centro", "codigo_centro", "codigo_del_centro"],
  activo: ["activo"],
} as const;

type Columna = keyof typeof COLUMNAS;
const OBLIGATORIAS: readonly Columna[] = ["correo", "nombre", "rol", "centro"];

/** Roles as people write them: the code ("SUBDIRECTOR") or its name ("Subdirector de centro"). */
const ROL_POR_TEXTO = new Map<string, Rol>([
  ...ROLES.map((rol) => [normalizarColumna(rol), rol] as const),
  ...ROLES.map((rol) => [normalizarColumna(NOMBRE_ROL[rol]), rol] as const),
  ["administrador", "ADMIN"],
  ["subdirector", "SUBDIRECTOR"],
]);

export function leerRol(texto: string): Rol | null {
  return ROL_POR_TEXTO.get(normalizarColumna(texto)) ?? null;
}

export interface CentroConocido {
  id: number;
  codigo: string;
  nombre: string;
  activo: boolean;
}

export interface CuentaExistente {
  id: number;
  email: string;
  nombre: string;
  rol: Rol;
  centroId: number | null;
  activo: boolean;
}

/** What the database says right now, for the rows of one file. */
export interface ContextoDeImportacion {
  /** Every centro, by its code in upper case. */
  centros: ReadonlyMap<string, CentroConocido>;
  /** The accounts whose e-mails appear in the file, by e-mail. */
  cuentas: ReadonlyMap<string, CuentaExistente>;
  /** Ids of the active ADMIN accounts. */
  administradoresActivos: readonly number[];
  /** The admin importing, who may not demote or deactivate themselves. */
  actorId: number;
}

export interface DatosDeCuenta {
  email: string;
  nombre: string;
  rol: Rol;
  centroId: number | null;
  activo: boolean;
}

export type AccionDeImportacion = AccionDeFila;

export interface FilaPlaneada {
  linea: number;
  accion: AccionDeImportacion;
  datos: DatosDeCuenta;
  /** Code and name of the centro, to show. */
  centro: string | null;
  usuarioId: number | null;
  antes: Omit<DatosDeCuenta, "email"> | null;
  /** Names of the fields an update changes. */
  cambios: (keyof DatosDeCuenta)[];
}

export type PlanDeImportacion =
  { ok: true; filas: FilaPlaneada[]; errores: ErrorDeFila[] } | { ok: false; error: string };

function columnaPresente(columnas: readonly string[], columna: Columna): string | undefined {
  return COLUMNAS[columna].find((nombre) => columnas.includes(nombre));
}

function valor(fila: FilaCsv, columna: string | undefined): string {
  return columna ? (fila.valores[columna] ?? "") : "";
}

/** The e-mails of a file, normalised, to look their accounts up before planning. */
export function correosDelArchivo(tabla: Tabla): string[] {
  const columna = columnaPresente(tabla.columnas, "correo");
  const correos = tabla.filas.map((f) => correoSchema.safeParse(valor(f, columna)));
  return [...new Set(correos.flatMap((c) => (c.success ? [c.data] : [])))];
}

/** Finds each column under any of its accepted names; the rows are checked one by one afterwards. */
function leerArchivo(tabla: Tabla) {
  const faltan = OBLIGATORIAS.filter((c) => !columnaPresente(tabla.columnas, c));
  if (faltan.length > 0) {
    return {
      ok: false as const,
      error: `Faltan columnas en el encabezado: ${faltan.join(", ")}. Columnas esperadas: correo, nombre, rol, centro y, si quiere, activo.`,
    };
  }
  const columnas = Object.fromEntries(
    (Object.keys(COLUMNAS) as Columna[]).map((c) => [c, columnaPresente(tabla.columnas, c)]),
  ) as Record<Columna, string | undefined>;
  return { ok: true as const, filas: tabla.filas, columnas };
}

const conMayuscula = (texto: string) => texto.charAt(0).toUpperCase() + texto.slice(1);

const LISTA_DE_ROLES = "ADMIN, COORDINADOR, SUBDIRECTOR o CONSULTA";

interface Celdas {
  correo: string;
  nombre: string;
  rol: string;
  centro: string;
  activo: string;
}

/** One row's own checks: each problem is a message; the row is valid when there are none. */
function revisarFila(
  celdas: Celdas,
  contexto: ContextoDeImportacion,
  existente: CuentaExistente | undefined,
) {
  const problemas: string[] = [];
  const nombre = celdas.nombre.trim();
  if (nombre === "") problemas.push("falta el nombre.");
  else if (nombre.length > LARGO_MAXIMO_NOMBRE) {
    problemas.push(`el nombre supera ${LARGO_MAXIMO_NOMBRE} caracteres.`);
  }
  const rol = leerRol(celdas.rol);
  if (celdas.rol === "") problemas.push(`falta el rol: use ${LISTA_DE_ROLES}.`);
  else if (!rol) problemas.push(`el rol «${celdas.rol}» no existe: use ${LISTA_DE_ROLES}.`);
  const activoLeido = celdas.activo === "" ? undefined : leerSiNo(celdas.activo);
  if (activoLeido === null) problemas.push(`activo debe ser «sí» o «no», no «${celdas.activo}».`);
  const activo = activoLeido ?? existente?.activo ?? true;

  const codigo = celdas.centro.toUpperCase();
  const centro = codigo === "" ? null : (contexto.centros.get(codigo) ?? null);
  if (codigo !== "" && !centro) problemas.push(`el centro «${celdas.centro}» no existe.`);
  if (rol === "SUBDIRECTOR" && codigo === "") {
    problemas.push("el subdirector necesita el código de su centro en la columna centro.");
  }
  if (rol && rol !== "SUBDIRECTOR" && codigo !== "") {
    problemas.push(
      `solo los subdirectores tienen centro: deje vacía la columna centro para el rol ${NOMBRE_ROL[rol]}.`,
    );
  }
  if (rol === "SUBDIRECTOR" && centro && !centro.activo && activo) {
    problemas.push(`el centro «${centro.codigo}» está inactivo: asigne un centro activo.`);
  }
  if (existente?.id === contexto.actorId) {
    if (rol && rol !== "ADMIN") problemas.push("no puede quitarse su propio rol de administrador.");
    if (!activo) problemas.push("no puede desactivar su propia cuenta.");
  }
  return { problemas, nombre, rol, activo, centro };
}

function cambiosEntre(antes: CuentaExistente, datos: DatosDeCuenta): (keyof DatosDeCuenta)[] {
  const campos = ["nombre", "rol", "centroId", "activo"] as const;
  return campos.filter((campo) => antes[campo] !== datos[campo]);
}

function planearFila(
  linea: number,
  datos: DatosDeCuenta,
  centro: CentroConocido | null,
  existente: CuentaExistente | undefined,
): FilaPlaneada {
  const cambios = existente ? cambiosEntre(existente, datos) : [];
  const accion = !existente ? "CREAR" : cambios.length > 0 ? "ACTUALIZAR" : "SIN_CAMBIOS";
  return {
    linea,
    accion,
    datos,
    centro: centro ? `${centro.codigo} · ${centro.nombre}` : null,
    usuarioId: existente?.id ?? null,
    antes: existente
      ? {
          nombre: existente.nombre,
          rol: existente.rol,
          centroId: existente.centroId,
          activo: existente.activo,
        }
      : null,
    cambios,
  };
}

/** After every row, some active admin must remain (the importing one always does, but say it). */
function quedaAlgunAdministrador(filas: readonly FilaPlaneada[], contexto: ContextoDeImportacion): boolean {
  const activos = new Set(contexto.administradoresActivos);
  for (const f of filas) {
    const esAdministradorActivo = f.datos.rol === "ADMIN" && f.datos.activo;
    if (f.usuarioId !== null && !esAdministradorActivo) activos.delete(f.usuarioId);
    if (esAdministradorActivo) activos.add(f.usuarioId ?? -f.linea);
  }
  return activos.size > 0;
}

/**
 * Every row of an imported CSV checked against the database: what would be created, updated or
 * left as it is (accounts matched by e-mail), and every problem with its line. Nothing is written:
 * the caller applies the plan only when there are no errors at all.
 */
export function planificarImportacion(tabla: Tabla, contexto: ContextoDeImportacion): PlanDeImportacion {
  const archivo = leerArchivo(tabla);
  if (!archivo.ok) return archivo;
  const filas: FilaPlaneada[] = [];
  const errores: ErrorDeFila[] = [];
  const lineaDeCorreo = new Map<string, number>();
  for (const fila of archivo.filas) {
    const celdas = Object.fromEntries(
      (Object.keys(COLUMNAS) as Columna[]).map((c) => [c, valor(fila, archivo.columnas[c]).trim()]),
    ) as unknown as Celdas;
    const correo = correoSchema.safeParse(celdas.correo);
    const problemas: string[] = [];
    if (celdas.correo === "") problemas.push("falta el correo.");
    else if (!correo.success) problemas.push(`el correo «${celdas.correo}» no es válido.`);
    const email = correo.success ? correo.data : null;
    const repetida = email ? lineaDeCorreo.get(email) : undefined;
    if (repetida !== undefined) problemas.push(`el correo ${email} ya aparece en la línea ${repetida}.`);
    else if (email) lineaDeCorreo.set(email, fila.linea);

    const existente = email ? contexto.cuentas.get(email) : undefined;
    const revision = revisarFila(celdas, contexto, existente);
    problemas.push(...revision.problemas);
    if (problemas.length > 0 || !email || !revision.rol) {
      errores.push({ linea: fila.linea, mensajes: problemas.map(conMayuscula) });
      continue;
    }
    const datos: DatosDeCuenta = {
      email,
      nombre: revision.nombre,
      rol: revision.rol,
      centroId: revision.centro?.id ?? null,
      activo: revision.activo,
    };
    filas.push(planearFila(fila.linea, datos, revision.centro, existente));
  }
  if (errores.length === 0 && !quedaAlgunAdministrador(filas, contexto)) {
    return { ok: false, error: "Después de importar no quedaría ningún administrador activo." };
  }
  return { ok: true, filas, errores };
}

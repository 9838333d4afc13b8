import { escribirCsv, leerSiNo, type FilaCsv } from "@/lib/csv";
import type { AccionDeFila, ErrorDeFila } from "@/lib/importacion";
import { buscadorDeRegionales, type RegionalConocida } from "@/lib/regionales";
import { codigoCentroSchema, nombreCentroSchema } from "./schemas";

export { buscadorDeRegionales, mismoCodigoDeRegional, mismoNombreDeRegional } from "@/lib/regionales";
export type { RegionalConocida };

export type { AccionDeFila, ErrorDeFila };

export const COLUMNAS_OBLIGATORIAS = ["codigo", "nombre", "regional", "genera_aprovechamiento"] as const;
export const COLUMNAS_OPCIONALES = ["activo", "requiere_recursos"] as const;
const COLUMNAS_CONOCIDAS: readonly string[] = [...COLUMNAS_OBLIGATORIAS, ...COLUMNAS_OPCIONALES];

/** A row that passed every check on its own: what it asks the centro to become. */
export interface FilaValida {
  linea: number;
  codigo: string;
  nombre: string;
  regional: RegionalConocida;
  generaAprovechamiento: boolean;
  /** Null when the file does not say: a new centro starts active, an existing one keeps its state. */
  activo: boolean | null;
  /** Null when the file does not say: a new centro requires resources, an existing one keeps it. */
  requiereRecursos: boolean | null;
}

type Lectura<T> = { valor: T } | { error: string };

function conSchema(
  schema: typeof codigoCentroSchema | typeof nombreCentroSchema,
  campo: string,
  valor: string | undefined,
): Lectura<string> {
  const resultado = schema.safeParse(valor ?? "");
  if (resultado.success) return { valor: resultado.data };
  return { error: `${campo}: ${resultado.error.issues[0]?.message ?? "no es válido."}` };
}

function regionalDe(
  valor: string | undefined,
  buscar: (valor: string) => RegionalConocida | null,
): Lectura<RegionalConocida> {
  const texto = (valor ?? "").trim();
  if (texto === "") return { error: "Regional: escriba el código o el nombre de la regional." };
  const regional = buscar(texto);
  if (regional) return { valor: regional };
  return { error: `Regional: «${texto}» no es el código ni el nombre de ninguna regional registrada.` };
}

/** A yes/no cell: empty is "not said" (null), unless the column is mandatory. */
function siNo(valor: string | undefined, columna: string, obligatoria: boolean): Lectura<boolean | null> {
  if (valor === undefined || valor.trim() === "") {
    return obligatoria ? { error: `Indique sí o no en la columna ${columna}.` } : { valor: null };
  }
  const leido = leerSiNo(valor);
  if (leido === null) return { error: `«${valor}» no es sí ni no en la columna ${columna}.` };
  return { valor: leido };
}

function errorDe(lectura: Lectura<unknown>): string[] {
  return "error" in lectura ? [lectura.error] : [];
}

/**
 * Checks every row on its own and against the others (a code twice in the file), collecting every
 * problem of every row with its line in the file.
 */
export function validarFilas(
  filas: readonly FilaCsv[],
  regionales: readonly RegionalConocida[],
): { validas: FilaValida[]; errores: ErrorDeFila[] } {
  const buscarRegional = buscadorDeRegionales(regionales);
  const lineaDeCodigo = new Map<string, number>();
  const validas: FilaValida[] = [];
  const errores: ErrorDeFila[] = [];
  for (const { linea, valores } of filas) {
    const codigo = conSchema(codigoCentroSchema, "Código", valores.codigo);
    const nombre = conSchema(nombreCentroSchema, "Nombre", valores.nombre);
    const regional = regionalDe(valores.regional, buscarRegional);
    const aprovechamiento = siNo(valores.genera_aprovechamiento, "genera_aprovechamiento", true);
    const activo = siNo(valores.activo, "activo", false);
    const recursos = siNo(valores.requiere_recursos, "requiere_recursos", false);
    const mensajes = [codigo, nombre, regional, aprovechamiento, activo, recursos].flatMap(errorDe);
    if ("valor" in codigo) {
      const anterior = lineaDeCodigo.get(codigo.valor);
      if (anterior === undefined) lineaDeCodigo.set(codigo.valor, linea);
      else mensajes.push(`El código ${codigo.valor} ya aparece en la línea ${anterior} del archivo.`);
    }
    if (
      mensajes.length === 0 &&
      "valor" in codigo &&
      "valor" in nombre &&
      "valor" in regional &&
      "valor" in aprovechamiento &&
      "valor" in activo &&
      "valor" in recursos
    ) {
      validas.push({
        linea,
        codigo: codigo.valor,
        nombre: nombre.valor,
        regional: regional.valor,
        generaAprovechamiento: aprovechamiento.valor === true,
        activo: activo.valor,
        requiereRecursos: recursos.valor,
      });
    } else {
      errores.push({ linea, mensajes });
    }
  }
  return { validas, errores };
}

export interface LecturaImportacion {
  validas: FilaValida[];
  errores: ErrorDeFila[];
  ignoradas: string[];
  filas: number;
}

/** Every row of the file's table, checked without touching the database. */
export function leerImportacion(
  tabla: { columnas: string[]; filas: FilaCsv[] },
  regionales: readonly RegionalConocida[],
): LecturaImportacion {
  const { validas, errores } = validarFilas(tabla.filas, regionales);
  const ignoradas = tabla.columnas.filter((c) => c !== "" && !COLUMNAS_CONOCIDAS.includes(c));
  return { validas, errores, ignoradas, filas: tabla.filas.length };
}

/** What a centro is, as a file row and a stored centro both say it. */
interface DatosDelCentro {
  codigo: string;
  nombre: string;
  regionalId: number;
  regional: string;
  generaAprovechamiento: boolean;
  requiereRecursos: boolean;
  activo: boolean;
}

/** A centro as the import compares it, with who would be left without a centro if it closed. */
export interface CentroExistente extends DatosDelCentro {
  id: number;
  subdirectoresActivos: string[];
}

export type CampoDeCentro =
  "codigo" | "nombre" | "regional" | "generaAprovechamiento" | "requiereRecursos" | "activo";

export interface Cambio {
  campo: CampoDeCentro;
  antes: string;
  despues: string;
}

export interface FilaDelPlan extends DatosDelCentro {
  linea: number;
  accion: AccionDeFila;
  /** Id of the centro the row updates; null for a new one. */
  centroId: number | null;
  cambios: Cambio[];
}

const siNoTexto = (valor: boolean) => (valor ? "Sí" : "No");

function cambiosDe(
  actual: CentroExistente,
  fila: FilaValida,
  { activo, requiereRecursos }: { activo: boolean; requiereRecursos: boolean },
): Cambio[] {
  const pares: [CampoDeCentro, string, string][] = [
    ["codigo", actual.codigo, fila.codigo],
    ["nombre", actual.nombre, fila.nombre],
    ["regional", actual.regional, fila.regional.nombre],
    ["generaAprovechamiento", siNoTexto(actual.generaAprovechamiento), siNoTexto(fila.generaAprovechamiento)],
    ["requiereRecursos", siNoTexto(actual.requiereRecursos), siNoTexto(requiereRecursos)],
    ["activo", siNoTexto(actual.activo), siNoTexto(activo)],
  ];
  return pares
    .filter(([, antes, despues]) => antes !== despues)
    .map(([campo, antes, despues]) => ({ campo, antes, despues }));
}

export function mensajeSubdirectoresActivos(nombres: readonly string[]): string {
  const uno = nombres.length === 1;
  const quienes = uno ? "un subdirector activo" : `${nombres.length} subdirectores activos`;
  const hacer = uno
    ? "Asígnelo a otro centro o desactive su cuenta"
    : "Asígnelos a otro centro o desactive sus cuentas";
  return (
    `No se puede desactivar: el centro tiene ${quienes}: ${nombres.join("; ")}. ` +
    `${hacer} en «Usuarios y roles» y vuelva a intentarlo.`
  );
}

/**
 * What each valid row does to the stored centros (matched by code, upsert): create, update (with
 * the fields that change) or leave unchanged. A row that would deactivate a centro that still has
 * active subdirectores is an error, as in the form (docs/decisions/0009).
 */
export function planificarImportacion(
  validas: readonly FilaValida[],
  existentes: ReadonlyMap<string, CentroExistente>,
): { filas: FilaDelPlan[]; errores: ErrorDeFila[] } {
  const filas: FilaDelPlan[] = [];
  const errores: ErrorDeFila[] = [];
  for (const fila of validas) {
    const actual = existentes.get(fila.codigo) ?? null;
    const activo = fila.activo ?? actual?.activo ?? true;
    const requiereRecursos = fila.requiereRecursos ?? actual?.requiereRecursos ?? true;
    if (actual?.activo && !activo && actual.subdirectoresActivos.length > 0) {
      errores.push({
        linea: fila.linea,
        mensajes: [mensajeSubdirectoresActivos(actual.subdirectoresActivos)],
      });
      continue;
    }
    const cambios = actual ? cambiosDe(actual, fila, { activo, requiereRecursos }) : [];
    filas.push({
      linea: fila.linea,
      accion: !actual ? "CREAR" : cambios.length > 0 ? "ACTUALIZAR" : "SIN_CAMBIOS",
      centroId: actual?.id ?? null,
      codigo: fila.codigo,
      nombre: fila.nombre,
      regionalId: fila.regional.id,
      regional: fila.regional.nombre,
      generaAprovechamiento: fila.generaAprovechamiento,
      requiereRecursos,
      activo,
      cambios,
    });
  }
  return { filas, errores };
}

const ENCABEZADO = [...COLUMNAS_OBLIGATORIAS, ...COLUMNAS_OPCIONALES];

/** UTF-8 with BOM and ";" separators, as Excel configured for Colombia opens and saves it. */
export function aCsvDeImportacion(
  filas: readonly {
    codigo: string;
    nombre: string;
    regional: string;
    generaAprovechamiento: boolean;
    activo: boolean | null;
    requiereRecursos: boolean | null;
  }[],
): string {
  const siNoCelda = (valor: boolean | null) => (valor === null ? "" : valor ? "sí" : "no");
  const registros = filas.map((f) => [
    f.codigo,
    f.nombre,
    f.regional,
    siNoCelda(f.generaAprovechamiento),
    siNoCelda(f.activo),
    siNoCelda(f.requiereRecursos),
  ]);
  return escribirCsv([ENCABEZADO, ...registros]);
}

/** The template: two rows showing both ways to name a regional, with codes no real centro uses. */
export function plantillaCsv(): string {
  return aCsvDeImportacion([
    {
      codigo: "EJEMPLO-1",
      nombre: "Centro de ejemplo (reemplace esta fila)",
      regional: "05",
      generaAprovechamiento: true,
      activo: true,
      requiereRecursos: true,
    },
    {
      codigo: "EJEMPLO-2",
      nombre: "Otro centro de ejemplo (reemplace esta fila)",
      regional: "Valle",
      generaAprovechamiento: false,
      activo: null,
      requiereRecursos: null,
    },
  ]);
}

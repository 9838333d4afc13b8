import { CAMPOS } from "@/features/reportes/campos";
import { ESTADO, NOMBRE_ROL, NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import { formatearCop } from "@/lib/dinero";

type Registro = Record<string, unknown>;

function comoRegistro(valor: unknown): Registro {
  return valor !== null && typeof valor === "object" && !Array.isArray(valor) ? (valor as Registro) : {};
}

/** The fields whose value differs between "before" and "after" in an audit event. */
export function camposCambiados(
  antes: unknown,
  despues: unknown,
): { campo: string; antes: unknown; despues: unknown }[] {
  const a = comoRegistro(antes);
  const d = comoRegistro(despues);
  const campos = [...new Set([...Object.keys(a), ...Object.keys(d)])];
  return campos
    .filter((campo) => JSON.stringify(a[campo]) !== JSON.stringify(d[campo]))
    .map((campo) => ({ campo, antes: a[campo], despues: d[campo] }));
}

const CAMPO_DE_REPORTE = new Map(
  Object.values(CAMPOS)
    .flat()
    .map((c) => [c.nombre, c]),
);

/** Fields that are not a report's: evidence, accounts, centros and the plan. */
const CAMPO_GENERAL: Record<string, string> = {
  nombreArchivo: "Archivo",
  tamanoBytes: "Tamaño (bytes)",
  sha256: "SHA-256",
  email: "Correo",
  nombre: "Nombre",
  rol: "Rol",
  centroId: "Centro",
  activo: "Activo",
  debeCambiarClave: "Debe cambiar la contraseña",
  codigo: "Código",
  regional: "Regional",
  generaAprovechamiento: "Genera aprovechamiento",
  estado: "Estado",
  tipo: "Tipo de reporte",
  periodo: "Periodo",
  ambito: "Ámbito",
  comentarioRevision: "Comentario de revisión",
  descripcion: "Descripción",
  orden: "Orden",
};

/** Codes shown by their name: roles, report kinds and report states. */
const CODIGOS: Record<string, Record<string, string>> = {
  rol: NOMBRE_ROL,
  tipo: NOMBRE_TIPO_REPORTE,
  estado: Object.fromEntries(Object.entries(ESTADO).map(([codigo, e]) => [codigo, e.nombre])),
};

/** The label of a field of an audit event's before/after, as the forms name it. */
export function etiquetaDeCampo(campo: string): string {
  return CAMPO_DE_REPORTE.get(campo)?.etiqueta ?? CAMPO_GENERAL[campo] ?? campo;
}

/** A before/after value as a person reads it: pesos in COP, yes/no, "vacío", codes by name. */
export function mostrarValor(campo: string, valor: unknown): string {
  if (valor === undefined || valor === null || valor === "") return "vacío";
  if (CAMPO_DE_REPORTE.get(campo)?.tipo === "pesos" && typeof valor === "string" && /^-?\d+$/.test(valor)) {
    return formatearCop(BigInt(valor));
  }
  const nombres = CODIGOS[campo];
  if (typeof valor === "string" && nombres && Object.hasOwn(nombres, valor)) return nombres[valor]!;
  if (typeof valor === "boolean") return valor ? "Sí" : "No";
  if (typeof valor === "object") return Array.isArray(valor) ? `${valor.length} filas` : "…";
  return String(valor);
}

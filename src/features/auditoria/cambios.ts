import { ESTADO, NOMBRE_ROL, NOMBRE_TIPO_REPORTE } from "@/lib/etiquetas";
import { formatearCop } from "@/lib/dinero";
import type { Formulario } from "@/lib/seguimientos/declaracion";
import { formatearCentesimas } from "@/lib/seguimientos/presentacion";

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

/**
 * The label of a field of an audit event's before/after, as the forms name it: a report's fields
 * by its seguimiento's declared form, the others by their own name.
 */
export function etiquetaDeCampo(campo: string, formulario?: Formulario): string {
  return formulario?.campos.find((c) => c.clave === campo)?.etiqueta ?? CAMPO_GENERAL[campo] ?? campo;
}

/** A before/after value as a person reads it: pesos in COP, yes/no, "vacío", codes by name. */
export function mostrarValor(campo: string, valor: unknown, formulario?: Formulario): string {
  if (valor === undefined || valor === null || valor === "") return "vacío";
  const tipo = formulario?.campos.find((c) => c.clave === campo)?.tipo;
  const entero = (typeof valor === "string" && /^-?\d+$/.test(valor)) || typeof valor === "number";
  if (tipo === "pesos" && entero) return formatearCop(BigInt(valor as string | number));
  if (tipo === "porcentaje" && entero) return formatearCentesimas(Number(valor));
  const nombres = CODIGOS[campo];
  if (typeof valor === "string" && nombres && Object.hasOwn(nombres, valor)) return nombres[valor]!;
  if (typeof valor === "boolean") return valor ? "Sí" : "No";
  if (typeof valor === "object") return Array.isArray(valor) ? `${valor.length} filas` : "…";
  return String(valor);
}

import { z } from "zod";
import { Rol } from "@/generated/prisma/enums";
import { ENTERO_MAXIMO, idDeTextoSchema, idSchema, parseId } from "@/lib/identificadores";

export const ROLES = Object.values(Rol);

export const LARGO_MAXIMO_NOMBRE = 120;
export const MENSAJE_CENTRO_OBLIGATORIO =
  "Elija el centro del subdirector: cada subdirector está ligado a un centro de formación.";
export const MENSAJE_CENTRO_SOBRA =
  "Solo los subdirectores tienen centro: deje el centro vacío para este rol.";

/** E-mails are stored trimmed and in lower case, so «Ana@SENA.edu.co » and «ana@sena.edu.co» are one. */
export const correoSchema = z
  .string({ error: "Escriba el correo electrónico." })
  .trim()
  .toLowerCase()
  .min(1, { error: "Escriba el correo electrónico.", abort: true })
  .max(254, { error: "El correo es demasiado largo.", abort: true })
  .pipe(z.email("Escriba un correo electrónico válido, por ejemplo nombre@sena.edu.co."));

export const nombreSchema = z
  .string({ error: "Escriba el nombre completo." })
  .trim()
  .min(1, "Escriba el nombre completo.")
  .max(LARGO_MAXIMO_NOMBRE, `El nombre no puede superar ${LARGO_MAXIMO_NOMBRE} caracteres.`);

export const rolSchema = z
  .string({ error: "Elija el rol de la cuenta." })
  .pipe(z.enum(Rol, { error: "Elija el rol de la cuenta." }));

/** A <select> of centros: "" is none, otherwise the centro's id. */
export const centroIdSchema = z
  .string({ error: "Elija un centro de la lista." })
  .trim()
  .transform((texto, ctx) => {
    if (texto === "") return null;
    const id = parseId(texto);
    if (id === null) {
      ctx.addIssue({ code: "custom", message: "Elija un centro de la lista." });
      return z.NEVER;
    }
    return id;
  });

/** The rule behind every account: a subdirector has exactly one centro, nobody else has one. */
export function problemaDeCentro(rol: Rol, tieneCentro: boolean): string | null {
  if (rol === "SUBDIRECTOR" && !tieneCentro) return MENSAJE_CENTRO_OBLIGATORIO;
  if (rol !== "SUBDIRECTOR" && tieneCentro) return MENSAJE_CENTRO_SOBRA;
  return null;
}

/** Runs even when another field is wrong, so every message shows at once; skips unparsed values. */
function exigirCentroSegunRol(ctx: z.core.ParsePayload<{ rol: unknown; centroId: unknown }>) {
  const { rol, centroId } = ctx.value;
  if (!ROLES.includes(rol as Rol) || !(centroId === null || typeof centroId === "number")) return;
  const problema = problemaDeCentro(rol as Rol, centroId !== null);
  if (problema) ctx.issues.push({ code: "custom", path: ["centroId"], message: problema, input: centroId });
}

export const crearUsuarioSchema = z
  .object({ email: correoSchema, nombre: nombreSchema, rol: rolSchema, centroId: centroIdSchema })
  .check(exigirCentroSegunRol);

/**
 * `version` is the account's version as the form loaded it: a save made meanwhile by someone else
 * changes it, and the stale form is refused instead of overwriting.
 */
export const editarUsuarioSchema = z
  .object({
    usuarioId: idSchema(),
    version: z
      .number({ error: "La versión del formulario no es válida." })
      .int()
      .positive()
      .max(ENTERO_MAXIMO),
    nombre: nombreSchema,
    rol: rolSchema,
    centroId: centroIdSchema,
    activo: z.boolean(),
  })
  .check(exigirCentroSegunRol);

export const restablecerClaveSchema = z.object({ usuarioId: idSchema() });

export type UsuarioNuevoDelFormulario = z.input<typeof crearUsuarioSchema>;
export type UsuarioNuevo = z.output<typeof crearUsuarioSchema>;
export type EdicionDelFormulario = z.input<typeof editarUsuarioSchema>;
export type EdicionValidada = z.output<typeof editarUsuarioSchema>;

/** A filter that is missing or does not make sense is simply not applied. */
function opcional<T extends z.ZodType>(schema: T) {
  return schema.optional().catch(undefined);
}

const id = idDeTextoSchema();

/** The list's filters as they come in the URL of its GET form. */
export const filtrosUsuariosSchema = z.object({
  q: opcional(
    z
      .string()
      .trim()
      .max(100)
      .transform((q) => q || undefined),
  ),
  rol: opcional(z.enum(Rol)),
  regional: opcional(id),
  centro: opcional(id),
  activo: opcional(z.enum(["si", "no"])),
  pagina: z.coerce.number().int().positive().max(100_000).catch(1),
});

export type FiltrosUsuarios = z.output<typeof filtrosUsuariosSchema>;

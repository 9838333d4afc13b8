import { z } from "zod";
import { ACCIONES, grupoDe } from "./etiquetas";

const pagina = z.coerce.number().int().min(1).max(10_000).catch(1);

const texto = (maximo: number) =>
  z
    .string()
    .trim()
    .max(maximo)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined);

/** A calendar date "AAAA-MM-DD" that exists; anything else is no filter. */
const fecha = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => {
    const dia = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(dia.getTime()) && dia.toISOString().slice(0, 10) === v;
  })
  .optional()
  .catch(undefined);

/**
 * Filters of the audit log, read from the URL; anything odd falls back to no filter. A verb sets
 * its group; dates are Bogotá calendar days, both included, and swapped when given backwards.
 */
export const filtrosAuditoriaSchema = z
  .object({
    grupo: z.enum(["ingreso", "cambios"]).optional().catch(undefined),
    accion: z.enum(ACCIONES).optional().catch(undefined),
    /** Part of the account's e-mail or name, or of the e-mail typed in a failed login. */
    q: texto(200),
    /** An exact address, or its beginning followed by "*". */
    ip: texto(100),
    desde: fecha,
    hasta: fecha,
    pagina: pagina.default(1),
  })
  .transform((f) => ({
    ...f,
    grupo: f.accion ? grupoDe(f.accion) : f.grupo,
    ...(f.desde && f.hasta && f.desde > f.hasta ? { desde: f.hasta, hasta: f.desde } : {}),
  }));

export type FiltrosAuditoria = z.infer<typeof filtrosAuditoriaSchema>;

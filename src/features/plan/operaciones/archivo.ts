import "server-only";
import { z } from "zod";
import { huellaDeImportacionSchema } from "@/lib/importacion";
import { autorizar } from "@/server/autorizacion";
import { ErrorDeNegocio } from "@/server/errores";
import { definirOperacion } from "@/server/operacion";
import { aplicarPlan, TIEMPO_DEL_PLAN_MS } from "../archivo/aplicar";
import { LIMITES_DEL_PLAN } from "../archivo/esquema";
import { huellaDelPlan, simularPlan } from "../archivo/importacion";
import { leerPlanArchivo, problemaDeTamano, type ProblemaDelPlan } from "../archivo/lectura";

// The plan file from the plan page: a preview of what it would change (or every problem with its
// path in the file), then the confirmation, which applies it only if it still makes exactly the
// changes previewed. The same reading and rules as `npm run plan:importar`.

const MENSAJE_FALTA = "Elija el archivo del plan (.json) que quiere revisar.";

const archivo = z
  .file({ error: MENSAJE_FALTA })
  .min(1, "El archivo está vacío.")
  .refine((f) => f.size <= LIMITES_DEL_PLAN.bytes, {
    error: (i) => problemaDeTamano((i.input as File).size)!.mensaje,
  });

export interface VistaDelPlan {
  nombre: string;
  anio: number | null;
  vigenciaNueva: boolean;
  cambios: string[];
  problemas: ProblemaDelPlan[];
  /** Empty while there are problems: such a file cannot be confirmed. */
  huella: string;
}

async function leer(archivoSubido: File) {
  const bytes = new Uint8Array(await archivoSubido.arrayBuffer());
  return { bytes, lectura: leerPlanArchivo(bytes) };
}

export const previsualizarArchivoDelPlan = definirOperacion(
  "previsualizarArchivoDelPlan",
  z.object({ archivo }),
  async (input, ctx): Promise<VistaDelPlan> => {
    autorizar(ctx.actor, { accion: "administrar" });
    const { bytes, lectura } = await leer(input.archivo);
    const vacia = { nombre: input.archivo.name, anio: null, vigenciaNueva: false, cambios: [], huella: "" };
    if (!lectura.ok) return { ...vacia, problemas: lectura.problemas };
    const simulacion = await simularPlan(ctx.tx, lectura.plan);
    if (!simulacion.ok) return { ...vacia, anio: lectura.plan.vigencia, problemas: simulacion.problemas };
    const { anio, vigenciaNueva, cambios } = simulacion.resultado;
    return {
      nombre: input.archivo.name,
      anio,
      vigenciaNueva,
      cambios,
      problemas: [],
      huella: huellaDelPlan(bytes, cambios),
    };
  },
  { tiempoMaximoMs: TIEMPO_DEL_PLAN_MS },
);

export const importarArchivoDelPlan = definirOperacion(
  "importarArchivoDelPlan",
  z.object({ archivo, huella: huellaDeImportacionSchema }),
  async (input, ctx) => {
    autorizar(ctx.actor, { accion: "administrar" });
    const { bytes, lectura } = await leer(input.archivo);
    if (!lectura.ok) throw new ErrorDeNegocio("El archivo tiene problemas: revíselo de nuevo.");
    const resultado = await aplicarPlan(ctx.tx, lectura.plan, ctx.auditar);
    if (huellaDelPlan(bytes, resultado.cambios) !== input.huella) {
      throw new ErrorDeNegocio(
        "No se aplicó: el plan cambió desde la vista previa (otra persona lo editó). Revise los cambios de nuevo.",
      );
    }
    return resultado;
  },
  { tiempoMaximoMs: TIEMPO_DEL_PLAN_MS },
);

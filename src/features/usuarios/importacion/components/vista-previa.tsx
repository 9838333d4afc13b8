import { ErroresDeImportacion, primeras, Recorte } from "@/components/ui/importacion";
import { NOMBRE_ROL } from "@/lib/etiquetas";
import type { VistaPrevia as Vista } from "../operaciones";
import type { FilaPlaneada } from "../plan";

const CAMPO: Record<string, string> = { nombre: "nombre", rol: "rol", centroId: "centro", activo: "estado" };

function queCambia(f: FilaPlaneada): string {
  if (f.accion === "CREAR") return "Cuenta nueva";
  return `Cambia ${f.cambios.map((c) => CAMPO[c] ?? c).join(", ")}`;
}

function plural(n: number, uno: string, varios: string): string {
  return n === 1 ? `1 ${uno}` : `${n.toLocaleString("es-CO")} ${varios}`;
}

function Cambios({ filas }: { filas: FilaPlaneada[] }) {
  return (
    <div>
      <h3 className="mb-2 font-semibold text-slate-900">Lo que se va a crear o cambiar</h3>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Cuentas que se crearán o actualizarán, por línea del archivo</caption>
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              {["Línea", "Correo", "Nombre", "Rol", "Centro", "Activa", "Qué pasa"].map((e) => (
                <th key={e} scope="col" className="px-3 py-2">
                  {e}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {primeras(filas).map((f) => (
              <tr key={f.linea}>
                <td className="px-3 py-2 tabular-nums">{f.linea}</td>
                <td className="px-3 py-2 whitespace-nowrap">{f.datos.email}</td>
                <td className="px-3 py-2">{f.datos.nombre}</td>
                <td className="px-3 py-2">{NOMBRE_ROL[f.datos.rol]}</td>
                <td className="px-3 py-2">{f.centro ?? "—"}</td>
                <td className="px-3 py-2">{f.datos.activo ? "Sí" : "No"}</td>
                <td className="px-3 py-2 whitespace-nowrap">{queCambia(f)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Recorte total={filas.length} />
    </div>
  );
}

/** What confirming would do, and every problem of the file by line; nothing is written yet. */
export function VistaPrevia({ vista }: { vista: Vista }) {
  const { resumen } = vista;
  return (
    <div className="space-y-4">
      <p className="text-slate-800" data-testid="resumen-importacion">
        {plural(resumen.filas, "fila leída", "filas leídas")}:{" "}
        {plural(resumen.crear, "cuenta nueva", "cuentas nuevas")},{" "}
        {plural(resumen.actualizar, "con cambios", "con cambios")},{" "}
        {plural(resumen.sinCambios, "sin cambios", "sin cambios")}
        {resumen.lineasConError > 0
          ? ` y ${plural(resumen.lineasConError, "línea con errores", "líneas con errores")}`
          : ""}
        .
      </p>
      <ErroresDeImportacion errores={vista.errores} />
      {vista.errores.length === 0 && vista.filas.length > 0 ? <Cambios filas={vista.filas} /> : null}
    </div>
  );
}

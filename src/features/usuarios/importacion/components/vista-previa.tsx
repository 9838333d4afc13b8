import { ErroresDeImportacion, primeras, Recorte } from "@/components/ui/importacion";
import { TablaCompacta, type ColumnaDeTabla } from "@/components/ui/tabla";
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

const COLUMNAS: ColumnaDeTabla<FilaPlaneada>[] = [
  { titulo: "Línea", numerica: true, celda: (f) => f.linea },
  { titulo: "Correo", clase: "whitespace-nowrap", celda: (f) => f.datos.email },
  { titulo: "Nombre", celda: (f) => f.datos.nombre },
  { titulo: "Rol", celda: (f) => NOMBRE_ROL[f.datos.rol] },
  { titulo: "Centro", celda: (f) => f.centro ?? "—" },
  { titulo: "Activa", celda: (f) => (f.datos.activo ? "Sí" : "No") },
  { titulo: "Qué pasa", clase: "whitespace-nowrap", celda: queCambia },
];

function Cambios({ filas }: { filas: FilaPlaneada[] }) {
  return (
    <div>
      <h3 className="mb-2 font-semibold text-slate-900">Lo que se va a crear o cambiar</h3>
      <TablaCompacta
        descripcion="Cuentas que se crearán o actualizarán, por línea del archivo"
        columnas={COLUMNAS}
        filas={primeras(filas)}
        clave={(f) => f.linea}
      />
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

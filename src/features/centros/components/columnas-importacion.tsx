import { FormatoDeImportacion, type ColumnaDeImportacion } from "@/components/ui/formato-de-importacion";

const COLUMNAS: ColumnaDeImportacion[] = [
  {
    nombre: "codigo",
    obligatoria: true,
    explicacion:
      "Código del centro: único, letras sin tilde, números y guiones. Si ya existe, la fila actualiza ese centro.",
  },
  { nombre: "nombre", obligatoria: true, explicacion: "Nombre del centro." },
  {
    nombre: "regional",
    obligatoria: true,
    explicacion: "Código de la regional (05 o 5) o su nombre, con o sin tildes: Antioquia, Atlantico.",
  },
  {
    nombre: "genera_aprovechamiento",
    obligatoria: true,
    explicacion: "sí o no. Decide si presenta el acta del comité de precios y la trazabilidad de ventas.",
  },
  {
    nombre: "activo",
    obligatoria: false,
    explicacion: "sí o no. Vacía o sin la columna: un centro nuevo queda activo y uno existente no cambia.",
  },
  {
    nombre: "requiere_recursos",
    obligatoria: false,
    explicacion:
      "sí o no: si requiere recursos para los proyectos de formación - producción (presenta la ejecución de recursos). Vacía o sin la columna: un centro nuevo sí y uno existente no cambia.",
  },
];

const CLASE_ENLACE =
  "inline-block rounded-md border border-sena-700 bg-white px-3 py-1.5 text-sm font-semibold text-sena-800 hover:bg-sena-50";

/** The columns the import reads and the files to start from. */
export function ColumnasDeImportacion() {
  return (
    <FormatoDeImportacion columnas={COLUMNAS} className="self-start">
      <p className="text-sm text-slate-700">
        Un centro con subdirectores activos no se puede desactivar desde el archivo.
      </p>
      <div className="flex flex-wrap gap-2">
        <a href="/admin/centros/importar/plantilla" download className={CLASE_ENLACE}>
          Descargar plantilla
        </a>
        <a href="/admin/centros/importar/plantilla?contenido=centros" download className={CLASE_ENLACE}>
          Descargar los centros actuales
        </a>
      </div>
    </FormatoDeImportacion>
  );
}

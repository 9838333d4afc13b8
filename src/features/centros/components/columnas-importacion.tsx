const COLUMNAS: [string, string, string][] = [
  [
    "codigo",
    "Sí",
    "Código del centro: único, letras sin tilde, números y guiones. Si ya existe, la fila actualiza ese centro.",
  ],
  ["nombre", "Sí", "Nombre del centro."],
  ["regional", "Sí", "Código de la regional (05 o 5) o su nombre, con o sin tildes: Antioquia, Atlantico."],
  [
    "genera_aprovechamiento",
    "Sí",
    "sí o no. Decide si presenta el acta del comité de precios y la trazabilidad de ventas.",
  ],
  [
    "activo",
    "No",
    "sí o no. Vacía o sin la columna: un centro nuevo queda activo y uno existente no cambia.",
  ],
  [
    "requiere_recursos",
    "No",
    "sí o no: si requiere recursos para los proyectos de formación - producción (presenta la ejecución de recursos). Vacía o sin la columna: un centro nuevo sí y uno existente no cambia.",
  ],
];

const CLASE_ENLACE =
  "inline-block rounded-md border border-sena-700 bg-white px-3 py-1.5 text-sm font-semibold text-sena-800 hover:bg-sena-50";

/** The columns the import reads, the limits, and the files to start from. */
export function ColumnasDeImportacion() {
  return (
    <aside
      aria-labelledby="columnas-importacion"
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <h2 id="columnas-importacion" className="font-semibold text-slate-900">
        Columnas del archivo
      </h2>
      <dl className="space-y-2 text-sm">
        {COLUMNAS.map(([columna, obligatoria, explicacion]) => (
          <div key={columna}>
            <dt className="font-mono font-semibold text-slate-900">
              {columna}{" "}
              <span className="font-sans font-normal text-slate-600">
                ({obligatoria === "Sí" ? "obligatoria" : "opcional"})
              </span>
            </dt>
            <dd className="text-slate-700">{explicacion}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-700">
        La primera fila es el encabezado; el orden de las columnas no importa. Sirve el libro de Excel tal
        cual (.xlsx, su primera hoja) o un CSV guardado como «CSV UTF-8». Un centro con subdirectores activos
        no se puede desactivar desde el archivo.
      </p>
      <div className="flex flex-wrap gap-2">
        <a href="/admin/centros/importar/plantilla" download className={CLASE_ENLACE}>
          Descargar plantilla
        </a>
        <a href="/admin/centros/importar/plantilla?contenido=centros" download className={CLASE_ENLACE}>
          Descargar los centros actuales
        </a>
      </div>
    </aside>
  );
}

/**
 * "Descargar CSV · Descargar Excel" for a list: `ruta` answers both formats with the list's own
 * filters (`parametros`, the same the screen shows). `contexto` completes the links' names for
 * screen readers ("Descargar CSV: la cola con estos filtros").
 */
export function EnlacesDeDescarga(props: {
  ruta: string;
  parametros?: Record<string, string | number | undefined>;
  contexto: string;
  className?: string;
}) {
  const href = (formato: "csv" | "xlsx") => {
    const parametros = new URLSearchParams({ formato });
    for (const [clave, valor] of Object.entries(props.parametros ?? {})) {
      if (valor !== undefined && valor !== "") parametros.set(clave, String(valor));
    }
    return `${props.ruta}?${parametros.toString()}`;
  };
  return (
    <p className={`flex gap-3 text-sm ${props.className ?? ""}`}>
      {(["csv", "xlsx"] as const).map((formato) => (
        <a key={formato} href={href(formato)} className="font-medium text-sena-700 underline" download>
          Descargar {formato === "csv" ? "CSV" : "Excel"}
          <span className="sr-only">: {props.contexto}</span>
        </a>
      ))}
    </p>
  );
}

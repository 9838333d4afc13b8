import type { ReactNode } from "react";

export interface ColumnaDeImportacion {
  nombre: string;
  obligatoria: boolean;
  explicacion: string;
}

/**
 * What an import page says about its file: each column it reads (required or not, and what it
 * means), then the page's own notes and template links.
 */
export function FormatoDeImportacion(props: {
  columnas: readonly ColumnaDeImportacion[];
  children?: ReactNode;
  className?: string;
}) {
  return (
    <section
      aria-labelledby="formato-importacion"
      className={`space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 ${props.className ?? ""}`}
    >
      <h2 id="formato-importacion" className="text-lg font-semibold text-slate-900">
        Formato del archivo
      </h2>
      <dl className="space-y-2 text-sm">
        {props.columnas.map((c) => (
          <div key={c.nombre}>
            <dt className="font-mono font-semibold text-slate-900">
              {c.nombre}{" "}
              <span className="font-sans font-normal text-slate-600">
                ({c.obligatoria ? "obligatoria" : "opcional"})
              </span>
            </dt>
            <dd className="text-slate-700">{c.explicacion}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-700">
        La primera fila es el encabezado; el orden de las columnas no importa. Sirve el libro de Excel tal
        cual (.xlsx, su primera hoja) o un CSV guardado como «CSV UTF-8».
      </p>
      {props.children}
    </section>
  );
}

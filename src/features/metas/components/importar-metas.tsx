"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Aviso } from "@/components/ui/aviso";
import { Insignia } from "@/components/ui/insignia";
import { ErroresDeImportacion, primeras, Recorte, ResumenDeArchivo } from "@/components/ui/importacion";
import { Importacion } from "@/components/ui/importacion";
import { formatearCop } from "@/lib/dinero";
import { importarMetas, previsualizarImportacionDeMetas } from "../actions";
import type { VistaPreviaDeMetas as Vista } from "../operaciones-importacion";

const monto = (valor: bigint | null) => (valor === null ? "sin meta" : formatearCop(valor));
const semestre = (periodo: string) => `Semestre ${periodo.slice(-1)} de ${periodo.slice(0, 4)}`;

function VistaPrevia({ vista }: { vista: Vista }) {
  const cambios = vista.regionales.length + vista.nacionales.length;
  return (
    <div className="space-y-4" data-testid="vista-previa">
      <ResumenDeArchivo archivo={vista.archivo} filas={vista.filasLeidas} errores={vista.errores.length}>
        <Insignia tono="azul">
          {cambios} {cambios === 1 ? "meta cambia" : "metas cambian"}
        </Insignia>
        <Insignia tono="gris">{vista.sinCambios} sin cambios</Insignia>
      </ResumenDeArchivo>
      <ErroresDeImportacion errores={vista.errores} />
      {vista.regionales.length > 0 ? (
        <section aria-labelledby="metas-regionales">
          <h3 id="metas-regionales" className="mb-2 font-semibold text-slate-900">
            Metas regionales ({vista.regionales.length.toLocaleString("es-CO")})
          </h3>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
            {primeras(vista.regionales).map((f) => (
              <li key={f.linea} className="px-3 py-2">
                <span className="font-medium">{f.regional}</span> · {semestre(f.periodo)}: {monto(f.antes)} →{" "}
                <span className="font-medium text-slate-900">{monto(f.despues)}</span>{" "}
                <span className="text-slate-600">(línea {f.linea})</span>
              </li>
            ))}
          </ul>
          <Recorte total={vista.regionales.length} />
        </section>
      ) : null}
      {vista.nacionales.length > 0 ? (
        <section aria-labelledby="metas-nacionales">
          <h3 id="metas-nacionales" className="mb-2 font-semibold text-slate-900">
            Metas nacionales
          </h3>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white text-sm">
            {vista.nacionales.map((n) => (
              <li key={`${n.vigenciaId}-${n.periodo}`} className="px-3 py-2">
                {semestre(n.periodo)}: {monto(n.antes)} →{" "}
                <span className="font-medium text-slate-900">{monto(n.despues)}</span>
                {n.calculada ? <span className="text-slate-600"> (suma de las regionales)</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** The metas import: a file of metas, previewed row by row, applied whole or not at all. */
export function ImportarMetas() {
  const router = useRouter();
  return (
    <Importacion
      id="archivo-metas"
      etiqueta="Archivo de metas"
      falta="Elija el archivo con las metas."
      previsualizar={previsualizarImportacionDeMetas}
      confirmar={importarMetas}
      porAplicar={(vista) => vista.regionales.length + vista.nacionales.length}
      textoConfirmar={(vista) => {
        const n = vista.regionales.length + vista.nacionales.length;
        return `Confirmar: fijar ${n} ${n === 1 ? "meta" : "metas"}`;
      }}
      nadaQueImportar="Nada que importar: todas las metas del archivo ya están guardadas así."
      vistaPrevia={(vista) => <VistaPrevia vista={vista} />}
      resultado={(r) => (
        <Aviso tipo="exito">
          Importación terminada: {r.fijadas} {r.fijadas === 1 ? "meta fijada" : "metas fijadas"}
          {r.nacionales > 0 ? `, ${r.nacionales} de ellas nacionales` : ""}.{" "}
          <Link href="/metas" className="font-medium underline">
            Ver las metas
          </Link>
        </Aviso>
      )}
      alImportar={() => router.refresh()}
    />
  );
}

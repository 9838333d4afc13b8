import type { Metadata } from "next";
import { Encabezado } from "@/components/ui/encabezado";
import { ColumnasDeImportacion } from "@/features/centros/components/columnas-importacion";
import { ImportarCentros } from "@/features/centros/components/importar-centros";
import { Secciones } from "@/features/centros/components/secciones";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Importar centros" };

export default async function ImportarCentrosPage() {
  await requerirPermiso({ accion: "administrar" });
  return (
    <>
      <Secciones actual="importar" />
      <Encabezado
        titulo="Importar centros desde Excel o CSV"
        descripcion={
          <p>
            Cada fila crea un centro o actualiza el que tenga su código; nada se borra. Primero se revisa el
            archivo completo y se muestra qué pasará; los cambios se aplican solo al confirmar, todos juntos o
            ninguno.
          </p>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <ImportarCentros />
        </div>
        <ColumnasDeImportacion />
      </div>
    </>
  );
}

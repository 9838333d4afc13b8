"use client";

import { useRouter } from "next/navigation";
import { Importacion } from "@/components/ui/importacion";
import { confirmarImportacion, previsualizarImportacion } from "../../actions";
import { ResultadoImportacion } from "./resultado-importacion";
import { VistaPrevia } from "./vista-previa";

/** The accounts import: a file of accounts, previewed row by row, applied whole or not at all. */
export function ImportarUsuarios() {
  const router = useRouter();
  return (
    <Importacion
      id="archivo-usuarios"
      etiqueta="Archivo de usuarios"
      falta="Elija el archivo con las cuentas."
      previsualizar={previsualizarImportacion}
      confirmar={confirmarImportacion}
      porAplicar={(vista) => vista.resumen.crear + vista.resumen.actualizar}
      textoConfirmar={(vista) =>
        `Confirmar e importar ${(vista.resumen.crear + vista.resumen.actualizar).toLocaleString("es-CO")} cuentas`
      }
      nadaQueImportar="Todas las cuentas del archivo ya están así: no hay nada que importar."
      vistaPrevia={(vista) => <VistaPrevia vista={vista} />}
      resultado={(resultado) => (
        <section aria-labelledby="titulo-resultado" className="space-y-4">
          <h2 id="titulo-resultado" className="text-lg font-semibold text-slate-900">
            Resultado
          </h2>
          <ResultadoImportacion resultado={resultado} />
        </section>
      )}
      alImportar={() => router.refresh()}
    />
  );
}

"use client";

import Link from "next/link";
import { Aviso } from "@/components/ui/aviso";
import { Importacion } from "@/components/ui/importacion";
import { importarCentros, previsualizarImportacion } from "../actions";
import { VistaPrevia } from "./vista-previa";

/** The centros import: a file of centros, previewed row by row, applied whole or not at all. */
export function ImportarCentros() {
  return (
    <Importacion
      id="archivo-centros"
      etiqueta="Archivo de centros"
      falta="Seleccione el archivo con los centros."
      previsualizar={previsualizarImportacion}
      confirmar={importarCentros}
      porAplicar={(vista) => vista.conteo.CREAR + vista.conteo.ACTUALIZAR}
      textoConfirmar={(vista) =>
        `Confirmar: crear ${vista.conteo.CREAR} y actualizar ${vista.conteo.ACTUALIZAR}`
      }
      nadaQueImportar="Nada que importar: todos los centros del archivo ya están registrados así."
      vistaPrevia={(vista) => <VistaPrevia vista={vista} />}
      resultado={(conteo) => (
        <Aviso tipo="exito">
          Importación terminada: {conteo.CREAR} centros creados, {conteo.ACTUALIZAR} actualizados y{" "}
          {conteo.SIN_CAMBIOS} sin cambios.{" "}
          <Link href="/admin/centros" className="font-medium underline">
            Ver los centros
          </Link>
        </Aviso>
      )}
    />
  );
}

"use client";

import { TablaCompacta, type ColumnaDeTabla } from "@/components/ui/tabla";
import { BOTON_PRINCIPAL } from "@/components/ui/botones";
import { csvDeClaves } from "../archivos";
import type { ResultadoImportacion as Resultado } from "../operaciones";

/** Offers the temporary passwords as a file made here, in the browser; the server keeps no copy. */
function descargar(resultado: Resultado) {
  const blob = new Blob([csvDeClaves(resultado.creadas)], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const enlace = document.createElement("a");
  enlace.href = url;
  enlace.download = "contrasenas-temporales.csv";
  enlace.click();
  URL.revokeObjectURL(url);
}

const COLUMNAS: ColumnaDeTabla<Resultado["creadas"][number]>[] = [
  { titulo: "Línea", numerica: true, celda: (c) => c.linea },
  { titulo: "Correo", clase: "whitespace-nowrap", celda: (c) => c.email },
  { titulo: "Nombre", celda: (c) => c.nombre },
  { titulo: "Contraseña temporal", clase: "font-mono whitespace-nowrap", celda: (c) => c.claveTemporal },
];

export function ResultadoImportacion({ resultado }: { resultado: Resultado }) {
  const { creadas } = resultado;
  return (
    <div className="space-y-4">
      <p
        role="status"
        className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900"
      >
        Importación terminada: {creadas.length.toLocaleString("es-CO")} cuentas creadas,{" "}
        {resultado.actualizadas.toLocaleString("es-CO")} actualizadas y{" "}
        {resultado.sinCambios.toLocaleString("es-CO")} sin cambios.
      </p>
      {creadas.length > 0 ? (
        <>
          <div className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
            <p className="font-semibold">Estas contraseñas temporales se muestran una sola vez.</p>
            <p className="mt-1">
              Descárguelas ahora y entregue cada una a su titular por un canal seguro; luego borre el archivo.
              Cada persona deberá cambiar la suya al ingresar.
            </p>
            <button type="button" onClick={() => descargar(resultado)} className={`mt-3 ${BOTON_PRINCIPAL}`}>
              Descargar contraseñas temporales (CSV)
            </button>
          </div>
          <TablaCompacta
            descripcion="Cuentas creadas con su contraseña temporal"
            columnas={COLUMNAS}
            filas={creadas}
            clave={(c) => c.email}
          />
        </>
      ) : null}
    </div>
  );
}

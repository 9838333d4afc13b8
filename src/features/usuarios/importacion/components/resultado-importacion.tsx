"use client";

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
            <button
              type="button"
              onClick={() => descargar(resultado)}
              className="mt-3 rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800"
            >
              Descargar contraseñas temporales (CSV)
            </button>
          </div>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Cuentas creadas con su contraseña temporal</caption>
              <thead className="bg-slate-100 text-slate-700">
                <tr>
                  {["Línea", "Correo", "Nombre", "Contraseña temporal"].map((e) => (
                    <th key={e} scope="col" className="px-3 py-2">
                      {e}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {creadas.map((c) => (
                  <tr key={c.email}>
                    <td className="px-3 py-2 tabular-nums">{c.linea}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{c.email}</td>
                    <td className="px-3 py-2">{c.nombre}</td>
                    <td className="px-3 py-2 font-mono whitespace-nowrap">{c.claveTemporal}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </div>
  );
}

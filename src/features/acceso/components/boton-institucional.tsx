"use client";

import { useState } from "react";
import { ingresarConCuentaInstitucional } from "../cliente";

/** Goes to the institutional identity provider; it comes back to `destino` once signed in. */
export function BotonInstitucional({ destino }: { destino: string }) {
  const [yendo, setYendo] = useState(false);
  const [fallo, setFallo] = useState(false);
  return (
    <div className="space-y-2">
      {fallo ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          No fue posible abrir el ingreso con la cuenta institucional. Revise su conexión e intente de nuevo.
        </p>
      ) : null}
      <button
        type="button"
        disabled={yendo}
        onClick={() => {
          setYendo(true);
          setFallo(false);
          void ingresarConCuentaInstitucional(destino).then((ok) => {
            if (ok) return;
            setYendo(false);
            setFallo(true);
          });
        }}
        className="w-full rounded-md border border-sena-700 bg-white px-4 py-2.5 font-semibold text-sena-800 hover:bg-sena-50 disabled:opacity-60"
      >
        {yendo ? "Abriendo la cuenta institucional…" : "Ingresar con la cuenta institucional"}
      </button>
    </div>
  );
}

"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

/** Goes to the institutional identity provider; it comes back to `destino` once signed in. */
export function BotonInstitucional({ destino }: { destino: string }) {
  const [yendo, setYendo] = useState(false);
  return (
    <button
      type="button"
      disabled={yendo}
      onClick={() => {
        setYendo(true);
        void signIn("entra-id", { callbackUrl: destino }).catch(() => setYendo(false));
      }}
      className="w-full rounded-md border border-sena-700 bg-white px-4 py-2.5 font-semibold text-sena-800 hover:bg-sena-50 disabled:opacity-60"
    >
      {yendo ? "Abriendo la cuenta institucional…" : "Ingresar con la cuenta institucional"}
    </button>
  );
}

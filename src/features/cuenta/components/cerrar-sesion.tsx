"use client";

import { signOut } from "next-auth/react";

export function CerrarSesion() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="text-sm font-medium text-sena-700 underline hover:text-sena-800"
    >
      Cerrar sesión sin cambiarla
    </button>
  );
}

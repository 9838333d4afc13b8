"use client";

import { signOut } from "next-auth/react";

export function LogoutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="rounded-md border border-white/60 px-3 py-1.5 text-sm font-medium text-white hover:bg-sena-800"
    >
      Cerrar sesión
    </button>
  );
}

import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell/app-shell";
import { requerirUsuario } from "@/server/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const usuario = await requerirUsuario();
  return <AppShell usuario={usuario}>{children}</AppShell>;
}

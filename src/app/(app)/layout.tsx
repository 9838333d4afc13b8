import type { ReactNode } from "react";
import { Marco } from "@/components/marco/marco";
import { requerirUsuario } from "@/server/sesion-actual";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const usuario = await requerirUsuario();
  return <Marco usuario={usuario}>{children}</Marco>;
}

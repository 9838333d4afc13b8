import type { Actor } from "@/server/autorizacion";
import { puede, type Permiso } from "@/server/autorizacion";

interface Enlace {
  href: string;
  etiqueta: string;
  permiso: Permiso;
}

// Each screen's link, behind the permission that guards it.
const ENLACES: Enlace[] = [
  { href: "/obligaciones", etiqueta: "Mis obligaciones", permiso: { accion: "ver-plan" } },
  { href: "/plan", etiqueta: "Plan de acción", permiso: { accion: "ver-plan" } },
  { href: "/tableros", etiqueta: "Tableros", permiso: { accion: "ver-tableros" } },
  { href: "/informes", etiqueta: "Informes", permiso: { accion: "ver-tableros" } },
  { href: "/revision", etiqueta: "Revisión", permiso: { accion: "ver-cola-revision" } },
  { href: "/metas", etiqueta: "Metas de recaudo", permiso: { accion: "ver-tableros" } },
  { href: "/admin", etiqueta: "Administración", permiso: { accion: "administrar" } },
];

export function enlacesPara(actor: Actor): { href: string; etiqueta: string }[] {
  return ENLACES.filter((e) => puede(actor, e.permiso)).map(({ href, etiqueta }) => ({ href, etiqueta }));
}

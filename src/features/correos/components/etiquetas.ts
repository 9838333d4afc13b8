import type { Tono } from "@/components/ui/insignia";
import type { EstadoCorreo } from "@/generated/prisma/enums";

export const ESTADO_CORREO: Record<EstadoCorreo, { nombre: string; tono: Tono; ayuda: string }> = {
  PENDIENTE: { nombre: "Pendiente", tono: "azul", ayuda: "En cola para enviarse." },
  ENVIADO: { nombre: "Enviado", tono: "verde", ayuda: "El servidor de correo lo aceptó." },
  FALLIDO: { nombre: "Falló", tono: "rojo", ayuda: "El último intento falló; se reintenta solo." },
  RETENIDO: { nombre: "Retenido", tono: "gris", ayuda: "No salió: este servidor no tiene SMTP configurado." },
};

import "server-only";
import type { Transporter } from "nodemailer";
import type { PrismaClient } from "@/generated/prisma/client";

export interface Envio {
  transporte: Transporter;
  remitente: string;
}

const LARGO_MAXIMO_DEL_ERROR = 1_000;

/**
 * Sends one message of the outbox, as the queue's task. Without SMTP (`envio` null) the message is
 * kept as RETENIDO: nothing leaves the machine. A failure is recorded on the message (state, tries,
 * error) and thrown again, so the queue retries it with backoff; the message is never lost.
 */
export async function enviarCorreo(
  prisma: PrismaClient,
  correoId: number,
  envio: Envio | null,
  intento: number,
): Promise<"ENVIADO" | "RETENIDO" | "YA_ENVIADO" | "NO_EXISTE"> {
  const correo = await prisma.correo.findUnique({ where: { id: correoId } });
  if (!correo) return "NO_EXISTE";
  if (correo.estado === "ENVIADO") return "YA_ENVIADO";
  if (!envio) {
    await prisma.correo.update({ where: { id: correoId }, data: { estado: "RETENIDO" } });
    return "RETENIDO";
  }
  try {
    await envio.transporte.sendMail({
      from: envio.remitente,
      to: correo.para,
      subject: correo.asunto,
      text: correo.texto,
      html: correo.html,
      headers: { "X-Plan-Accion-Correo": String(correo.id) },
    });
  } catch (error) {
    const mensaje = error instanceof Error ? error.message : String(error);
    await prisma.correo.update({
      where: { id: correoId },
      data: { estado: "FALLIDO", intentos: intento, ultimoError: mensaje.slice(0, LARGO_MAXIMO_DEL_ERROR) },
    });
    throw error;
  }
  await prisma.correo.update({
    where: { id: correoId },
    data: { estado: "ENVIADO", intentos: intento, ultimoError: null, enviadoEn: new Date() },
  });
  return "ENVIADO";
}

// Without "server-only": the launcher (scripts/start.ts, outside Next.js) validates these settings
// before starting anything. Nothing in a client component imports it.
import nodemailer, { type Transporter } from "nodemailer";

export interface ConfiguracionSmtp {
  /** The SMTP server, e.g. smtp://usuario:clave@smtp.sena.edu.co:587 or smtps://…:465. */
  url: string;
  /** The From header of every message. */
  remitente: string;
}

export const REMITENTE_POR_DEFECTO = "Seguimiento al Plan de Acción <no-responder@sena.edu.co>";

const CORREO = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const CON_NOMBRE = /^[^<>]*<([^\s@<>]+@[^\s@<>]+\.[^\s@<>]+)>$/;

export class ConfiguracionSmtpInvalida extends Error {
  override name = "ConfiguracionSmtpInvalida";
}

/**
 * SMTP settings from SMTP_URL and SMTP_FROM; null without SMTP_URL (nothing leaves the machine,
 * messages stay in the outbox). A value that cannot be used is refused with its reason, so the
 * application says so at start instead of failing on the first message.
 */
export function configuracionSmtp(
  env: Readonly<Record<string, string | undefined>> = process.env,
): ConfiguracionSmtp | null {
  const url = env.SMTP_URL?.trim();
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfiguracionSmtpInvalida(
      "SMTP_URL no es una dirección válida: escríbala como smtp://usuario:clave@servidor:587 " +
        "(o smtps://…:465 con TLS directo).",
    );
  }
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") {
    throw new ConfiguracionSmtpInvalida(
      `SMTP_URL debe empezar por smtp:// o smtps://, no por ${parsed.protocol}//.`,
    );
  }
  if (!parsed.hostname) throw new ConfiguracionSmtpInvalida("SMTP_URL no indica el servidor de correo.");
  const remitente = env.SMTP_FROM?.trim() || REMITENTE_POR_DEFECTO;
  if (!CORREO.test(remitente) && !CON_NOMBRE.test(remitente)) {
    throw new ConfiguracionSmtpInvalida(
      `SMTP_FROM no es un remitente válido: «${remitente}». Use correo@dominio o «Nombre <correo@dominio>».`,
    );
  }
  return { url, remitente };
}

/** The transport to the SMTP server, with timeouts so that a server that hangs fails and is retried. */
export function crearTransporte(config: ConfiguracionSmtp): Transporter {
  return nodemailer.createTransport(config.url, {
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}

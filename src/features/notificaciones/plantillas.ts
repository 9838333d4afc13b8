/** The e-mail of a notification: plain text and HTML with the same content, in Spanish. */
export interface CorreoCompuesto {
  asunto: string;
  texto: string;
  html: string;
}

const FIRMA = "Seguimiento al Plan de Acción · SENA, Grupo de Recaudo y Cartera";

function escaparHtml(texto: string): string {
  return texto
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** Paragraphs of a message (blank lines) keep their line breaks in HTML. */
function parrafosHtml(mensaje: string): string {
  return mensaje
    .split(/\n{2,}/)
    .map((p) => `<p style="margin:0 0 12px">${escaparHtml(p).replaceAll("\n", "<br>")}</p>`)
    .join("");
}

/**
 * Builds the message for one recipient. `enlace` and `urlPreferencias` are absolute URLs of the
 * application. A mandatory notification says why it cannot be switched off.
 */
export function componerCorreo(p: {
  nombre: string;
  titulo: string;
  mensaje: string;
  enlace: string;
  textoEnlace: string;
  obligatoria: boolean;
  urlPreferencias: string;
}): CorreoCompuesto {
  const pie = p.obligatoria
    ? "Este aviso se envía siempre por correo porque exige una acción suya."
    : `Puede dejar de recibir este aviso por correo en Mi cuenta: ${p.urlPreferencias}`;
  const texto = [
    `Hola, ${p.nombre}:`,
    "",
    p.mensaje,
    "",
    `${p.textoEnlace}: ${p.enlace}`,
    "",
    "--",
    FIRMA,
    pie,
    "",
  ].join("\n");
  const piePreferencias = p.obligatoria
    ? escaparHtml(pie)
    : `Puede dejar de recibir este aviso por correo en <a href="${escaparHtml(p.urlPreferencias)}">Mi cuenta</a>.`;
  const html = `<!doctype html>
<html lang="es-CO"><head><meta charset="utf-8"><title>${escaparHtml(p.titulo)}</title></head>
<body style="margin:0;padding:24px;background:#f1f5f9;font-family:Arial,Helvetica,sans-serif;color:#0f172a">
<div style="max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #e2e8f0;border-radius:8px;overflow:hidden">
<div style="background:#23650a;color:#ffffff;padding:16px 24px;font-weight:bold">Seguimiento al Plan de Acción · SENA</div>
<div style="padding:24px;font-size:15px;line-height:1.5">
<h1 style="font-size:18px;margin:0 0 16px">${escaparHtml(p.titulo)}</h1>
<p style="margin:0 0 12px">Hola, ${escaparHtml(p.nombre)}:</p>
${parrafosHtml(p.mensaje)}
<p style="margin:20px 0"><a href="${escaparHtml(p.enlace)}" style="background:#23650a;color:#ffffff;padding:10px 16px;border-radius:6px;text-decoration:none;font-weight:bold">${escaparHtml(p.textoEnlace)}</a></p>
<p style="margin:0;font-size:13px;color:#475569">Si el botón no funciona, copie esta dirección en el navegador: ${escaparHtml(p.enlace)}</p>
</div>
<div style="padding:16px 24px;border-top:1px solid #e2e8f0;font-size:12px;color:#475569">${FIRMA}<br>${piePreferencias}</div>
</div></body></html>`;
  return { asunto: `[Plan de Acción] ${p.titulo}`, texto, html };
}

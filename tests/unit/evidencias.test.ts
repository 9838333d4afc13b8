import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatearTamano } from "@/features/evidencias/formato";
import { contentDisposition, nombreSeguro } from "@/features/evidencias/nombre-archivo";
import { esPdf } from "@/features/evidencias/pdf";
import { problemaDelArchivo } from "@/features/evidencias/revisar-archivo";
import { MB, MENSAJES, subirEvidenciaSchema } from "@/features/evidencias/schemas";

const fixture = (nombre: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${nombre}`, import.meta.url)));
const texto = (contenido: string) => new TextEncoder().encode(contenido);

describe("un PDF se reconoce por su contenido", () => {
  it("acepta un PDF real", () => {
    expect(esPdf(fixture("acta.pdf"))).toBe(true);
  });

  it.each([
    ["un ejecutable renombrado a .pdf", fixture("ejecutable.pdf")],
    ["un archivo de texto renombrado a .pdf", fixture("texto.pdf")],
    ["un archivo vacío", new Uint8Array()],
    ["un PDF truncado, sin el marcador de fin", fixture("acta.pdf").subarray(0, 400)],
    ["un texto que solo empieza como un PDF", texto("%PDF-no es una versión\n%%EOF")],
    ["un PDF con basura antes de la cabecera", texto(" %PDF-1.4\n%%EOF")],
  ])("rechaza %s", (_caso, bytes) => {
    expect(esPdf(bytes)).toBe(false);
  });

  it("acepta el marcador de fin seguido de espacios o de una actualización incremental corta", () => {
    expect(esPdf(texto("%PDF-1.7\n...\n%%EOF\r\n\n"))).toBe(true);
  });
});

describe("el nombre original se guarda saneado", () => {
  it.each([
    ["Acta comité 2020.pdf", "Acta comité 2020.pdf"],
    ["C:\\Users\\sub\\Documentos\\acta.PDF", "acta.pdf"],
    ["../../etc/passwd", "passwd.pdf"],
    ["acta\u202Efdp.exe", "acta_fdp.exe.pdf"],
    ['a<b>c:"d"|e?*.pdf', "a_b_c__d__e__.pdf"],
    ["  ..acta   final .pdf.  ", "acta final.pdf"],
    ["", "acta.pdf"],
    [".pdf", "acta.pdf"],
  ])("%j se guarda como %j", (original, esperado) => {
    expect(nombreSeguro(original)).toBe(esperado);
  });

  it("limita el largo sin perder la extensión", () => {
    const nombre = nombreSeguro(`${"a".repeat(300)}.pdf`);
    expect(nombre).toHaveLength(120);
    expect(nombre.endsWith(".pdf")).toBe(true);
  });
});

describe("la descarga ofrece el nombre original (RFC 5987)", () => {
  it("con tildes: nombre ASCII de respaldo y nombre UTF-8 codificado", () => {
    expect(contentDisposition("Acta comité (1).pdf")).toBe(
      `attachment; filename="Acta comite (1).pdf"; filename*=UTF-8''Acta%20comit%C3%A9%20%281%29.pdf`,
    );
  });

  it("sin caracteres que rompan la cabecera", () => {
    expect(contentDisposition("100% acta;ñ.pdf")).toBe(
      `attachment; filename="100_ acta;n.pdf"; filename*=UTF-8''100%25%20acta%3B%C3%B1.pdf`,
    );
  });
});

describe("el formulario de carga valida con el mismo esquema que el servidor", () => {
  const pdf = (bytes: Uint8Array<ArrayBuffer>, nombre = "acta.pdf") =>
    new File([bytes], nombre, { type: "application/pdf" });

  it("sin archivo pide seleccionar el acta", async () => {
    expect(await problemaDelArchivo(1, undefined, 10)).toBe(MENSAJES.falta);
    expect(await problemaDelArchivo(1, pdf(new Uint8Array(), ""), 10)).toBe(MENSAJES.falta);
  });

  it("un archivo más grande que el límite se rechaza con el límite en el mensaje", async () => {
    const grande = new Uint8Array(MB + 1);
    grande.set(texto("%PDF-1.4\n"));
    expect(await problemaDelArchivo(1, pdf(grande), 1)).toBe("El archivo supera el tamaño máximo de 1 MB");
    expect(MENSAJES.demasiadoGrande(10)).toBe("El archivo supera el tamaño máximo de 10 MB");
  });

  it("un ejecutable con nombre .pdf y tipo declarado PDF no es un PDF", async () => {
    expect(await problemaDelArchivo(1, pdf(fixture("ejecutable.pdf")), 10)).toBe(MENSAJES.noEsPdf);
  });

  it("un PDF real pasa", async () => {
    expect(await problemaDelArchivo(1, pdf(fixture("acta.pdf")), 10)).toBeNull();
  });

  it("el reporte debe ser un id válido", () => {
    const resultado = subirEvidenciaSchema(10).safeParse({
      reporteId: "x",
      archivo: pdf(fixture("acta.pdf")),
    });
    expect(resultado.success).toBe(false);
  });
});

describe("tamaños legibles", () => {
  it.each([
    [850, "850 bytes"],
    [12_800, "12,5 KB"],
    [3.25 * MB, "3,3 MB"],
  ])("%d bytes se muestran como %s", (bytes, esperado) => {
    expect(formatearTamano(bytes)).toBe(esperado);
  });
});

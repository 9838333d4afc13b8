import type { Metadata } from "next";
import { Aviso } from "@/components/ui/aviso";
import { BOTON_NEUTRO } from "@/components/ui/botones";
import { CLASE_ENTRADA } from "@/components/ui/campo";
import { Encabezado } from "@/components/ui/encabezado";
import { ListaPaginada } from "@/components/ui/paginacion";
import { Pestanas } from "@/components/ui/pestanas";
import { ESTADO_CORREO } from "@/features/correos/components/etiquetas";
import { ListaCorreos } from "@/features/correos/components/lista-correos";
import { bandejaDeSalida, estadoSmtp, type EstadoSmtp } from "@/features/correos/queries";
import { filtrosCorreosSchema, type FiltrosCorreos } from "@/features/correos/schemas";
import { EstadoCorreo } from "@/generated/prisma/enums";
import { urlConFiltros } from "@/lib/url";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Correos enviados" };

function url(filtros: Partial<FiltrosCorreos>): string {
  return urlConFiltros("/admin/correos", { estado: filtros.estado, q: filtros.q, pagina: filtros.pagina });
}

function Smtp({ estado }: { estado: EstadoSmtp }) {
  switch (estado.tipo) {
    case "configurado":
      return (
        <p className="mb-4 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700">
          Los correos salen por <strong>{estado.servidor}</strong> con el remitente {estado.remitente}.
        </p>
      );
    case "sin-configurar":
      return (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          SMTP_URL no está definida: ningún correo sale de este servidor. Cada mensaje queda aquí como
          «Retenido», para ver lo que se habría enviado.
        </p>
      );
    case "invalido":
      return <Aviso tipo="error">{estado.mensaje}</Aviso>;
  }
}

export default async function CorreosPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const filtros = filtrosCorreosSchema.parse(await props.searchParams);
  const r = await bandejaDeSalida(usuario, filtros);
  return (
    <>
      <Encabezado
        titulo="Correos enviados"
        descripcion="La bandeja de salida: cada correo que la aplicación escribió, con su estado, intentos y último error."
      />
      <Smtp estado={estadoSmtp()} />
      <Pestanas
        etiqueta="Filtrar por estado"
        items={[undefined, ...Object.values(EstadoCorreo)].map((estado) => ({
          href: url({ ...filtros, estado, pagina: 1 }),
          activa: filtros.estado === estado,
          texto: `${estado ? ESTADO_CORREO[estado].nombre : "Todos"} (${
            estado ? (r.porEstado[estado] ?? 0) : Object.values(r.porEstado).reduce((a, b) => a + (b ?? 0), 0)
          })`,
        }))}
      />
      <form
        method="get"
        action="/admin/correos"
        className="mb-4 flex flex-wrap items-end gap-2"
        role="search"
      >
        {filtros.estado ? <input type="hidden" name="estado" value={filtros.estado} /> : null}
        <label className="w-80 max-w-full text-sm font-medium text-slate-800">
          Buscar por destinatario o asunto
          <input name="q" defaultValue={filtros.q ?? ""} className={CLASE_ENTRADA} />
        </label>
        <button type="submit" className={BOTON_NEUTRO}>
          Buscar
        </button>
      </form>
      <ListaPaginada
        filas={r.filas.length}
        vacia="No hay correos con estos filtros."
        etiqueta="Páginas de correos"
        pagina={r.pagina}
        paginas={r.paginas}
        urlDePagina={(pagina) => url({ ...filtros, pagina })}
      >
        <ListaCorreos filas={r.filas} />
      </ListaPaginada>
    </>
  );
}

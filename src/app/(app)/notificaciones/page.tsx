import type { Metadata } from "next";
import Link from "next/link";
import { BOTON_NEUTRO } from "@/components/ui/botones";
import { PageHeader } from "@/components/ui/page-header";
import { Paginacion } from "@/components/ui/paginacion";
import { marcarTodasLeidas } from "@/features/notificaciones/actions";
import { ListaNotificaciones } from "@/features/notificaciones/components/lista-notificaciones";
import { notificacionesDe } from "@/features/notificaciones/queries";
import { filtrosNotificacionesSchema } from "@/features/notificaciones/schemas";
import { urlConFiltros } from "@/lib/url";
import { requerirUsuario } from "@/server/session";

export const metadata: Metadata = { title: "Notificaciones" };

function describir(noLeidas: number): string {
  if (noLeidas === 0) return "No tiene notificaciones sin leer.";
  return noLeidas === 1 ? "Tiene 1 notificación sin leer." : `Tiene ${noLeidas} notificaciones sin leer.`;
}

function Pestana(props: { href: string; activa: boolean; children: string }) {
  return (
    <Link
      href={props.href}
      aria-current={props.activa ? "page" : undefined}
      className={`rounded-md px-3 py-1.5 text-sm font-medium ${
        props.activa
          ? "bg-sena-700 text-white"
          : "border border-slate-300 bg-white text-sena-700 hover:bg-slate-50"
      }`}
    >
      {props.children}
    </Link>
  );
}

export default async function NotificacionesPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const usuario = await requerirUsuario();
  const filtros = filtrosNotificacionesSchema.parse(await props.searchParams);
  const r = await notificacionesDe(usuario, filtros);
  const soloNoLeidas = filtros.estado === "no-leidas";
  return (
    <>
      <PageHeader
        title="Notificaciones"
        description={describir(r.noLeidas)}
        actions={
          r.noLeidas > 0 ? (
            <form action={marcarTodasLeidas}>
              <button type="submit" className={BOTON_NEUTRO}>
                Marcar todas como leídas
              </button>
            </form>
          ) : null
        }
      />
      <nav aria-label="Filtrar notificaciones" className="mb-4 flex gap-2">
        <Pestana href="/notificaciones" activa={!soloNoLeidas}>
          Todas
        </Pestana>
        <Pestana href="/notificaciones?estado=no-leidas" activa={soloNoLeidas}>
          Sin leer
        </Pestana>
      </nav>
      {r.filas.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-slate-700">
          {soloNoLeidas
            ? "No tiene notificaciones sin leer."
            : "Aún no tiene notificaciones. Aquí le avisaremos de reportes devueltos, aprobados, por vencer o vencidos."}
        </p>
      ) : (
        <ListaNotificaciones filas={r.filas} />
      )}
      <Paginacion
        etiqueta="Páginas de notificaciones"
        pagina={r.pagina}
        paginas={r.paginas}
        urlDePagina={(pagina) => urlConFiltros("/notificaciones", { estado: filtros.estado, pagina })}
      />
    </>
  );
}

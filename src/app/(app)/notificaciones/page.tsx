import type { Metadata } from "next";
import { BOTON_NEUTRO } from "@/components/ui/botones";
import { Encabezado } from "@/components/ui/encabezado";
import { ListaPaginada } from "@/components/ui/paginacion";
import { Pestanas } from "@/components/ui/pestanas";
import { marcarTodasLeidas } from "@/features/notificaciones/actions";
import { ListaNotificaciones } from "@/features/notificaciones/components/lista-notificaciones";
import { notificacionesDe } from "@/features/notificaciones/queries";
import { filtrosNotificacionesSchema } from "@/features/notificaciones/schemas";
import { urlConFiltros } from "@/lib/url";
import { requerirUsuario } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Notificaciones" };

function describir(noLeidas: number): string {
  if (noLeidas === 0) return "No tiene notificaciones sin leer.";
  return noLeidas === 1 ? "Tiene 1 notificación sin leer." : `Tiene ${noLeidas} notificaciones sin leer.`;
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
      <Encabezado
        titulo="Notificaciones"
        descripcion={describir(r.noLeidas)}
        acciones={
          r.noLeidas > 0 ? (
            <form action={marcarTodasLeidas}>
              <button type="submit" className={BOTON_NEUTRO}>
                Marcar todas como leídas
              </button>
            </form>
          ) : null
        }
      />
      <Pestanas
        etiqueta="Filtrar notificaciones"
        items={[
          { href: "/notificaciones", texto: "Todas", activa: !soloNoLeidas },
          { href: "/notificaciones?estado=no-leidas", texto: "Sin leer", activa: soloNoLeidas },
        ]}
      />
      <ListaPaginada
        filas={r.filas.length}
        vacia={
          soloNoLeidas
            ? "No tiene notificaciones sin leer."
            : "Aún no tiene notificaciones. Aquí le avisaremos de reportes devueltos, aprobados, por vencer o vencidos."
        }
        etiqueta="Páginas de notificaciones"
        pagina={r.pagina}
        paginas={r.paginas}
        urlDePagina={(pagina) => urlConFiltros("/notificaciones", { estado: filtros.estado, pagina })}
      >
        <ListaNotificaciones filas={r.filas} />
      </ListaPaginada>
    </>
  );
}

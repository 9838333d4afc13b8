import type { Metadata } from "next";
import Link from "next/link";
import { EnlacesDeDescarga } from "@/components/ui/enlaces-de-descarga";
import { Encabezado } from "@/components/ui/encabezado";
import { FiltrosUsuariosForm } from "@/features/usuarios/components/filtros-usuarios";
import { ListaUsuarios } from "@/features/usuarios/components/lista-usuarios";
import { ListaPaginada } from "@/components/ui/paginacion";
import { listarUsuarios, regionalesYCentros } from "@/features/usuarios/queries";
import { filtrosUsuariosSchema } from "@/features/usuarios/schemas";
import { hayFiltros, urlDeUsuarios } from "@/features/usuarios/url";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Usuarios y roles" };

const BOTON = "rounded-md px-4 py-2 text-sm font-semibold";

function describir(total: number, filtrado: boolean): string {
  const cuentas = total === 1 ? "1 cuenta" : `${total.toLocaleString("es-CO")} cuentas`;
  return filtrado ? `${cuentas} con estos filtros.` : `${cuentas} registradas.`;
}

export default async function UsuariosPage(props: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const filtros = filtrosUsuariosSchema.parse(await props.searchParams);
  const [lista, regionales] = await Promise.all([
    listarUsuarios(usuario, filtros),
    regionalesYCentros(usuario, { conInactivos: true }),
  ]);
  const filtrado = hayFiltros(filtros);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin" className="font-medium text-sena-700 underline">
          Administración
        </Link>
      </p>
      <Encabezado
        titulo="Usuarios y roles"
        descripcion={describir(lista.total, filtrado)}
        acciones={
          <>
            <Link
              href="/admin/usuarios/nuevo"
              className={`${BOTON} bg-sena-700 text-white hover:bg-sena-800`}
            >
              Crear usuario
            </Link>
            <Link
              href="/admin/usuarios/importar"
              className={`${BOTON} border border-sena-700 bg-white text-sena-700 hover:bg-sena-50`}
            >
              Importar desde CSV
            </Link>
          </>
        }
      />
      <FiltrosUsuariosForm filtros={filtros} regionales={regionales} />
      {lista.total > 0 ? (
        <EnlacesDeDescarga
          ruta="/admin/usuarios/exportar"
          parametros={{ ...filtros, pagina: undefined }}
          contexto="las cuentas con estos filtros, todas las páginas"
          className="mb-3 justify-end"
        />
      ) : null}
      <ListaPaginada
        filas={lista.filas.length}
        vacia={filtrado ? "Ninguna cuenta coincide con la búsqueda." : "Aún no hay cuentas registradas."}
        etiqueta="Páginas de usuarios"
        pagina={lista.pagina}
        paginas={lista.paginas}
        urlDePagina={(pagina) => urlDeUsuarios({ ...filtros, pagina })}
      >
        <ListaUsuarios usuarios={lista.filas} />
      </ListaPaginada>
    </>
  );
}

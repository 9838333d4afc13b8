import type { Metadata } from "next";
import Link from "next/link";
import { Encabezado } from "@/components/ui/encabezado";
import { ListaRegionales } from "@/features/centros/components/lista-regionales";
import { Secciones } from "@/features/centros/components/secciones";
import { listarRegionales } from "@/features/centros/queries";
import { Aviso } from "@/components/ui/aviso";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Regionales" };

export default async function RegionalesPage(props: { searchParams: Promise<{ creada?: string }> }) {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const regionales = await listarRegionales(usuario);
  const { creada: idCreada } = await props.searchParams;
  const creada = regionales.find((r) => String(r.id) === idCreada);
  const centros = regionales.reduce((suma, r) => suma + r.centros, 0);
  const activos = regionales.reduce((suma, r) => suma + r.activos, 0);
  return (
    <>
      <Secciones actual="regionales" />
      <Encabezado
        titulo="Regionales"
        descripcion={
          <p>
            {regionales.length} regionales con {centros} centros, {activos} de ellos activos. Cada nombre
            lleva a sus centros.
          </p>
        }
        acciones={
          <Link
            href="/admin/centros/regionales/nueva"
            className="rounded-md bg-sena-700 px-4 py-2 font-semibold text-white hover:bg-sena-800"
          >
            Nueva regional
          </Link>
        }
      />
      {creada ? (
        <div className="mb-4">
          <Aviso tipo="exito">
            Regional {creada.nombre} ({creada.codigo}) creada.
          </Aviso>
        </div>
      ) : null}
      <ListaRegionales regionales={regionales} />
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { Encabezado } from "@/components/ui/encabezado";
import { resumenAdministracion } from "@/features/administracion/queries";
import { requerirPermiso } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Administración" };

function Seccion(props: { href: string; titulo: string; resumen: string; children: string }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="text-lg font-semibold text-slate-900">
        <Link href={props.href} className="text-sena-700 underline hover:text-sena-800">
          {props.titulo}
        </Link>
      </h2>
      <p className="mt-1 text-sm font-medium text-slate-800">{props.resumen}</p>
      <p className="mt-2 text-sm text-slate-600">{props.children}</p>
    </li>
  );
}

export default async function AdminPage() {
  const usuario = await requerirPermiso({ accion: "administrar" });
  const r = await resumenAdministracion(usuario);
  const vigencias = r.vigencias.map((v) => v.anio).join(", ") || "ninguna";
  return (
    <>
      <Encabezado
        titulo="Administración"
        descripcion="Usuarios y roles, regionales y centros de formación, y el Plan de Acción de cada vigencia."
      />
      <ul className="grid gap-4 md:grid-cols-2">
        <Seccion
          href="/admin/usuarios"
          titulo="Usuarios y roles"
          resumen={`${r.usuariosActivos} activos de ${r.usuarios} registrados`}
        >
          Crear cuentas, asignar el rol y el centro de cada subdirector, desactivar cuentas, restablecer
          contraseñas e importar usuarios desde un CSV.
        </Seccion>
        <Seccion
          href="/admin/centros"
          titulo="Regionales y centros"
          resumen={`${r.regionales} regionales · ${r.centros} centros activos, ${r.centrosConAprovechamiento} generan aprovechamiento`}
        >
          Registrar y editar centros de formación, indicar cuáles generan aprovechamiento (y por tanto
          reportan comité de precios y trazabilidad de ventas) e importar centros desde un CSV.
        </Seccion>
        <Seccion href="/admin/plan" titulo="Plan de Acción y vigencias" resumen={`Vigencias: ${vigencias}`}>
          Crear una vigencia copiando el plan de la anterior y editar sus temas, lineamientos, acciones,
          seguimientos y responsables.
        </Seccion>
        <Seccion href="/metas" titulo="Metas de recaudo" resumen="Por vigencia, semestre y regional">
          Fijar las metas de recaudo con las que se comparan los informes semestrales.
        </Seccion>
        <Seccion href="/admin/recordatorios" titulo="Recordatorios y plazos" resumen={r.recordatorios}>
          Los días en que se recuerda a quien no ha enviado, cuándo se escala a la coordinación, los plazos de
          corrección y de revisión, y las últimas pasadas.
        </Seccion>
        <Seccion href="/admin/ingreso" titulo="Ingreso" resumen={r.ingreso}>
          El ingreso con la cuenta institucional (Microsoft Entra ID), las cuentas vinculadas y si estas
          pueden usar también su contraseña.
        </Seccion>
        <Seccion href="/admin/correos" titulo="Correos enviados" resumen={r.correos}>
          La bandeja de salida: cada correo que la aplicación escribió, su estado, sus intentos y su último
          error; reintentar un envío que falló.
        </Seccion>
        <Seccion
          href="/admin/auditoria"
          titulo="Auditoría"
          resumen="Ingresos, salidas y cambios, con dirección y navegador; descargable"
        >
          Quién hizo qué, cuándo y desde dónde, con lo que cambió; filtrar por evento, cuenta, dirección y
          fechas, y descargar en CSV o Excel.
        </Seccion>
      </ul>
    </>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BotonImprimir } from "@/components/ui/boton-imprimir";
import { BOTON_NEUTRO } from "@/components/ui/botones";
import { Encabezado } from "@/components/ui/encabezado";
import { Seccion } from "@/components/ui/seccion";
import { Historial } from "@/features/auditoria/components/historial";
import { EvidenciasPanel } from "@/features/evidencias/components/evidencias-panel";
import { evidenciasDeReporte } from "@/features/evidencias/queries";
import { historialDeReporte } from "@/features/auditoria/queries";
import { DetalleReporte } from "@/features/reportes/components/detalle-reporte";
import { EstadoReporte } from "@/features/reportes/components/estado-reporte";
import { FormularioDeclarado } from "@/features/reportes/components/formulario-declarado";
import { LoQuePideElPlan } from "@/features/reportes/components/lo-que-pide-el-plan";
import { plazosDelReporte } from "@/features/reportes/plazos";
import { PanelRevision } from "@/features/revision/components/panel-revision";
import { contextoDelReporte, reporteParaVer } from "@/features/reportes/queries";
import { valoresDelFormulario } from "@/features/reportes/valores-del-formulario";
import { documentosDe, tituloDeLosArchivos } from "@/features/evidencias/documentos";
import { fechaEnBogota } from "@/lib/fechas";
import { parseId } from "@/lib/identificadores";
import { parsePeriodo } from "@/lib/periodos";
import { puede } from "@/server/autorizacion";
import { requerirUsuario } from "@/server/sesion-actual";

export const metadata: Metadata = { title: "Reporte" };

export default async function ReportePage(props: { params: Promise<{ id: string }> }) {
  const usuario = await requerirUsuario();
  const id = parseId((await props.params).id);
  const reporte = id === null ? null : await reporteParaVer(usuario, id);
  const periodo = reporte ? parsePeriodo(reporte.periodo) : null;
  if (!reporte || !periodo) notFound();
  const autorizable = {
    centroId: reporte.centroId,
    estado: reporte.estado,
    alcance: reporte.seguimiento.alcance,
  };
  const editable = puede(usuario, { accion: "editar-reporte", reporte: autorizable });
  const [contexto, historial, evidencias, plazos] = await Promise.all([
    contextoDelReporte(reporte),
    historialDeReporte(reporte),
    evidenciasDeReporte(usuario, reporte.id),
    plazosDelReporte(reporte.id),
  ]);
  const hoy = fechaEnBogota(new Date());
  const unidad = reporte.centro
    ? `${reporte.centro.nombre} · Regional ${reporte.centro.regional.nombre}`
    : "Nivel nacional";
  return (
    <>
      <Encabezado
        titulo={`${reporte.seguimiento.nombre} · ${periodo.etiqueta}`}
        descripcion={unidad}
        acciones={
          <>
            <BotonImprimir />
            <a href={`/reportes/${reporte.id}/pdf`} className={BOTON_NEUTRO} download>
              Descargar PDF
            </a>
          </>
        }
      />
      <EstadoReporte reporte={reporte} periodo={periodo} hoy={hoy} plazos={plazos} />
      <Seccion titulo="Lo que pide el plan">
        <LoQuePideElPlan seguimiento={reporte.seguimiento} />
      </Seccion>
      {editable ? (
        <Seccion titulo="Diligenciar el reporte">
          <FormularioDeclarado
            reporteId={reporte.id}
            version={reporte.version}
            formulario={reporte.formulario}
            valoresIniciales={valoresDelFormulario(reporte, contexto.regionales)}
            limites={{ desde: periodo.inicio, hasta: periodo.fin < hoy ? periodo.fin : hoy }}
            meta={contexto.meta === null ? null : contexto.meta.toString()}
            periodo={contexto.periodo}
            regionales={contexto.regionales}
          />
        </Seccion>
      ) : (
        <Seccion titulo="Datos reportados">
          <DetalleReporte reporte={reporte} contexto={contexto} />
        </Seccion>
      )}
      <Seccion titulo={tituloDeLosArchivos(reporte.formulario)}>
        <EvidenciasPanel
          reporteId={reporte.id}
          documentos={documentosDe(reporte.formulario)}
          evidencias={evidencias}
          puedeModificar={puede(usuario, { accion: "subir-evidencia", reporte: autorizable })}
        />
      </Seccion>
      <PanelRevision
        reporteId={reporte.id}
        version={reporte.version}
        puedeRevisar={puede(usuario, { accion: "revisar-reporte", reporte: autorizable })}
        puedeReabrir={puede(usuario, { accion: "reabrir-reporte", reporte: autorizable })}
      />
      <Seccion titulo="Historial">
        <Historial eventos={historial} formulario={reporte.formulario} />
      </Seccion>
    </>
  );
}

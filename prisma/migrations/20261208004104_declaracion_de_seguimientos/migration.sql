-- CreateEnum
CREATE TYPE "Obligados" AS ENUM ('TODOS', 'CON_APROVECHAMIENTO', 'CON_RECURSOS');

-- AlterEnum: las periodicidades nuevas, en el orden de su duración.
ALTER TYPE "Periodicidad" ADD VALUE 'MENSUAL' BEFORE 'TRIMESTRAL';
ALTER TYPE "Periodicidad" ADD VALUE 'BIMESTRAL' BEFORE 'TRIMESTRAL';
ALTER TYPE "Periodicidad" ADD VALUE 'CUATRIMESTRAL' BEFORE 'SEMESTRAL';

-- AlterTable
ALTER TABLE "Seguimiento"
ADD COLUMN     "clave" TEXT,
ADD COLUMN     "formulario" JSONB,
ADD COLUMN     "nombre" TEXT,
ADD COLUMN     "obligados" "Obligados" NOT NULL DEFAULT 'TODOS',
ALTER COLUMN "tipoReporte" DROP NOT NULL;

-- Cada seguimiento existente declara el formulario de su tipo (decisión 0028): su clave, su nombre,
-- sus campos, reglas e indicadores, y qué centros obliga (los de «solo centros con aprovechamiento»;
-- la ejecución de recursos, los que requieren recursos, como lo aplicaba el código). Un segundo
-- seguimiento del mismo tipo en una vigencia lleva su id en la clave, que es única por vigencia.
UPDATE "Seguimiento" s
   SET clave = d.clave || CASE WHEN n.orden > 1 THEN '-' || s.id ELSE '' END,
       nombre = d.nombre,
       obligados = CASE WHEN s."tipoReporte" = 'EJECUCION_RECURSOS' THEN 'CON_RECURSOS'::"Obligados"
                        WHEN s."soloCentrosConAprovechamiento" THEN 'CON_APROVECHAMIENTO'::"Obligados"
                        ELSE 'TODOS'::"Obligados" END,
       formulario = d.formulario::jsonb
  FROM (
    SELECT id, row_number() OVER (PARTITION BY "vigenciaId", "tipoReporte" ORDER BY id) AS orden
      FROM "Seguimiento"
  ) n,
  (VALUES
    ('RECAUDO', 'recaudo', 'Informe de recaudo', 'TODOS', '{"campos":[{"clave":"recaudoFiscalizacion","etiqueta":"Recaudo por fiscalización (COP)","tipo":"pesos","obligatorio":true},{"clave":"recaudoCobroPersuasivo","etiqueta":"Recaudo por cobro persuasivo (COP)","tipo":"pesos","obligatorio":true},{"clave":"aportantesNuevos","etiqueta":"Aportantes incorporados a la base de fiscalización","tipo":"cantidad","obligatorio":true},{"clave":"smsEnviados","etiqueta":"Mensajes SMS enviados","tipo":"cantidad","obligatorio":true},{"clave":"correosEnviados","etiqueta":"Correos electrónicos enviados","tipo":"cantidad","obligatorio":true},{"clave":"analisis","etiqueta":"Análisis del semestre","ayuda":"Cumplimiento de la meta, causas y acciones de mejora.","tipo":"texto","largo":"largo","minimo":20,"maximo":10000,"obligatorio":true}],"indicadores":[{"clave":"recaudoTotal","nombre":"Recaudo total","tipo":"suma","campos":["recaudoFiscalizacion","recaudoCobroPersuasivo"],"formato":"pesos"},{"clave":"cumplimientoMeta","nombre":"Cumplimiento de la meta","tipo":"sumaContraMeta","campos":["recaudoFiscalizacion","recaudoCobroPersuasivo"],"formato":"pesos","semaforo":{"verde":1,"amarillo":0.9}}],"desglosePorRegional":{"campos":["recaudoFiscalizacion","recaudoCobroPersuasivo"]}}'),
    ('COMITE_PRECIOS', 'comite-precios', 'Acta del comité de precios', 'CON_APROVECHAMIENTO', '{"campos":[{"clave":"fechaActa","etiqueta":"Fecha del acta","tipo":"fecha","dentroDelPeriodo":true,"obligatorio":true},{"clave":"numeroActa","etiqueta":"Número del acta","tipo":"texto","largo":"corto","maximo":50,"obligatorio":true},{"clave":"productosServiciosPreciados","etiqueta":"Productos y servicios con precio fijado","tipo":"cantidad","obligatorio":true},{"clave":"acta","etiqueta":"Acta del comité de precios (PDF)","tipo":"documento","obligatorio":true}],"indicadores":[{"clave":"cobertura","nombre":"Centros con acta aprobada","tipo":"cobertura","formato":"porcentaje","meta":1,"semaforo":{"verde":1,"amarillo":0.8}}],"tablaDeReportes":{"campos":["numeroActa","fechaActa","productosServiciosPreciados"]}}'),
    ('TRAZABILIDAD_VENTAS', 'trazabilidad-ventas', 'Trazabilidad de ventas (DEF)', 'CON_APROVECHAMIENTO', '{"campos":[{"clave":"totalAprovechamientos","etiqueta":"Total aprovechamientos (ventas) (COP)","tipo":"pesos","obligatorio":true},{"clave":"totalFacturadoDef","etiqueta":"Total facturado con documento equivalente a factura (COP)","tipo":"pesos","obligatorio":true},{"clave":"numeroDef","etiqueta":"Documentos equivalentes a factura emitidos","tipo":"cantidad","obligatorio":true},{"clave":"pagosRecibidos","etiqueta":"Pagos recibidos (COP)","tipo":"pesos","obligatorio":true}],"reglas":[{"tipo":"sumaMenorOIgual","campos":["totalFacturadoDef"],"limite":"totalAprovechamientos","mensaje":"El total facturado con DEF supera el total de aprovechamientos en {diferencia}: lo facturado con documento equivalente es parte de las ventas del trimestre. Corrija una de las dos cifras.","justificable":false},{"tipo":"sumaMenorOIgual","campos":["pagosRecibidos"],"limite":"totalFacturadoDef","mensaje":"Los pagos recibidos superan lo facturado con DEF en {diferencia}. Si es correcto (por ejemplo, pagos de documentos de trimestres anteriores), explíquelo en la justificación.","justificable":true}],"indicadores":[{"clave":"proporcionDef","nombre":"Facturado con DEF / aprovechamientos","tipo":"razon","numerador":["totalFacturadoDef"],"denominador":["totalAprovechamientos"],"formato":"porcentaje","meta":1,"semaforo":{"verde":1,"amarillo":0.9}}]}'),
    ('EJECUCION_RECURSOS', 'ejecucion-recursos', 'Ejecución de recursos de producción', 'CON_RECURSOS', '{"campos":[{"clave":"recursosSolicitados","etiqueta":"Recursos solicitados en el presupuesto de apertura (COP)","tipo":"pesos","obligatorio":true},{"clave":"recursosAsignados","etiqueta":"Recursos asignados (COP)","tipo":"pesos","obligatorio":true},{"clave":"recursosEjecutados","etiqueta":"Recursos ejecutados (COP)","tipo":"pesos","obligatorio":true},{"clave":"registradoModuloPlanAccion","etiqueta":"¿Quedó registrado en el módulo Producción de Centros del aplicativo Plan de Acción?","tipo":"siNo","obligatorio":true}],"reglas":[{"tipo":"sumaMenorOIgual","campos":["recursosAsignados"],"limite":"recursosSolicitados","mensaje":"Los recursos asignados superan los solicitados en {diferencia}. Si es correcto (por ejemplo, una adición presupuestal), explíquelo en la justificación.","justificable":true},{"tipo":"sumaMenorOIgual","campos":["recursosEjecutados"],"limite":"recursosAsignados","mensaje":"Los recursos ejecutados superan los asignados en {diferencia}: no se puede ejecutar más de lo asignado. Corrija una de las dos cifras.","justificable":false}],"indicadores":[{"clave":"ejecucion","nombre":"Ejecutado / asignado","tipo":"razon","numerador":["recursosEjecutados"],"denominador":["recursosAsignados"],"formato":"porcentaje","meta":1}]}')
  ) AS d(tipo, clave, nombre, obligados, formulario)
 WHERE n.id = s.id AND d.tipo = s."tipoReporte"::text;

ALTER TABLE "Seguimiento" DROP COLUMN "soloCentrosConAprovechamiento",
ALTER COLUMN "clave" SET NOT NULL,
ALTER COLUMN "formulario" SET NOT NULL,
ALTER COLUMN "nombre" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Seguimiento_vigenciaId_clave_key" ON "Seguimiento"("vigenciaId", "clave");

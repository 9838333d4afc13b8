"use client";

// The dashboards' charts, loaded after the page: recharts is most of the dashboard's JavaScript, and
// the figures are already in the tables under each chart. Until a chart's code arrives (or without
// JavaScript) its place is held at about its height, with its description for screen readers.
import {
  lazy,
  Suspense,
  useEffect,
  useState,
  type ComponentProps,
  type ComponentType,
  type LazyExoticComponent,
} from "react";

function diferir<P extends object>(
  Grafico: LazyExoticComponent<ComponentType<P>>,
  reserva: (props: P) => { alto: number; descripcion: string },
) {
  function GraficoDiferido(props: P) {
    const [montado, setMontado] = useState(false);
    useEffect(() => setMontado(true), []);
    const { alto, descripcion } = reserva(props);
    const lugar = (
      <div
        role="img"
        aria-label={descripcion}
        aria-busy="true"
        className="mt-4 w-full animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none"
        style={{ height: alto }}
      />
    );
    if (!montado) return lugar;
    return (
      <Suspense fallback={lugar}>
        <Grafico {...props} />
      </Suspense>
    );
  }
  return GraficoDiferido;
}

const Recaudo = lazy(() =>
  import("../recaudo/components/grafico-recaudo").then((m) => ({ default: m.GraficoRecaudo })),
);
const Tendencia = lazy(() =>
  import("../recaudo/components/grafico-tendencia").then((m) => ({ default: m.GraficoTendencia })),
);
const Comite = lazy(() =>
  import("../comite/components/grafico-comite").then((m) => ({ default: m.GraficoComite })),
);
const Def = lazy(() => import("../def/components/grafico-def").then((m) => ({ default: m.GraficoDef })));
const Ejecucion = lazy(() =>
  import("../ejecucion/components/grafico-ejecucion").then((m) => ({ default: m.GraficoEjecucion })),
);
const Cumplimiento = lazy(() =>
  import("../cumplimiento/components/grafico-cumplimiento").then((m) => ({ default: m.GraficoCumplimiento })),
);

export const GraficoRecaudo = diferir<ComponentProps<typeof Recaudo>>(Recaudo, (p) => ({
  alto: 320,
  descripcion: p.descripcion,
}));
export const GraficoTendencia = diferir<ComponentProps<typeof Tendencia>>(Tendencia, (p) => ({
  alto: 192,
  descripcion: p.descripcion,
}));
export const GraficoComite = diferir<ComponentProps<typeof Comite>>(Comite, (p) => ({
  alto: 224,
  descripcion: p.descripcion,
}));
export const GraficoDef = diferir<ComponentProps<typeof Def>>(Def, (p) => ({
  alto: 290,
  descripcion: p.descripcion,
}));
export const GraficoEjecucion = diferir<ComponentProps<typeof Ejecucion>>(Ejecucion, (p) => ({
  alto: p.barras.length * 32 + 80,
  descripcion: p.descripcion,
}));
export const GraficoCumplimiento = diferir<ComponentProps<typeof Cumplimiento>>(Cumplimiento, (p) => ({
  alto: p.barras.length * 34 + 80,
  descripcion: p.resumen,
}));

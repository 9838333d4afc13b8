// What a page shows while its data is on the way: the shape of what is coming, announced once to
// screen readers, and still without motion for those who asked for less.

export function Esqueleto({
  titulo,
  lineas = 3,
  alto = 0,
}: {
  titulo?: string;
  lineas?: number;
  alto?: number;
}) {
  return (
    <section
      aria-busy="true"
      aria-label={titulo ? `${titulo}: cargando` : "Cargando"}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      {titulo ? (
        <h2 className="text-lg font-semibold text-slate-900">{titulo}</h2>
      ) : (
        <div className="h-6 w-1/3 animate-pulse rounded bg-slate-200 motion-reduce:animate-none" />
      )}
      <div className="mt-4 space-y-3" aria-hidden="true">
        {Array.from({ length: lineas }, (_, i) => (
          <div
            key={i}
            className="h-4 animate-pulse rounded bg-slate-100 motion-reduce:animate-none"
            style={{ width: `${90 - i * 12}%` }}
          />
        ))}
        {alto > 0 ? (
          <div
            className="w-full animate-pulse rounded-md bg-slate-100 motion-reduce:animate-none"
            style={{ height: alto }}
          />
        ) : null}
      </div>
    </section>
  );
}

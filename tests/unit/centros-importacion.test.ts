import { describe, expect, it } from "vitest";
import {
  buscadorDeRegionales,
  COLUMNAS_OBLIGATORIAS,
  leerImportacion,
  mismoCodigoDeRegional,
  mismoNombreDeRegional,
  planificarImportacion,
  plantillaCsv,
  validarFilas,
  type CentroExistente,
} from "@/features/centros/importacion";
import { leerCsv } from "@/lib/csv";
import { contarAcciones } from "@/lib/importacion";
import { REGIONALES as REGIONALES_SENA } from "../../prisma/seed/regionales";

const REGIONALES = [
  { id: 1, codigo: "05", nombre: "Antioquia" },
  { id: 2, codigo: "08", nombre: "Atlántico" },
  { id: 3, codigo: "11", nombre: "Distrito Capital" },
  { id: 4, codigo: "88", nombre: "San Andrés" },
];

/** The file's table as the import reads a CSV (tests/unit/importacion.test.ts covers the reading). */
function leer(texto: string, regionales = REGIONALES) {
  const tabla = leerCsv(texto, COLUMNAS_OBLIGATORIAS);
  if (!tabla.ok) throw new Error(tabla.error);
  return leerImportacion(tabla, regionales);
}

const ENCABEZADO = "codigo;nombre;regional;genera_aprovechamiento;activo";

describe("la regional de una fila, por código o por nombre", () => {
  const buscar = buscadorDeRegionales(REGIONALES);

  it.each([
    ["05", "Antioquia"],
    ["5", "Antioquia"],
    ["antioquia", "Antioquia"],
    ["ANTIOQUIA", "Antioquia"],
    ["Atlantico", "Atlántico"],
    ["  atlántico ", "Atlántico"],
    ["Regional Atlántico", "Atlántico"],
    ["san andres", "San Andrés"],
    ["distrito  capital", "Distrito Capital"],
    ["11", "Distrito Capital"],
  ])("%j es %s", (valor, nombre) => {
    expect(buscar(valor)?.nombre).toBe(nombre);
  });

  it.each(["Bogotá", "Antioquía Norte", "050", "99", ""])("%j no es ninguna regional", (valor) => {
    expect(buscar(valor)).toBeNull();
  });

  it("dos códigos o dos nombres que solo difieren en ceros, tildes o mayúsculas son el mismo", () => {
    expect(mismoCodigoDeRegional("05", "5")).toBe(true);
    expect(mismoCodigoDeRegional("05", "50")).toBe(false);
    expect(mismoNombreDeRegional("Atlántico", "ATLANTICO")).toBe(true);
    expect(mismoNombreDeRegional("Valle", "Valle del Cauca")).toBe(false);
  });
});

describe("validar las filas del archivo", () => {
  it("una fila completa queda lista para aplicar, con la regional encontrada y activo sin decir", () => {
    const lectura = leer(`${ENCABEZADO}\n9101 ; Centro Uno ;5;Sí;\n`);
    expect(lectura.errores).toEqual([]);
    expect(lectura.validas).toEqual([
      {
        linea: 2,
        codigo: "9101",
        nombre: "Centro Uno",
        regional: REGIONALES[0],
        generaAprovechamiento: true,
        activo: null,
        requiereRecursos: null,
      },
    ]);
  });

  it("requiere_recursos es opcional: sí o no, y otra cosa se rechaza con su columna", () => {
    const lectura = leer(
      [
        "codigo;nombre;regional;genera_aprovechamiento;activo;requiere_recursos",
        "9101;Centro Uno;05;sí;;no",
        "9102;Centro Dos;05;no;;quizás",
      ].join("\n"),
    );
    expect(lectura.validas.map((f) => [f.codigo, f.requiereRecursos])).toEqual([["9101", false]]);
    expect(lectura.errores).toEqual([
      { linea: 3, mensajes: ["«quizás» no es sí ni no en la columna requiere_recursos."] },
    ]);
  });

  it("reúne cada problema de cada fila con su línea en el archivo", () => {
    const lectura = leer(
      [
        "codigo,nombre,regional,genera_aprovechamiento",
        "9101,Centro Uno,Antioquia,si",
        ",Sin código,05,no",
        "9103,,05,no",
        "9104,Centro Cuatro,Antioquía Norte,no",
        "9105,Centro Cinco,08,tal vez",
        "9106,Centro Seis,08,",
        "",
        "9101,Repetido,08,no",
        "91 07,Centro Siete,,no",
      ].join("\n"),
    );
    expect(lectura.validas.map((f) => f.linea)).toEqual([2]);
    expect(lectura.errores).toEqual([
      { linea: 3, mensajes: ["Código: Escriba el código del centro."] },
      { linea: 4, mensajes: ["Nombre: Escriba el nombre del centro."] },
      {
        linea: 5,
        mensajes: [
          "Regional: «Antioquía Norte» no es el código ni el nombre de ninguna regional registrada.",
        ],
      },
      { linea: 6, mensajes: ["«tal vez» no es sí ni no en la columna genera_aprovechamiento."] },
      { linea: 7, mensajes: ["Indique sí o no en la columna genera_aprovechamiento."] },
      { linea: 9, mensajes: ["El código 9101 ya aparece en la línea 2 del archivo."] },
      {
        linea: 10,
        mensajes: [
          "Código: Use solo letras sin tilde, números, puntos o guiones, sin espacios; por ejemplo 9101 o DEMO-05-01.",
          "Regional: escriba el código o el nombre de la regional.",
        ],
      },
    ]);
  });

  it("un código repetido con otras mayúsculas también es un duplicado", () => {
    const { errores } = validarFilas(
      leerCsvOk("codigo;nombre;regional;genera_aprovechamiento\nabc-1;Uno;05;no\nABC-1;Dos;05;no\n"),
      REGIONALES,
    );
    expect(errores).toEqual([
      { linea: 3, mensajes: ["El código ABC-1 ya aparece en la línea 2 del archivo."] },
    ]);
  });

  it("una columna activo mal escrita es un error de esa fila; columnas desconocidas se ignoran y se dicen", () => {
    const lectura = leer(`${ENCABEZADO};observaciones\n9101;Centro Uno;05;no;quizás;algo\n`);
    expect(lectura.errores).toEqual([
      { linea: 2, mensajes: ["«quizás» no es sí ni no en la columna activo."] },
    ]);
    expect(lectura.ignoradas).toEqual(["observaciones"]);
  });
});

function leerCsvOk(texto: string) {
  const lectura = leerCsv(texto, ["codigo"]);
  if (!lectura.ok) throw new Error(lectura.error);
  return lectura.filas;
}

describe("el plan: crear, actualizar o dejar igual, por código", () => {
  const existente = (cambios: Partial<CentroExistente> = {}): CentroExistente => ({
    id: 40,
    codigo: "9101",
    nombre: "Centro Uno",
    regionalId: 1,
    regional: "Antioquia",
    generaAprovechamiento: true,
    requiereRecursos: true,
    activo: true,
    subdirectoresActivos: [],
    ...cambios,
  });

  it("crea lo nuevo (activo por omisión), actualiza lo que cambia y cuenta lo que queda igual", () => {
    const { validas } = leer(
      [
        ENCABEZADO,
        "9101;Centro Uno;05;sí;",
        "9102;Centro Dos;08;no;",
        "9103;Centro Tres Nuevo;Antioquia;no;no",
      ].join("\n"),
    );
    const existentes = new Map([
      ["9101", existente()],
      ["9103", existente({ id: 41, codigo: "9103", nombre: "Centro Tres", generaAprovechamiento: true })],
    ]);
    const { filas, errores } = planificarImportacion(validas, existentes);
    expect(errores).toEqual([]);
    expect(filas.map((f) => [f.codigo, f.accion, f.centroId, f.activo])).toEqual([
      ["9101", "SIN_CAMBIOS", 40, true],
      ["9102", "CREAR", null, true],
      ["9103", "ACTUALIZAR", 41, false],
    ]);
    expect(filas[2]!.cambios).toEqual([
      { campo: "nombre", antes: "Centro Tres", despues: "Centro Tres Nuevo" },
      { campo: "generaAprovechamiento", antes: "Sí", despues: "No" },
      { campo: "activo", antes: "Sí", despues: "No" },
    ]);
    expect(contarAcciones(filas)).toEqual({ CREAR: 1, ACTUALIZAR: 1, SIN_CAMBIOS: 1 });
  });

  it("sin columna activo, un centro existente conserva su estado", () => {
    const { validas } = leer("codigo;nombre;regional;genera_aprovechamiento\n9101;Centro Uno;05;sí\n");
    const { filas } = planificarImportacion(validas, new Map([["9101", existente({ activo: false })]]));
    expect(filas[0]).toMatchObject({ accion: "SIN_CAMBIOS", activo: false });
  });

  it("no desactiva un centro con subdirectores activos: es un error de la fila que los nombra", () => {
    const { validas } = leer(`${ENCABEZADO}\n9101;Centro Uno;05;sí;no\n`);
    const { filas, errores } = planificarImportacion(
      validas,
      new Map([["9101", existente({ subdirectoresActivos: ["Ana Pérez (ana@sena.test)"] })]]),
    );
    expect(filas).toEqual([]);
    expect(errores).toEqual([
      {
        linea: 2,
        mensajes: [
          "No se puede desactivar: el centro tiene un subdirector activo: Ana Pérez (ana@sena.test). Asígnelo a otro centro o desactive su cuenta en «Usuarios y roles» y vuelva a intentarlo.",
        ],
      },
    ]);
  });
});

describe("el archivo como llega", () => {
  it("la plantilla se importa tal cual con las regionales del SENA: sus dos filas de ejemplo son válidas", () => {
    const lectura = leer(
      plantillaCsv(),
      REGIONALES_SENA.map((r, i) => ({ id: i + 1, ...r })),
    );
    expect(lectura.errores).toEqual([]);
    expect(
      lectura.validas.map((f) => [f.codigo, f.regional.nombre, f.generaAprovechamiento, f.activo]),
    ).toEqual([
      ["EJEMPLO-1", "Antioquia", true, true],
      ["EJEMPLO-2", "Valle", false, null],
    ]);
  });
});

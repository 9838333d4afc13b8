import { describe, expect, it } from "vitest";
import { csvDeClaves, plantillaCsv } from "@/features/usuarios/importacion/archivos";
import {
  leerRol,
  planificarImportacion,
  type ContextoDeImportacion,
  type CuentaExistente,
} from "@/features/usuarios/importacion/plan";
import { leerCsv } from "@/lib/csv";

const CENTROS = [
  { id: 1, codigo: "9101", nombre: "Centro Agroindustrial", activo: true },
  { id: 2, codigo: "9102", nombre: "Centro de Comercio", activo: true },
  { id: 3, codigo: "9199", nombre: "Centro Cerrado", activo: false },
];

const ADMIN: CuentaExistente = {
  id: 10,
  email: "admin@sena.edu.co",
  nombre: "Admin",
  rol: "ADMIN",
  centroId: null,
  activo: true,
};
const SUBDIRECTORA: CuentaExistente = {
  id: 11,
  email: "sub@sena.edu.co",
  nombre: "Subdirectora",
  rol: "SUBDIRECTOR",
  centroId: 1,
  activo: true,
};

function contexto(cuentas: CuentaExistente[] = [ADMIN, SUBDIRECTORA]): ContextoDeImportacion {
  return {
    centros: new Map(CENTROS.map((c) => [c.codigo, c])),
    cuentas: new Map(cuentas.map((c) => [c.email, c])),
    administradoresActivos: cuentas.filter((c) => c.rol === "ADMIN" && c.activo).map((c) => c.id),
    actorId: ADMIN.id,
  };
}

/** The file's table as the import reads a CSV (tests/unit/importacion.test.ts covers the reading). */
function tabla(texto: string) {
  const lectura = leerCsv(texto, []);
  if (!lectura.ok) throw new Error(lectura.error);
  return lectura;
}

function plan(texto: string, ctx = contexto()) {
  const resultado = planificarImportacion(tabla(texto), ctx);
  if (!resultado.ok) throw new Error(resultado.error);
  return resultado;
}

describe("importar usuarios: lo que hará cada fila", () => {
  it("crea las cuentas nuevas, actualiza las existentes por correo y cuenta las que no cambian", () => {
    const { filas, errores } = plan(
      "correo;nombre;rol;centro;activo\n" +
        "Nuevo@SENA.edu.co;Nuevo Coordinador;Coordinador Grupo de Recaudo y Cartera;;\n" +
        "sub@sena.edu.co;Subdirectora;subdirector;9102;\n" +
        "admin@sena.edu.co;Admin;ADMIN;;sí\n",
    );
    expect(errores).toEqual([]);
    expect(filas.map((f) => [f.linea, f.accion, f.cambios])).toEqual([
      [2, "CREAR", []],
      [3, "ACTUALIZAR", ["centroId"]],
      [4, "SIN_CAMBIOS", []],
    ]);
    expect(filas[0]!.datos).toEqual({
      email: "nuevo@sena.edu.co",
      nombre: "Nuevo Coordinador",
      rol: "COORDINADOR",
      centroId: null,
      activo: true,
    });
    expect(filas[1]).toMatchObject({
      usuarioId: 11,
      centro: "9102 · Centro de Comercio",
      antes: { centroId: 1 },
    });
  });

  it("acepta «email» en lugar de «correo», comas como separador y activo vacío sin tocar el estado", () => {
    const inactiva = { ...SUBDIRECTORA, activo: false };
    const { filas } = plan(
      "email,nombre,rol,centro\nsub@sena.edu.co,Subdirectora,SUBDIRECTOR,9101\n",
      contexto([ADMIN, inactiva]),
    );
    expect(filas).toMatchObject([{ accion: "SIN_CAMBIOS", datos: { activo: false } }]);
  });

  it("señala cada error con su línea y no planea la fila", () => {
    const { filas, errores } = plan(
      "correo;nombre;rol;centro;activo\n" +
        "uno@sena.edu.co;Uno;JEFE;;\n" +
        "dos@sena.edu.co;Dos;SUBDIRECTOR;;\n" +
        "\n" +
        "tres@sena.edu.co;Tres;SUBDIRECTOR;0000;\n" +
        "cuatro@sena.edu.co;Cuatro;CONSULTA;9101;\n" +
        "uno@sena.edu.co;Uno otra vez;CONSULTA;;\n" +
        "cinco@sena.edu.co;Cinco;SUBDIRECTOR;9199;talvez\n" +
        "no-es-correo;;;;\n" +
        "seis@sena.edu.co;Seis;SUBDIRECTOR;9199;no\n",
    );
    expect(errores).toEqual([
      { linea: 2, mensajes: ["El rol «JEFE» no existe: use ADMIN, COORDINADOR, SUBDIRECTOR o CONSULTA."] },
      { linea: 3, mensajes: ["El subdirector necesita el código de su centro en la columna centro."] },
      { linea: 5, mensajes: ["El centro «0000» no existe."] },
      {
        linea: 6,
        mensajes: [
          "Solo los subdirectores tienen centro: deje vacía la columna centro para el rol Consulta.",
        ],
      },
      { linea: 7, mensajes: ["El correo uno@sena.edu.co ya aparece en la línea 2."] },
      {
        linea: 8,
        mensajes: [
          "Activo debe ser «sí» o «no», no «talvez».",
          "El centro «9199» está inactivo: asigne un centro activo.",
        ],
      },
      {
        linea: 9,
        mensajes: [
          "El correo «no-es-correo» no es válido.",
          "Falta el nombre.",
          "Falta el rol: use ADMIN, COORDINADOR, SUBDIRECTOR o CONSULTA.",
        ],
      },
    ]);
    // An inactive account may keep an inactive centro.
    expect(filas.map((f) => f.linea)).toEqual([10]);
  });

  it("el administrador que importa no puede quitarse el rol ni desactivarse", () => {
    const { errores } = plan("correo;nombre;rol;centro;activo\nadmin@sena.edu.co;Admin;CONSULTA;;no\n");
    expect(errores).toEqual([
      {
        linea: 2,
        mensajes: [
          "No puede quitarse su propio rol de administrador.",
          "No puede desactivar su propia cuenta.",
        ],
      },
    ]);
  });

  it("nunca deja la aplicación sin administradores activos", () => {
    const otro = { ...ADMIN, id: 20, email: "otro@sena.edu.co" };
    const ctx = { ...contexto([ADMIN, otro]), administradoresActivos: [20], actorId: 99 };
    const resultado = planificarImportacion(
      tabla("correo;nombre;rol;centro\notro@sena.edu.co;Otro;CONSULTA;\n"),
      ctx,
    );
    expect(resultado).toEqual({
      ok: false,
      error: "Después de importar no quedaría ningún administrador activo.",
    });
  });

  it("rechaza el archivo entero sin las columnas obligatorias, por cualquiera de sus nombres", () => {
    expect(planificarImportacion(tabla("correo;nombre\na@b.co;A\n"), contexto())).toEqual({
      ok: false,
      error:
        "Faltan columnas en el encabezado: rol, centro. Columnas esperadas: correo, nombre, rol, centro y, si quiere, activo.",
    });
    expect(
      plan("Correo electrónico;Nombre;Rol;Código del centro\nz@sena.edu.co;Z;CONSULTA;\n").filas,
    ).toHaveLength(1);
  });

  it("lee los roles por su código o por su nombre", () => {
    expect(
      ["admin", "Administrador", "Subdirector de centro", " consulta ", "coordinador"].map(leerRol),
    ).toEqual(["ADMIN", "ADMIN", "SUBDIRECTOR", "CONSULTA", "COORDINADOR"]);
    expect(leerRol("director")).toBeNull();
  });
});

describe("archivos de la importación", () => {
  it("la plantilla de ejemplo se importa tal cual: tres cuentas nuevas", () => {
    const { filas, errores } = plan(plantillaCsv("9101"));
    expect(errores).toEqual([]);
    expect(filas.map((f) => [f.accion, f.datos.rol, f.datos.centroId])).toEqual([
      ["CREAR", "SUBDIRECTOR", 1],
      ["CREAR", "COORDINADOR", null],
      ["CREAR", "CONSULTA", null],
    ]);
  });

  it("el CSV de contraseñas temporales se abre en Excel y conserva nombres con separadores", () => {
    const texto = csvDeClaves([
      {
        email: "a@b.co",
        nombre: 'Pérez; "la Mona"',
        rol: "SUBDIRECTOR",
        centro: "9101 · Centro",
        claveTemporal: "abcd-efgh-jkmn-pqrs",
      },
    ]);
    expect(texto.startsWith("\uFEFFcorreo;nombre;rol;centro;clave_temporal\r\n")).toBe(true);
    const lectura = leerCsv(texto, ["correo", "clave_temporal"]);
    expect(lectura.ok && lectura.filas[0]!.valores).toEqual({
      correo: "a@b.co",
      nombre: 'Pérez; "la Mona"',
      rol: "SUBDIRECTOR",
      centro: "9101 · Centro",
      clave_temporal: "abcd-efgh-jkmn-pqrs",
    });
  });
});

// SENA's 33 regionales: one per department plus the Distrito Capital. The code is the department's
// DANE code (two digits); the Distrito Capital uses Bogotá's, "11".

export interface RegionalSemilla {
  readonly codigo: string;
  readonly nombre: string;
}

export const REGIONALES: readonly RegionalSemilla[] = [
  { codigo: "91", nombre: "Amazonas" },
  { codigo: "05", nombre: "Antioquia" },
  { codigo: "81", nombre: "Arauca" },
  { codigo: "08", nombre: "Atlántico" },
  { codigo: "13", nombre: "Bolívar" },
  { codigo: "15", nombre: "Boyacá" },
  { codigo: "17", nombre: "Caldas" },
  { codigo: "18", nombre: "Caquetá" },
  { codigo: "85", nombre: "Casanare" },
  { codigo: "19", nombre: "Cauca" },
  { codigo: "20", nombre: "Cesar" },
  { codigo: "27", nombre: "Chocó" },
  { codigo: "23", nombre: "Córdoba" },
  { codigo: "25", nombre: "Cundinamarca" },
  { codigo: "11", nombre: "Distrito Capital" },
  { codigo: "94", nombre: "Guainía" },
  { codigo: "95", nombre: "Guaviare" },
  { codigo: "41", nombre: "Huila" },
  { codigo: "44", nombre: "La Guajira" },
  { codigo: "47", nombre: "Magdalena" },
  { codigo: "50", nombre: "Meta" },
  { codigo: "52", nombre: "Nariño" },
  { codigo: "54", nombre: "Norte de Santander" },
  { codigo: "86", nombre: "Putumayo" },
  { codigo: "63", nombre: "Quindío" },
  { codigo: "66", nombre: "Risaralda" },
  { codigo: "88", nombre: "San Andrés" },
  { codigo: "68", nombre: "Santander" },
  { codigo: "70", nombre: "Sucre" },
  { codigo: "73", nombre: "Tolima" },
  { codigo: "76", nombre: "Valle" },
  { codigo: "97", nombre: "Vaupés" },
  { codigo: "99", nombre: "Vichada" },
];

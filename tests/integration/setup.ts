// The app validates its environment on first database access; tests only lack the session secret.
process.env.NEXTAUTH_SECRET ??= "secreto-solo-para-pruebas-de-integracion";

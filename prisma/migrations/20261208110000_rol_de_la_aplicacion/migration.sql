-- The application's role (docs/decisions/0024-la-aplicacion-no-es-duena-de-su-base.md).
-- Migrations run as the owner of the tables; the application connects as a login role that is a
-- member of `plan_accion_aplicacion`, which may read and write the data but owns nothing, creates
-- nothing and can only add to the audit log: without UPDATE, DELETE or TRUNCATE on "AuditLog" and
-- without being its owner, it can neither rewrite a row nor disable the triggers that seal them.
-- Roles belong to the whole cluster: it is created only if missing (a concurrent migration of
-- another database of the same cluster may create it at the same moment).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'plan_accion_aplicacion') THEN
    BEGIN
      CREATE ROLE plan_accion_aplicacion NOLOGIN;
    EXCEPTION
      WHEN duplicate_object OR unique_violation THEN NULL;
      WHEN insufficient_privilege THEN
        RAISE EXCEPTION 'El rol % no puede crear el rol plan_accion_aplicacion de la aplicación.', current_user
          USING ERRCODE = 'insufficient_privilege',
                HINT = 'Créelo una vez con un superusuario (CREATE ROLE plan_accion_aplicacion NOLOGIN) y vuelva a aplicar las migraciones.';
    END;
  END IF;
END $$;

-- current_schema(), not "public": a restore migrates a staging schema and renames it afterwards.
DO $$
BEGIN
  EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO plan_accion_aplicacion', current_schema());
  EXECUTE format(
    'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO plan_accion_aplicacion',
    current_schema());
  EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO plan_accion_aplicacion', current_schema());
END $$;

-- The audit log only grows; the migrations' history is the owner's.
REVOKE UPDATE, DELETE ON "AuditLog" FROM plan_accion_aplicacion;
REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM plan_accion_aplicacion;

-- What later migrations (and the job queue's schema) create gets the same grants. Without
-- IN SCHEMA: for every schema this owner creates.
ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO plan_accion_aplicacion;
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO plan_accion_aplicacion;
ALTER DEFAULT PRIVILEGES GRANT USAGE, SELECT ON SEQUENCES TO plan_accion_aplicacion;

-- One-shot setup run by the db-init service of docker-compose.yml (sqlcmd as sa): the cartera database, what the
-- application needs of it, and the login the application connects with, owner of that database only.
-- sqlcmd takes the scripting variables CARTERA_DB_USER and CARTERA_DB_PASSWORD from the environment (db-init reads
-- the password from its secret file). It runs again on every `docker compose up`: it creates what is missing and sets
-- the login's password to the one in the secret, so changing ./secrets/cartera_db_password and restarting is enough.
-- The password goes into a T-SQL string literal: it must not contain a single quote.
SET NOCOUNT ON;
IF DB_ID(N'cartera') IS NULL
    CREATE DATABASE [cartera];
GO
-- The database dump (GET /api/dump.sql) reads every table in one SNAPSHOT transaction, which SQL Server refuses
-- until the database allows it. Row versions then live in tempdb while a dump runs.
ALTER DATABASE [cartera] SET ALLOW_SNAPSHOT_ISOLATION ON;
GO
IF SUSER_ID(N'$(CARTERA_DB_USER)') IS NULL
    CREATE LOGIN [$(CARTERA_DB_USER)] WITH PASSWORD = N'$(CARTERA_DB_PASSWORD)', DEFAULT_DATABASE = [cartera];
ELSE
    ALTER LOGIN [$(CARTERA_DB_USER)] WITH PASSWORD = N'$(CARTERA_DB_PASSWORD)';
GO
USE [cartera];
IF USER_ID(N'$(CARTERA_DB_USER)') IS NULL
    CREATE USER [$(CARTERA_DB_USER)] FOR LOGIN [$(CARTERA_DB_USER)];
-- db_owner of this database only: at startup Flyway creates and alters the tables (db/migration) and keeps its
-- history in schema_history; instances starting together wait on Flyway's lock.
ALTER ROLE [db_owner] ADD MEMBER [$(CARTERA_DB_USER)];
GO
PRINT N'cartera database (snapshot isolation allowed) and login $(CARTERA_DB_USER) ready';
GO

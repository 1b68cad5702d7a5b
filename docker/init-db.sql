-- One-shot setup run by the db-init service of docker-compose.yml (sqlcmd as sa):
-- the cartera database and the login the application connects with, owner of that database only.
-- sqlcmd takes the scripting variables CARTERA_DB_USER and CARTERA_DB_PASSWORD from the environment.
-- It can run again on every `docker compose up`: it creates what is missing and sets the login's
-- password to the one in .env, so changing CARTERA_DB_PASSWORD there and restarting is enough.
-- The password goes into a T-SQL string literal: it must not contain a single quote.
SET NOCOUNT ON;
IF DB_ID(N'cartera') IS NULL
    CREATE DATABASE [cartera];
GO
IF SUSER_ID(N'$(CARTERA_DB_USER)') IS NULL
    CREATE LOGIN [$(CARTERA_DB_USER)] WITH PASSWORD = N'$(CARTERA_DB_PASSWORD)', DEFAULT_DATABASE = [cartera];
ELSE
    ALTER LOGIN [$(CARTERA_DB_USER)] WITH PASSWORD = N'$(CARTERA_DB_PASSWORD)';
GO
USE [cartera];
IF USER_ID(N'$(CARTERA_DB_USER)') IS NULL
    CREATE USER [$(CARTERA_DB_USER)] FOR LOGIN [$(CARTERA_DB_USER)];
-- db_owner: EclipseLink creates and extends the tables at startup (ddl-generation create-or-extend-tables).
ALTER ROLE [db_owner] ADD MEMBER [$(CARTERA_DB_USER)];
GO
PRINT N'cartera database and login $(CARTERA_DB_USER) ready';
GO

-- How an import read its file's header (AI-assisted column mapping): what the uploader asked for (the mapping part
-- as JSON, and whether suggestions were accepted) and, once the job has read the header, one entry per header with
-- its field, source, confidence and alternatives, as JSON. Both are shown as they are, never queried into.
-- The same spelling as V10, which SQL Server and H2 (MODE=MSSQLServer) both run.

ALTER TABLE import_job ADD column_mapping NVARCHAR(MAX);
ALTER TABLE import_job ADD accept_suggestions BIT NOT NULL DEFAULT 0;
ALTER TABLE import_job ADD columns_read NVARCHAR(MAX);

-- Import problems and job outcomes are said in the language of whoever reads them (Accept-Language, the console's
-- language): each row keeps its text as a message (bundle key + arguments, JSON) beside the English sentence, which
-- stays for logs and for rows written before this version (they have no message and are shown in English).
-- The same spelling as V10, which SQL Server and H2 (MODE=MSSQLServer) both run.

ALTER TABLE import_issue ADD message_json NVARCHAR(4000);
ALTER TABLE import_job ADD message_json NVARCHAR(4000);

-- Several instances on one database: the instance processing a job holds a lease on it and renews it; a job whose
-- lease ran out (its instance died) is ended by another instance, and a starting instance leaves the others' jobs alone.
ALTER TABLE import_job ADD lease_holder NVARCHAR(64);
ALTER TABLE import_job ADD lease_until DATETIME2;
-- the lease sweep reads only the open jobs, through ix_import_job_status

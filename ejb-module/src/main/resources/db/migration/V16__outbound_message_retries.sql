-- Real e-mail: a message is claimed before it is sent (status SENDING with a lease, the version deciding between two
-- dispatchers), and a failed send is retried later with back-off or given up as FAILED with its reason.
ALTER TABLE outbound_message ADD attempts INT NOT NULL DEFAULT 0;
ALTER TABLE outbound_message ADD next_attempt_at DATETIME2;
ALTER TABLE outbound_message ADD lease_until DATETIME2;
ALTER TABLE outbound_message ADD failure NVARCHAR(500);
ALTER TABLE outbound_message ADD version BIGINT NOT NULL DEFAULT 0;

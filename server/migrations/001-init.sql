-- Accounts, sessions, each user's event log, and failed sign-ins (the rate limit lives here, not
-- in a server's memory, so that any instance behind a balancer sees the same counts).
CREATE TABLE users (
	id bigserial PRIMARY KEY,
	-- Lower-cased and trimmed: one account per name whatever the case.
	name text NOT NULL UNIQUE,
	-- scrypt$N$r$p$salt$hash (auth.ts): the parameters travel with the hash, so they can be raised.
	passphrase text NOT NULL,
	-- The last sequence number given to this user's events (push.ts).
	seq bigint NOT NULL DEFAULT 0,
	created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
	-- SHA-256 of the token: a copy of the table does not sign anyone in.
	token_hash text PRIMARY KEY,
	user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at timestamptz NOT NULL DEFAULT now(),
	expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE events (
	user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	seq bigint NOT NULL,
	-- The client's id of the event: a repeated push of it is a no-op.
	id text NOT NULL,
	body jsonb NOT NULL,
	received_at timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (user_id, seq),
	UNIQUE (user_id, id)
);

CREATE TABLE sign_in_failures (
	-- 'name:<name>' or 'ip:<address>'
	key text NOT NULL,
	at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_key_at ON sign_in_failures (key, at);

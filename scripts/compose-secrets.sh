#!/usr/bin/env bash
# Makes up the secrets docker-compose.yml reads, once: one file each under ./secrets (git-ignored). A file that
# exists is kept, so running it again only adds what is missing; delete a file to have it made anew (then see
# docs/production.md, "Changing a secret").
#
# The folder is closed to other users of this machine (700). The files themselves are readable by all (644)
# because compose mounts them into the containers as they are, and the application runs there as its own user
# (uid 10001), not as the owner of these files.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p secrets
chmod 700 secrets

# 32 characters: upper and lower case, digits and a symbol, which meets SQL Server's password policy; never a quote
make_up() {
    local file="secrets/$1"
    if [ ! -s "$file" ]; then
        printf 'Cx9-%s' "$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 28)" > "$file"
        chmod 644 "$file"
        echo "compose-secrets.sh: made $file"
    fi
}

make_up mssql_sa_password
make_up cartera_db_password
make_up s3_secret_access_key
make_up cartera_admin_password
make_up cartera_metrics_password
# the access key is a name rather than a secret, but S3 takes both together
if [ ! -s secrets/s3_access_key_id ]; then
    printf 'cartera' > secrets/s3_access_key_id
    chmod 644 secrets/s3_access_key_id
    echo "compose-secrets.sh: made secrets/s3_access_key_id"
fi
echo "compose-secrets.sh: the first admin logs in as admin with the password in secrets/cartera_admin_password"

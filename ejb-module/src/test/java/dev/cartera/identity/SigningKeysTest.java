package dev.cartera.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysTest {

    @TempDir
    Path dir;

    @Test
    void aKeyIsCreatedOnceAndReadBackTheSame() throws Exception {
        SigningKeys first = SigningKeys.loadOrCreate(dir);
        Path keyFile = dir.resolve(SigningKeys.SIGNING_KEY_FILE);
        assertTrue(Files.readString(keyFile).startsWith("-----BEGIN PRIVATE KEY-----"));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(keyFile), "only the server's user may read the private key");

        SigningKeys again = SigningKeys.loadOrCreate(dir);

        assertEquals(first.signingKey().getKeyID(), again.signingKey().getKeyID());
        assertEquals(first.signingKey().getModulus(), again.signingKey().getModulus());
        assertEquals(2048, first.signingKey().size());
    }

    @Test
    void thePublishedJwksHoldsOnlyPublicKeysWithTheirIds() throws Exception {
        SigningKeys keys = SigningKeys.loadOrCreate(dir);
        Path jwks = dir.resolve("public/jwks.json");

        keys.publish(jwks);

        JWKSet published = JWKSet.load(jwks.toFile());
        assertEquals(1, published.getKeys().size());
        assertEquals(keys.signingKey().getKeyID(), published.getKeys().get(0).getKeyID());
        assertFalse(published.getKeys().get(0).isPrivate());
        assertFalse(Files.readString(jwks).contains("\"d\""));
    }

    @Test
    void retiredPublicKeysKeepVerifyingDuringARotation() throws Exception {
        Path oldDir = dir.resolve("old");
        SigningKeys old = SigningKeys.loadOrCreate(oldDir);
        Files.createDirectories(dir.resolve(SigningKeys.RETIRED_DIR));
        Files.writeString(dir.resolve(SigningKeys.RETIRED_DIR).resolve("2026-10.pem"),
                SigningKeys.pem("PUBLIC KEY", old.signingKey().toRSAPublicKey().getEncoded()));

        SigningKeys current = SigningKeys.loadOrCreate(dir);

        var ids = current.verificationKeys().getKeys().stream().map(key -> key.getKeyID()).toList();
        assertEquals(2, ids.size());
        assertEquals(current.signingKey().getKeyID(), ids.get(0), "the current key first");
        assertEquals(old.signingKey().getKeyID(), ids.get(1));
        assertNotEquals(ids.get(0), ids.get(1));
    }

    @Test
    void aFileThatIsNotAKeyIsReportedClearly() throws Exception {
        Files.writeString(dir.resolve(SigningKeys.SIGNING_KEY_FILE), "not a key");
        var error = assertThrows(IllegalStateException.class, () -> SigningKeys.loadOrCreate(dir));
        assertTrue(error.getMessage().contains("PRIVATE KEY"), error.getMessage());
    }
}

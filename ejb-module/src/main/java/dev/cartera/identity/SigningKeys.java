package dev.cartera.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

/**
 * The RSA key that signs tokens and the public keys that verify them, kept as PEM files in a directory:
 * {@code signing-key.pem} (PKCS#8, created on first use) and, during a key rotation, the public keys
 * of retired signing keys in {@code retired/*.pem}, so tokens they signed keep verifying until they expire.
 * Plain Java so it can be tested without a container.
 */
public final class SigningKeys {

    static final String SIGNING_KEY_FILE = "signing-key.pem";
    static final String RETIRED_DIR = "retired";
    private static final int KEY_SIZE = 2048;

    private final RSAKey signingKey;
    private final List<RSAKey> retiredKeys;

    private SigningKeys(RSAKey signingKey, List<RSAKey> retiredKeys) {
        this.signingKey = signingKey;
        this.retiredKeys = retiredKeys;
    }

    /** Loads the keys in {@code dir}, generating the signing key first if there is none. */
    public static SigningKeys loadOrCreate(Path dir) {
        try {
            Files.createDirectories(dir);
            Path keyFile = dir.resolve(SIGNING_KEY_FILE);
            if (!Files.exists(keyFile)) {
                createSigningKey(keyFile);
            }
            RSAKey signingKey = toJwk(readPrivateKey(keyFile));
            List<RSAKey> retired = new ArrayList<>();
            Path retiredDir = dir.resolve(RETIRED_DIR);
            if (Files.isDirectory(retiredDir)) {
                try (Stream<Path> files = Files.list(retiredDir)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".pem")).sorted().toList()) {
                        retired.add(toJwk(readPublicKey(file)));
                    }
                }
            }
            return new SigningKeys(signingKey, List.copyOf(retired));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the JWT keys in " + dir, e);
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("the JWT keys in " + dir + " are not valid RSA keys", e);
        }
    }

    /** The private key with its {@code kid}. */
    public RSAKey signingKey() {
        return signingKey;
    }

    /** Every public key a valid token may have been signed with, the current one first. */
    public JWKSet verificationKeys() {
        List<com.nimbusds.jose.jwk.JWK> keys = new ArrayList<>();
        keys.add(signingKey.toPublicJWK());
        keys.addAll(retiredKeys);
        return new JWKSet(keys);
    }

    /** Writes the public JWKS to {@code file} (atomically), where MicroProfile JWT reads it. */
    public void publish(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String json = verificationKeys().toString(true);
            if (Files.exists(file) && Files.readString(file).equals(json)) {
                return;
            }
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), "jwks", ".tmp");
            Files.writeString(temp, json);
            moveAtomically(temp, file, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish the JWT public keys to " + file, e);
        }
    }

    private static void createSigningKey(Path keyFile) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_SIZE);
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        Path temp = Files.createTempFile(keyFile.getParent(), "signing-key", ".tmp");
        restrictToOwner(temp);
        Files.writeString(temp, pem("PRIVATE KEY", pkcs8));
        try {
            // no replace: when two instances start together on a shared volume, the first key wins
            moveAtomically(temp, keyFile, false);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveAtomically(Path from, Path to, boolean replace) throws IOException {
        if (replace) {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.move(from, to); // FileAlreadyExistsException if another instance got there first
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: rely on the directory's permissions
        }
    }

    private static RSAPrivateCrtKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        byte[] der = decodePem(Files.readString(file), "PRIVATE KEY", file);
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    private static RSAPublicKey readPublicKey(Path file) throws IOException, GeneralSecurityException {
        byte[] der = decodePem(Files.readString(file), "PUBLIC KEY", file);
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
    }

    private static RSAKey toJwk(RSAPrivateCrtKey privateKey) throws GeneralSecurityException, JOSEException {
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        RSAKey withoutId = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        return new RSAKey.Builder(withoutId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyIDFromThumbprint().build();
    }

    private static RSAKey toJwk(RSAPublicKey publicKey) throws JOSEException {
        return new RSAKey.Builder(publicKey).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                .keyIDFromThumbprint().build();
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] decodePem(String text, String type, Path file) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException(file + " is not a PEM " + type + " (expected " + begin + ")");
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }
}

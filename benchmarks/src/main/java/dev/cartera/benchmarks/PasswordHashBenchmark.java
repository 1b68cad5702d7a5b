package dev.cartera.benchmarks;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The CPU cost of one login: one PBKDF2 hash with the parameters {@code PasswordHasher} gives Jakarta
 * Security's {@code Pbkdf2PasswordHash}. Soteria, Payara's implementation, computes exactly this JCA call in
 * both {@code generate} and {@code verify}; the salt and Base64 work around it is negligible. An unknown
 * user costs the same (the decoy hash), so this also bounds how fast anyone can probe for names.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashBenchmark extends ShortRun {

    /** The values PasswordHasher.configure passes to Pbkdf2PasswordHash.initialize. */
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int SALT_BYTES = 32;
    private static final int KEY_BYTES = 64;

    private final char[] password = "correct horse battery staple".toCharArray();
    private final byte[] salt = new byte[SALT_BYTES];
    private int iterations;

    @Setup
    public void readConfiguredIterations() {
        iterations = CarteraDefaults.load().integer("cartera.auth.pbkdf2.iterations");
        new SecureRandom().nextBytes(salt);
    }

    @Benchmark
    public byte[] hashOnePassword() throws GeneralSecurityException {
        return SecretKeyFactory.getInstance(ALGORITHM)
                .generateSecret(new PBEKeySpec(password, salt, iterations, KEY_BYTES * 8))
                .getEncoded();
    }
}

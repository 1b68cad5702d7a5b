package dev.cartera.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import dev.cartera.identity.IssuedToken;
import dev.cartera.identity.Role;
import dev.cartera.identity.TokenIssuer;
import dev.cartera.identity.TokenIssuerFixture;
import dev.cartera.identity.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What one token costs the server: signing it at login or renewal (RS256 with a 2048-bit key, through the
 * production {@link TokenIssuer}), and parsing and checking its signature, which every authenticated
 * request pays. The verification is Nimbus' RSASSAVerifier alone; MicroProfile JWT's claim checks and the
 * revocation lookup come on top (the HTTP benchmark measures the whole request).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TokenBenchmark extends ShortRun {

    private Path keysDir;
    private TokenIssuer issuer;
    private User user;
    private String token;
    private RSASSAVerifier verifier;

    @Setup
    public void createKeysAndOneToken() throws IOException, JOSEException {
        CarteraDefaults defaults = CarteraDefaults.load();
        keysDir = Files.createTempDirectory("cartera-token-benchmark");
        issuer = TokenIssuerFixture.create(keysDir, defaults.text("cartera.jwt.issuer"),
                Duration.parse(defaults.text("cartera.jwt.token-lifetime")));
        user = TokenIssuerFixture.storedUser(1, "admin", Role.ADMIN);
        token = issuer.issueFor(user, Instant.now()).accessToken();
        RSAKey publicKey = (RSAKey) issuer.verificationKeys().getKeys().get(0);
        verifier = new RSASSAVerifier(publicKey);
    }

    @TearDown
    public void deleteKeys() throws IOException {
        TempFiles.deleteRecursively(keysDir);
    }

    @Benchmark
    public IssuedToken sign() {
        return issuer.issueFor(user, Instant.now());
    }

    @Benchmark
    public boolean parseAndVerify() throws ParseException, JOSEException {
        boolean valid = SignedJWT.parse(token).verify(verifier);
        if (!valid) {
            throw new IllegalStateException("the token issued in setup does not verify");
        }
        return valid;
    }
}

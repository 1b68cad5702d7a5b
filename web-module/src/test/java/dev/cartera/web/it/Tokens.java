package dev.cartera.web.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Reads tokens, and forges the bad ones an attacker would try. */
public final class Tokens {

    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder URL_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    public static JsonObject header(String token) {
        return part(token, 0);
    }

    public static JsonObject claims(String token) {
        return part(token, 1);
    }

    private static JsonObject part(String token, int index) {
        String json = new String(URL_DECODER.decode(token.split("\\.")[index]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(json)).readObject();
    }

    /** The same claims, {@code alg: none} and no signature. */
    public static String unsigned(String token) {
        String header = URL_ENCODER.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** The original signature over a payload that now claims the admin role. */
    public static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = claims(token).toString().replaceAll("\"(user|operator|agent)\"", "\"admin\"");
        return parts[0] + "." + URL_ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The classic key-confusion attack: HS256 with the server's public key (PEM text) as the HMAC secret. */
    public static String hs256WithPublicKey(String token, String jwksJson) throws Exception {
        RSAKey publicKey = (RSAKey) JWK.parse(Json.createReader(new StringReader(jwksJson)).readObject()
                .getJsonArray("keys").getJsonObject(0).toString());
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT)
                .keyID(publicKey.getKeyID()).build(), JWTClaimsSet.parse(claims(token).toString()));
        jwt.sign(new MACSigner(pem.getBytes(StandardCharsets.US_ASCII)));
        return jwt.serialize();
    }

    /** A token signed with the server's real key (read from its data directory) but with the given issuer and expiry. */
    public static String signedByServer(Path dataDir, String issuer, Date issuedAt, Date expiresAt) throws Exception {
        String pem = Files.readString(dataDir.resolve("keys/signing-key.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        var privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        RSAKey key = new RSAKey.Builder(publicKey).privateKey(privateKey).build();
        String kid = key.computeThumbprint().toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).subject("1").claim("upn", "admin")
                .claim("user_id", 1).claim("role", "admin").claim("groups", List.of("admin"))
                .issueTime(issuedAt).expirationTime(expiresAt).jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(kid).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}

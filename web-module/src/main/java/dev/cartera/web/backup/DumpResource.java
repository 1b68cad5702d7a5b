package dev.cartera.web.backup;

import dev.cartera.backup.DatabaseDump;
import dev.cartera.backup.SqlDialect;
import dev.cartera.identity.Roles;
import dev.cartera.web.http.HeavyDownloads;
import dev.cartera.web.problems.InvalidParameterException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The whole database as a SQL script, streamed (chunked) as it is read, gzipped on the fly when asked:
 * {@code Accept-Encoding: gzip} gives {@code Content-Encoding: gzip} of the .sql; {@code ?gzip=true} gives a .sql.gz file.
 */
@Path("dump.sql")
@ApplicationScoped
@DenyAll
@Tag(name = "Backup", description = "The streamed SQL dump of the whole database")
public class DumpResource {

    @Inject
    DatabaseDump dump;

    @Inject
    Clock clock;

    @Inject
    HeavyDownloads heavyDownloads;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getDump",
            summary = "Stream a SQL script that recreates every table and row, pictures included as hex literals. "
            + "dialect=sqlserver (default) or h2; gzip=true for a .sql.gz, or send Accept-Encoding: gzip")
    @APIResponse(responseCode = "200", description = "The script, streamed",
            content = @Content(mediaType = "application/sql", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "429", description = "Too many large downloads at once: wait Retry-After seconds")
    public Response get(@QueryParam("dialect") String dialect, @QueryParam("gzip") String gzip,
                        @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        SqlDialect chosen = SqlDialect.parse(dialect).orElseThrow(() ->
                InvalidParameterException.of("dialect", "param.oneOf", "sqlserver, h2"));
        boolean gzipFile = parseBoolean(gzip);
        boolean gzipEncoding = !gzipFile && acceptsGzip(acceptEncoding);
        String name = DumpFiles.fileName(clock.instant(), chosen, gzipFile);
        StreamingOutput body = out -> {
            if (gzipFile || gzipEncoding) {
                DumpFiles.writeGzip(dump, chosen, out);
            } else {
                dump.write(out, chosen);
            }
        };
        Response.ResponseBuilder response = Response.ok(heavyDownloads.limited(HeavyDownloads.Kind.DUMP, body),
                        gzipFile ? "application/gzip" : "application/sql; charset=UTF-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzipEncoding) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.build();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "postDump",
            summary = "The same dump, for clients that prefer POST for an action")
    @APIResponse(responseCode = "200", description = "The script, streamed",
            content = @Content(mediaType = "application/sql", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "429", description = "Too many large downloads at once: wait Retry-After seconds")
    public Response post(@QueryParam("dialect") String dialect, @QueryParam("gzip") String gzip,
                         @HeaderParam(HttpHeaders.ACCEPT_ENCODING) String acceptEncoding) {
        return get(dialect, gzip, acceptEncoding);
    }

    private static boolean parseBoolean(String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw InvalidParameterException.of("gzip", "param.boolean");
    }

    /** gzip listed without q=0. */
    static boolean acceptsGzip(String header) {
        if (header == null) {
            return false;
        }
        for (String part : header.split(",")) {
            String[] pieces = part.trim().split(";");
            if (pieces[0].trim().equalsIgnoreCase("gzip")) {
                return pieces.length < 2 || !pieces[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }
}

package dev.cartera.web.backup;

import dev.cartera.backup.DatabaseDump;
import dev.cartera.backup.SqlDialect;
import dev.cartera.web.console.ConsoleDownloads;
import dev.cartera.web.http.HeavyDownloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

/**
 * Respaldo's download, {@code /admin/backup/dump.sql.gz?dialect=sqlserver|h2}: the same gzip file as
 * {@code GET /api/dump.sql?gzip=true}, under the same bound on concurrent heavy downloads. The console's filter has
 * checked the session and that the role is admin.
 */
@WebServlet("/admin/backup/dump.sql.gz")
public class BackupDownloadServlet extends HttpServlet {

    @Inject
    DatabaseDump dump;

    @Inject
    HeavyDownloads heavyDownloads;

    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SqlDialect> dialect = SqlDialect.parse(request.getParameter("dialect"));
        if (dialect.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ConsoleDownloads.answer(response, () -> {
            StreamingOutput body = heavyDownloads.limited(HeavyDownloads.Kind.DUMP,
                    out -> DumpFiles.writeGzip(dump, dialect.get(), out));
            response.setContentType("application/gzip");
            response.setHeader("Content-Disposition", "attachment; filename=\""
                    + DumpFiles.fileName(clock.instant(), dialect.get(), true) + "\"");
            body.write(response.getOutputStream());
        });
    }
}

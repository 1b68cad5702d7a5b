package dev.cartera.web.customers;

import dev.cartera.customers.CustomerExports;
import dev.cartera.customers.CustomerService;
import dev.cartera.customers.export.CustomerExportRow;
import dev.cartera.customers.export.ExportFormat;
import dev.cartera.web.console.ConsoleDownloads;
import dev.cartera.web.http.HeavyDownloads;
import dev.cartera.web.paging.FilterParameters;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The console's Exportar buttons: {@code /admin/customers/export/{id}.csv|xlsx|txt} for one customer (the lookup)
 * and {@code /admin/customers/export/list.csv?name.contains=...} for a filtered list, the same files as the API's
 * exports. Plain GET links, so the browser downloads them as it does any file; the console's filter has already
 * checked the session and the role.
 */
@WebServlet("/admin/customers/export/*")
public class CustomerDownloadServlet extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("/(\\d+|list)\\.([a-z]+)");

    @Inject
    CustomerExports exports;

    @Inject
    Clock clock;

    @Inject
    HeavyDownloads heavyDownloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ConsoleDownloads.serve(request, response, FILE, file -> {
            ExportFormat format = CustomerFiles.format(file.group(2));
            if (file.group(1).equals("list")) {
                var query = new MultivaluedHashMap<String, String>();
                request.getParameterMap().forEach((name, values) -> query.put(name, Arrays.asList(values)));
                var filters = FilterParameters.parse(query, CustomerService.LIST.filters(), Set.of());
                // the same bound as the API's export: a full list holds a connection and a core while it streams
                StreamingOutput body = heavyDownloads.limited(HeavyDownloads.Kind.CUSTOMERS,
                        out -> CustomerFiles.writeAll(exports, filters, format, out));
                start(response, format, CustomerFiles.listName(clock.instant(), format));
                body.write(response.getOutputStream());
            } else {
                long id = Long.parseLong(file.group(1));
                CustomerExportRow row = exports.one(id);
                start(response, format, CustomerFiles.oneName(id, row, format));
                CustomerFiles.writeOne(exports, row, format, response.getOutputStream());
            }
        });
    }

    private static void start(HttpServletResponse response, ExportFormat format, String fileName) {
        response.setContentType(format.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}

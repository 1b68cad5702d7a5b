package dev.cartera.web.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.Imports;
import dev.cartera.web.it.SharedServer;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * No page number reaches past the first 10,000 items, and the cursor walks a whole list: the customers in name
 * order and a job's problems in row order, each row once, the Link header following the cursor.
 */
@SharedServer
class DeepPagingIT {

    /** Small pages, so that the walk crosses many: the shared server holds every other test's customers too. */
    private static final int SIZE = 13;

    @SharedServer.Url
    URL base;

    private Api api;
    private String admin;

    @BeforeEach
    void signIn() {
        api = new Api(base);
        admin = api.loginAsAdmin();
    }

    @Test
    void aPagePastTheCapIsA400ThatSaysHowToGoOn() {
        Api.Reply deep = api.get("/api/customers?size=20&page=500", admin);
        assertEquals(400, deep.status(), deep::toString);
        assertEquals("page", deep.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("PAGE_TOO_DEEP", deep.json().getJsonArray("errors").getJsonObject(0).getString("code"),
                "a service rule's refusal carries its code");
        assertTrue(deep.json().getString("detail").contains("cursor"), deep.json().getString("detail"));
        assertEquals(200, api.get("/api/customers?size=20&page=499", admin).status(), "the last page a number reaches");
        Api.Reply foreign = api.get("/api/customers?sort=name&cursor=bm90IGEgY3Vyc29y", admin);
        assertEquals(400, foreign.status());
        assertEquals("cursor", foreign.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void theCursorWalksTheCustomersInNameOrderEachOnce() {
        assertEquals(200, api.post("/api/admin/demo-data?customers=30&seed=71", "", admin).status());
        Api.Reply first = api.get("/api/customers?size=" + SIZE + "&sort=name", admin);
        long total = first.json().getJsonNumber("totalItems").longValue();
        List<Long> ids = new ArrayList<>(first.ids());
        String next = first.json().getString("next", null);
        String link = links(first);
        int pages = 1;
        while (next != null && pages <= total / SIZE + 1) {
            Api.Reply page = api.get("/api/customers?size=" + SIZE + "&sort=name&cursor="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8), admin);
            assertEquals(200, page.status(), page::toString);
            link = links(page);
            ids.addAll(page.ids());
            next = page.json().getString("next", null);
            if (next != null) {
                assertTrue(link.contains("cursor=") && link.contains("rel=\"next\""), link);
            }
            pages++;
        }
        assertEquals(total, ids.size(), "every customer read");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "none twice");
        assertFalse(link.contains("rel=\"next\""), "the last page has no next link: " + link);
    }

    private static String links(Api.Reply reply) {
        return String.join(", ", reply.response().headers().allValues("Link"));
    }

    @Test
    void theCursorWalksAJobsProblemsInRowOrder() {
        JsonObject job = new Imports(api, admin).run("customers", "dry-run", "customers-invalid.csv",
                Imports.sample("customers-invalid.csv"));
        String issues = "/api/imports/" + job.getString("id") + "/issues?size=3";
        Api.Reply first = api.get(issues, admin);
        long total = first.json().getJsonNumber("totalItems").longValue();
        assertTrue(total > 6, first::toString);
        List<Long> rows = new ArrayList<>();
        first.json().getJsonArray("items").forEach(item -> rows.add(item.asJsonObject().getJsonNumber("row").longValue()));
        String next = first.json().getString("next", null);
        while (next != null) {
            Api.Reply page = api.get(issues + "&cursor=" + URLEncoder.encode(next, StandardCharsets.UTF_8), admin);
            page.json().getJsonArray("items").forEach(item -> rows.add(item.asJsonObject().getJsonNumber("row").longValue()));
            next = page.json().getString("next", null);
        }
        assertEquals(total, rows.size());
        List<Long> sorted = new ArrayList<>(rows);
        sorted.sort(null);
        assertEquals(sorted, rows, "in row order");
    }
}

package dev.cartera.web.docs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order the collection's requests run in, so that newman can check every one's status against a fresh server:
 * each record is created before it is read, changed and deleted, and every id a later request needs is kept in a
 * collection variable. Bodies come from the OpenAPI document's examples; a step only replaces the values that
 * must be unique to the run (a document number, an invoice) or that an earlier response gave.
 */
final class PostmanScenario {

    /** A password the scenario gives the user it creates; only that user ever has it, and it is deleted at the end. */
    static final String NEW_USER_PASSWORD = "otra-clave-larga-2026";

    /** One request of the collection. */
    static final class Step {
        final String folder;
        final String operation;
        String name;
        String pathValue;
        final Map<String, String> query = new LinkedHashMap<>();
        final Map<String, Object> replacements = new LinkedHashMap<>();
        final List<String[]> form = new ArrayList<>();
        List<Integer> expected;
        String bearer;
        boolean noAuth;
        final List<String> before = new ArrayList<>();
        final List<String> after = new ArrayList<>();

        Step(String folder, String operation) {
            this.folder = folder;
            this.operation = operation;
            this.name = operation;
        }

        /** The value of the path's one parameter, usually a variable an earlier step kept. */
        Step at(String value) {
            pathValue = value;
            return this;
        }

        Step query(String name, String value) {
            query.put(name, value);
            return this;
        }

        /** A top-level property of the example body to send differently; null leaves it out. */
        Step with(String property, Object value) {
            replacements.put(property, value);
            return this;
        }

        Step text(String part, String value) {
            form.add(new String[] {part, "text", value});
            return this;
        }

        /** A file part, by its path from the repository's root (newman's working directory). */
        Step file(String part, String path) {
            form.add(new String[] {part, "file", path});
            return this;
        }

        /** The statuses that pass; by default the operation's documented success. */
        Step expect(Integer... statuses) {
            expected = Arrays.asList(statuses);
            return this;
        }

        /** Keeps a property of the JSON answer in a collection variable. */
        Step keep(String variable, String property) {
            after.add("pm.collectionVariables.set(\"" + variable + "\", pm.response.json()." + property + ");");
            return this;
        }

        Step named(String name) {
            this.name = name;
            return this;
        }

        Step as(String tokenVariable) {
            bearer = tokenVariable;
            return this;
        }

        Step anonymous() {
            noAuth = true;
            return this;
        }

        Step before(String... lines) {
            before.addAll(List.of(lines));
            return this;
        }

        Step after(String... lines) {
            after.addAll(List.of(lines));
            return this;
        }
    }

    private PostmanScenario() {
    }

    private static Step step(String folder, String operation) {
        return new Step(folder, operation);
    }

    static List<Step> steps() {
        String auth = "Authentication";
        String customers = "Customers";
        String loans = "Loans";
        String purchases = "Purchases";
        String reports = "Loyalty reports";
        String imports = "Imports";
        String pets = "Pet hotel";
        String users = "Users";
        String cleanUp = "Clean up";
        return List.of(
                step(auth, "POST /api/auth/login").anonymous()
                        .with("username", "{{username}}").with("password", "{{password}}")
                        .before("// values unique to this run, so the collection can run again on the same server",
                                "const run = String(Date.now()).slice(-9);",
                                "pm.collectionVariables.set(\"documentNumber\", \"1\" + run); // a CC: 10 digits, no leading zero",
                                "pm.collectionVariables.set(\"invoiceNumber\", \"PM-\" + run);",
                                "pm.collectionVariables.set(\"newUsername\", \"postman.\" + run);",
                                "pm.collectionVariables.set(\"importPolls\", 0);",
                                "// two months back: a month that is over in every time zone, as a loyalty report needs",
                                "const now = new Date();",
                                "pm.collectionVariables.set(\"month\", new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 2, 1))"
                                        + ".toISOString().slice(0, 7));")
                        .keep("token", "access_token"),
                step(auth, "GET /api/auth/me"),
                step(auth, "POST /api/auth/renew").keep("token", "access_token"),
                step(auth, "GET /api/auth/jwks.json").anonymous(),
                step("Reference data", "GET /api/reference/document-types"),
                step("Reference data", "GET /api/reference/provinces").query("country", "CO"),
                step("Reference data", "GET /api/reference/cities").query("country", "CO").query("provinceCode", "11"),

                step(customers, "POST /api/customers").with("documentNumber", "{{documentNumber}}").keep("customerId", "id"),
                step(customers, "GET /api/customers").query("documentNumber.equals", "{{documentNumber}}"),
                step(customers, "GET /api/customers/{id}").at("{{customerId}}"),
                step(customers, "PUT /api/customers/{id}").at("{{customerId}}").with("documentNumber", "{{documentNumber}}"),
                step(customers, "GET /api/customers/lookup").query("documentType", "CC").query("documentNumber", "{{documentNumber}}"),
                step(customers, "GET /api/customers/{id}/messages").at("{{customerId}}"),
                step(customers, "GET /api/customers/export").query("format", "csv").query("documentNumber.equals", "{{documentNumber}}"),
                step(customers, "GET /api/customers/{id}/export").at("{{customerId}}").query("format", "xlsx"),

                step(loans, "POST /api/loans").with("customerDocumentNumber", "{{documentNumber}}").keep("loanId", "id"),
                step(loans, "GET /api/loans").query("customerId.equals", "{{customerId}}"),
                step(loans, "GET /api/customers/{customerId}/loans").at("{{customerId}}"),
                step(loans, "GET /api/loans/{id}").at("{{loanId}}"),
                step(loans, "PUT /api/loans/{id}").at("{{loanId}}"),
                step(loans, "GET /api/loans/{id}/schedule").at("{{loanId}}"),
                step(loans, "POST /api/loans/{id}/status").at("{{loanId}}").with("status", "CANCELLED"),
                step(loans, "DELETE /api/loans/{id}").at("{{loanId}}"),

                step(purchases, "POST /api/purchases").with("customerDocumentNumber", "{{documentNumber}}")
                        .with("invoiceNumber", "{{invoiceNumber}}").keep("purchaseId", "id"),
                step(purchases, "GET /api/purchases").query("customerId.equals", "{{customerId}}"),
                step(purchases, "GET /api/customers/{customerId}/purchases").at("{{customerId}}"),
                step(purchases, "GET /api/purchases/{id}").at("{{purchaseId}}"),
                step(purchases, "PUT /api/purchases/{id}").at("{{purchaseId}}"),
                step(purchases, "DELETE /api/purchases/{id}").at("{{purchaseId}}"),

                // 201 when this request writes it, 200 when an earlier run (or the monthly timer) already did
                step(reports, "POST /api/reports/loyalty").query("month", "{{month}}").expect(200, 201),
                step(reports, "GET /api/reports/loyalty"),
                step(reports, "GET /api/reports/loyalty/{month}").at("{{month}}"),
                step(reports, "GET /api/reports/loyalty/{month}.xlsx").at("{{month}}"),

                step(imports, "POST /api/imports").file("file", "docs/samples/customers-invalid.csv")
                        .text("dataset", "customers").text("mode", "dry-run").keep("importId", "id"),
                step(imports, "GET /api/imports"),
                step(imports, "GET /api/imports/{id}").at("{{importId}}").after(
                        "// ask again until the job has ended (at most 40 times, half a second apart)",
                        "const polls = Number(pm.collectionVariables.get(\"importPolls\") || 0);",
                        "if ([\"QUEUED\", \"RUNNING\"].includes(pm.response.json().status) && polls < 40) {",
                        "    pm.collectionVariables.set(\"importPolls\", polls + 1);",
                        "    pm.execution.setNextRequest(pm.info.requestName);",
                        "    setTimeout(() => {}, 500); // the sandbox waits for the timer",
                        "}"),
                step(imports, "GET /api/imports/{id}/issues").at("{{importId}}"),
                step(imports, "GET /api/imports/{id}/file").at("{{importId}}"),
                step(imports, "GET /api/imports/{id}/rejected.csv").at("{{importId}}"),
                // the job has ended by now: cancelling it is refused
                step(imports, "DELETE /api/imports/{id}").at("{{importId}}").expect(409),

                step(pets, "POST /api/pet").with("petId", null).keep("petId", "petId"),
                step(pets, "GET /api/pet"),
                step(pets, "GET /api/pet/{petId}").at("{{petId}}"),
                step(pets, "PUT /api/pet").with("petId", "{{petId}}").with("nome_pet", "Luna Maria"),
                step(pets, "POST /api/picture/{petId}").at("{{petId}}").file("file", "docs/samples/pet.jpg"),
                step(pets, "GET /api/picture/{petId}").at("{{petId}}"),
                step(pets, "GET /api/picture/{petId}.png").at("{{petId}}").query("size", "256"),

                step(users, "POST /api/users").with("username", "{{newUsername}}").keep("userId", "id"),
                step(users, "GET /api/users"),
                step(users, "GET /api/users/{id}").at("{{userId}}"),
                step(users, "PUT /api/users/{id}").at("{{userId}}"),
                step(users, "PUT /api/users/{id}/password").at("{{userId}}").with("password", NEW_USER_PASSWORD),
                step(users, "DELETE /api/users/{id}/login-throttling").at("{{userId}}"),
                step(users, "POST /api/auth/login").named("POST /api/auth/login (as the new user)").anonymous()
                        .with("username", "{{newUsername}}").with("password", NEW_USER_PASSWORD).keep("userToken", "access_token"),
                step(users, "POST /api/auth/password").named("POST /api/auth/password (the new user's own)").as("userToken")
                        .with("currentPassword", NEW_USER_PASSWORD).with("newPassword", "una-clave-nueva-2026"),

                step("Backup", "GET /api/dump.sql"),
                step("Backup", "POST /api/dump.sql").query("gzip", "true"),
                step("Administration", "POST /api/admin/demo-data").query("customers", "3"),
                step("Administration", "POST /api/admin/demo-data/loans").query("loans", "2"),
                step("Administration", "POST /api/admin/demo-data/purchases").query("customers", "2"),

                step(cleanUp, "DELETE /api/pet/{petId}").at("{{petId}}"),
                step(cleanUp, "DELETE /api/users/{id}").at("{{userId}}"),
                step(cleanUp, "DELETE /api/customers/{id}").at("{{customerId}}"),
                step(cleanUp, "POST /api/auth/logout"));
    }
}

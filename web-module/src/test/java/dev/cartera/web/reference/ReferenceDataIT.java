package dev.cartera.web.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cartera.web.it.Api;
import dev.cartera.web.it.SharedServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reference data the server loads at startup, read through the API. The integration tests share one database,
 * so when another test class started a server on it first, this one's start loaded the data a second time: exact
 * counts then also prove that loading is idempotent.
 */
@SharedServer
class ReferenceDataIT {

    @SharedServer.Url
    URL base;

    private Api api;
    private String admin;

    @BeforeEach
    void logIn() {
        api = new Api(base);
        admin = api.loginAsAdmin();
    }

    @Test
    void ecuadorHas24ProvincesByCodeWithTheDocumentedShape() {
        List<JsonObject> provinces = cacheableList("/api/reference/provinces?country=EC");

        assertEquals(24, provinces.size(), provinces::toString);
        List<String> codes = strings(provinces, "code");
        assertEquals(codes.stream().sorted().toList(), codes, "sorted by code");
        assertEquals("01", codes.get(0));
        assertEquals("24", codes.get(23));

        JsonObject pichincha = byCode(provinces).get("17");
        assertEquals(List.of("id", "country", "code", "name"), List.copyOf(pichincha.keySet()));
        assertEquals("EC", pichincha.getString("country"));
        assertEquals("Pichincha", pichincha.getString("name"));
        assertEquals(JsonValue.ValueType.NUMBER, pichincha.get("id").getValueType());
        assertEquals("Galápagos", byCode(provinces).get("20").getString("name"), "accents arrive intact");
        assertEquals("Santo Domingo de los Tsáchilas", byCode(provinces).get("23").getString("name"));
    }

    @Test
    void ecuadorHas221CitiesAndPichinchaIncludesQuito() {
        List<JsonObject> all = objects(api.get("/api/reference/cities?country=EC", admin));
        assertEquals(221, all.size());
        assertEquals(221, objects(api.get("/api/reference/cities?country=EC&provinceCode=", admin)).size(),
                "an empty provinceCode, as a form sends it, means every province");
        assertEquals(221, new HashSet<>(strings(all, "id")).size(), "no city twice");

        List<JsonObject> pichincha = cacheableList("/api/reference/cities?country=EC&provinceCode=17");
        assertEquals(List.of("Cayambe", "Mejia", "Pedro Moncayo", "Pedro Vicente Maldonado", "Puerto Quito", "Quito",
                "Rumiñahui", "San Miguel de Los Bancos"), strings(pichincha, "name"), "sorted by name");
        JsonObject quito = pichincha.get(5);
        assertEquals(List.of("id", "name", "provinceCode", "country"), List.copyOf(quito.keySet()));
        assertEquals("17", quito.getString("provinceCode"));
        assertEquals("EC", quito.getString("country"));
        assertEquals(JsonValue.ValueType.NUMBER, quito.get("id").getValueType());
    }

    @Test
    void colombiaHas33DepartmentsEachWithItsCapital() {
        List<JsonObject> departments = objects(api.get("/api/reference/provinces?country=CO", admin));
        assertEquals(33, departments.size());
        assertEquals("Antioquia", byCode(departments).get("05").getString("name"));
        assertEquals("Archipiélago de San Andrés, Providencia y Santa Catalina", byCode(departments).get("88").getString("name"));

        List<JsonObject> cities = objects(api.get("/api/reference/cities?country=CO", admin));
        assertEquals(33, cities.size());
        assertEquals(List.of("11", "25"), cities.stream().filter(city -> city.getString("name").equals("Bogotá"))
                .map(city -> city.getString("provinceCode")).sorted().toList(), "Bogotá is the capital of two");
        assertEquals(List.of("Medellín"), strings(objects(api.get("/api/reference/cities?country=CO&provinceCode=05", admin)), "name"));
    }

    @Test
    void brazilIsKnownButHasNoProvincesYet() {
        Api.Reply provinces = api.get("/api/reference/provinces?country=BR", admin);
        assertEquals(200, provinces.status(), provinces::toString);
        assertEquals(List.of(), objects(provinces));
        assertEquals(List.of(), objects(api.get("/api/reference/cities?country=BR", admin)));
        assertEquals(24, objects(api.get("/api/reference/provinces?country=ec", admin)).size(), "the code in any case");
    }

    @Test
    void documentTypesListEveryCodeWithItsCountry() {
        List<JsonObject> types = cacheableList("/api/reference/document-types");

        Map<String, String> countries = types.stream().collect(Collectors.toMap(type -> type.getString("code"),
                type -> type.isNull("country") ? "any" : type.getString("country")));
        assertEquals(Map.of("CI", "EC", "RUC", "EC", "CC", "CO", "NIT", "CO", "CE", "CO", "CPF", "BR", "CNPJ", "BR",
                "PASSPORT", "any"), countries);
        assertEquals(strings(types, "code").stream().sorted().toList(), strings(types, "code"), "sorted by code");
        JsonObject passport = types.stream().filter(type -> type.getString("code").equals("PASSPORT")).findFirst().orElseThrow();
        assertEquals(List.of("code", "country", "name"), List.copyOf(passport.keySet()), "country is there, as null");
        JsonObject ruc = types.stream().filter(type -> type.getString("code").equals("RUC")).findFirst().orElseThrow();
        assertEquals("Registro Único de Contribuyentes", ruc.getString("name"));
    }

    @Test
    void aMissingOrUnknownCountryOrProvinceIsA400NamingTheParameter() {
        assertBadParameter(api.get("/api/reference/provinces", admin), "country", "is required: one of BR, CO, EC");
        assertBadParameter(api.get("/api/reference/cities", admin), "country", "is required: one of BR, CO, EC");
        assertBadParameter(api.get("/api/reference/provinces?country=PE", admin), "country",
                "'PE' is not a known country; known: BR, CO, EC");
        assertBadParameter(api.get("/api/reference/cities?country=EC&provinceCode=99", admin), "provinceCode",
                "'99' is not a province of EC; codes of EC: 01, 02, 03, 04, 05, 06, 07, 08, 09, 10, 11, 12, 13, 14, 15, "
                        + "16, 17, 18, 19, 20, 21, 22, 23, 24");
        assertBadParameter(api.get("/api/reference/cities?country=BR&provinceCode=35", admin), "provinceCode",
                "'35' is not a province of BR; BR has no provinces");
    }

    @Test
    void everyRoleMayReadButNotWithoutAToken() {
        for (String path : List.of("/api/reference/document-types", "/api/reference/provinces?country=EC",
                "/api/reference/cities?country=EC&provinceCode=17")) {
            Api.Reply anonymous = api.get(path, null);
            assertEquals(401, anonymous.status(), path);
            assertEquals("application/problem+json", anonymous.contentType().replace(";charset=UTF-8", ""), path);
        }
        for (String role : List.of("operator", "agent", "user")) {
            String username = "reader-" + role + "-" + System.nanoTime();
            api.createUser(admin, username, role, "reader-password");
            String token = api.login(username, "reader-password");
            assertEquals(200, api.get("/api/reference/document-types", token).status(), role);
            assertEquals(24, objects(api.get("/api/reference/provinces?country=EC", token)).size(), role);
            assertEquals(8, objects(api.get("/api/reference/cities?country=EC&provinceCode=17", token)).size(), role);
        }
    }

    /** A list read as admin, which clients may keep for an hour. */
    private List<JsonObject> cacheableList(String path) {
        Api.Reply reply = api.get(path, admin);
        assertEquals("max-age=3600", reply.header("Cache-Control"), reply::toString);
        return objects(reply);
    }

    private static void assertBadParameter(Api.Reply reply, String field, String message) {
        assertEquals(400, reply.status(), reply::toString);
        assertEquals("application/problem+json", reply.contentType());
        assertFalse(reply.header("Cache-Control") != null && reply.header("Cache-Control").contains("max-age"), "an error is not cached");
        JsonArray errors = reply.json().getJsonArray("errors");
        assertEquals(1, errors.size(), reply::toString);
        assertEquals(field, errors.getJsonObject(0).getString("field"));
        assertEquals(message, errors.getJsonObject(0).getString("message"));
        assertTrue(reply.json().getString("detail").contains(field), reply::toString);
    }

    private static List<JsonObject> objects(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return ((JsonArray) reply.structure()).getValuesAs(JsonObject.class);
    }

    private static List<String> strings(List<JsonObject> objects, String key) {
        Function<JsonObject, String> value = object -> object.get(key).getValueType() == JsonValue.ValueType.STRING
                ? object.getString(key) : object.get(key).toString();
        return objects.stream().map(value).toList();
    }

    private static Map<String, JsonObject> byCode(List<JsonObject> provinces) {
        Set<String> seen = new HashSet<>();
        provinces.forEach(province -> assertTrue(seen.add(province.getString("code")), "code " + province.getString("code") + " twice"));
        return provinces.stream().collect(Collectors.toMap(province -> province.getString("code"), Function.identity()));
    }
}

package dev.cartera.web.reference;

import dev.cartera.customers.DocumentTypeService;
import dev.cartera.identity.Roles;
import dev.cartera.reference.Country;
import dev.cartera.reference.Province;
import dev.cartera.reference.ReferenceService;
import dev.cartera.web.problems.InvalidParameterException;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The static lists forms are filled from: document types, provinces and cities. Every role may read them, and
 * clients may keep them for an hour.
 */
@Path("reference")
@ApplicationScoped
@DenyAll
@Tag(name = "Reference data", description = "Document types, provinces and cities: static lists, cacheable for an hour")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    static final int MAX_AGE_SECONDS = 3600;

    @Inject
    ReferenceService reference;

    @Inject
    DocumentTypeService documentTypes;

    @GET
    @Path("document-types")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "The documents a customer is identified by, by code; country is null for those any country issues (PASSPORT)")
    @APIResponse(responseCode = "200", description = "Every document type",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentTypeView.class)))
    public Response documentTypes() {
        return cacheable(documentTypes.documentTypes().stream().map(DocumentTypeView::of).toList());
    }

    @GET
    @Path("provinces")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "A country's provinces (Colombia: departments), by code")
    @APIResponse(responseCode = "200", description = "The provinces; none for a country without any loaded (BR)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProvinceView.class)))
    @APIResponse(responseCode = "400", description = "country is missing or unknown")
    public Response provinces(@QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2 code: EC, CO or BR",
            required = true, example = "EC") String country) {
        Country known = requireCountry(country);
        return cacheable(reference.provinces(known.code()).stream().map(ProvinceView::of).toList());
    }

    @GET
    @Path("cities")
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.AGENT, Roles.USER})
    @Operation(summary = "A country's cities (Ecuador: cantons; Colombia: departments' capitals), or one province's, by name")
    @APIResponse(responseCode = "200", description = "The cities",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CityView.class)))
    @APIResponse(responseCode = "400", description = "country is missing or unknown, or provinceCode is not one of its provinces")
    public Response cities(@QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-2 code: EC, CO or BR",
                                   required = true, example = "EC") String country,
                           @QueryParam("provinceCode") @Parameter(description = "the province's 2-digit code; all provinces when absent or empty",
                                   example = "17") String provinceCode) {
        Country known = requireCountry(country);
        String province = provinceCode == null || provinceCode.isBlank() ? null : requireProvince(known, provinceCode).code();
        return cacheable(reference.cities(known.code(), province).stream().map(CityView::of).toList());
    }

    private Country requireCountry(String code) {
        if (code == null || code.isBlank()) {
            throw InvalidParameterException.of("country", "param.countryRequired", countryCodes());
        }
        return reference.findCountry(code).orElseThrow(() ->
                InvalidParameterException.of("country", "param.unknownCountry", code, countryCodes()));
    }

    private Province requireProvince(Country country, String code) {
        return reference.findProvince(country.code(), code).orElseThrow(() -> {
            List<Province> provinces = reference.provinces(country.code());
            if (provinces.isEmpty()) {
                return InvalidParameterException.of("provinceCode", "param.noProvinces", code, country.code());
            }
            return InvalidParameterException.of("provinceCode", "param.unknownProvince", code, country.code(),
                    provinces.stream().map(Province::code).collect(Collectors.joining(", ")));
        });
    }

    private String countryCodes() {
        return reference.countries().stream().map(Country::code).collect(Collectors.joining(", "));
    }

    private static Response cacheable(Object entity) {
        CacheControl cache = new CacheControl();
        cache.setNoTransform(false);
        cache.setMaxAge(MAX_AGE_SECONDS);
        return Response.ok(entity).cacheControl(cache).build();
    }
}

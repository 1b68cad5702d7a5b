// The interactive page for the generated OpenAPI document. "Authorize" takes the access_token
// from POST /api/auth/login; the login request itself needs no token.
window.onload = function () {
    window.ui = SwaggerUIBundle({
        url: '/openapi',
        dom_id: '#swagger-ui',
        deepLinking: true,
        persistAuthorization: false,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        layout: 'StandaloneLayout'
    });
};

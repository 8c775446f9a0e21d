"""Response schemas for every 2xx route, one module per area: they describe the bodies in the
OpenAPI 3 document (/api/v1/openapi.json) and in the 2.0 one Power Automate imports
(/api/v1/swagger.json), where flows read them as dynamic content."""

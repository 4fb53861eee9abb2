/// The OpenAPI 3.1 description of econ's own API, served at `/api/v1/openapi.json`.
///
/// Written by hand and kept honest by tests: every path and method here is a route of the server
/// and every `/api/v1` route is here (`OpenAPIDocumentTests`), and the document validates with
/// `openapi-spec-validator` (`scripts/serve/validate-openapi.py`).
enum OpenAPIDocument {
    static let json = #"""
        {
          "openapi": "3.1.0",
          "info": {
            "title": "econ API",
            "version": "1",
            "description": "Series, observations with qualifiers, bounds, publication times and provenance, revisions, trends and writes over an econ store. The FRED/ALFRED API is served under /fred/ for FRED clients."
          },
          "servers": [{"url": "/"}],
          "security": [{"bearer": []}, {"apiKey": []}],
          "components": {
            "securitySchemes": {
              "bearer": {"type": "http", "scheme": "bearer", "description": "A key made with: econ keys add NAME --scope read|write"},
              "apiKey": {"type": "apiKey", "in": "query", "name": "api_key"}
            },
            "parameters": {
              "code": {"name": "code", "in": "path", "required": true, "schema": {"type": "string"}, "description": "Series code, e.g. ru_kz.investment.yearly"},
              "asOf": {"name": "as_of", "in": "query", "schema": {"type": "string"}, "description": "Only figures published by then: 2025, 2025-11, 2025-11-10 (end of that day, UTC) or an ISO 8601 time"}
            },
            "schemas": {
              "Error": {
                "type": "object", "required": ["error"],
                "properties": {"error": {"type": "object", "required": ["status", "message"], "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}
              },
              "Series": {
                "type": "object", "required": ["code", "measure", "unit", "frequency"],
                "properties": {
                  "code": {"type": "string"}, "title_en": {"type": ["string", "null"]}, "title_ru": {"type": ["string", "null"]},
                  "indicator": {"type": ["string", "null"]}, "measure": {"enum": ["stock", "flow"]}, "unit": {"type": "string"},
                  "frequency": {"enum": ["annual", "semiannual", "quarterly", "monthly", "daily", "irregular"]},
                  "area": {"type": ["string", "null"]}, "counterpart": {"type": ["string", "null"]}, "accumulates": {"type": ["string", "null"]},
                  "source": {"type": ["string", "null"]}, "note": {"type": ["string", "null"]}, "first": {"type": ["string", "null"]},
                  "last": {"type": ["string", "null"]}, "last_updated": {"type": ["string", "null"]}
                }
              },
              "Observation": {
                "type": "object", "required": ["series", "period", "published", "recorded_at"],
                "properties": {
                  "series": {"type": "string"}, "period": {"type": "string"}, "value": {"type": ["number", "null"]}, "unit": {"type": "string"},
                  "qualifier": {"enum": ["exact", "approx", "more-than", "at-least", "less-than", "at-most", "range", null]},
                  "low": {"type": ["number", "null"]}, "high": {"type": ["number", "null"]}, "published": {"type": "string"},
                  "recorded_at": {"type": "string"}, "source": {"type": ["string", "null"]}, "note": {"type": ["string", "null"]},
                  "document": {"type": ["string", "null"]}, "sentence": {"type": ["string", "null"]}, "start": {"type": ["integer", "null"]},
                  "end": {"type": ["integer", "null"]}, "retracted": {"type": "boolean"}
                }
              },
              "Source": {
                "type": "object",
                "properties": {
                  "series": {"type": "string"}, "period": {"type": "string"}, "first": {"type": "boolean"}, "published": {"type": "string"},
                  "source": {"type": ["string", "null"]}, "title": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]},
                  "document": {"type": ["string", "null"]}, "sentence": {"type": ["string", "null"]}, "start": {"type": ["integer", "null"]},
                  "end": {"type": ["integer", "null"]}
                }
              },
              "TrendPoint": {
                "type": "object",
                "properties": {
                  "series": {"type": "string"}, "period": {"type": "string"}, "transform": {"type": "string"}, "value": {"type": ["number", "null"]},
                  "qualifier": {"type": ["string", "null"]}, "low": {"type": ["number", "null"]}, "high": {"type": ["number", "null"]}, "note": {"type": ["string", "null"]}
                }
              },
              "NewObservation": {
                "type": "object", "required": ["period"], "additionalProperties": false,
                "properties": {
                  "period": {"type": "string", "examples": ["2024", "2024-Q3", "2024-03", "2025-11-06"]},
                  "value": {"type": "number", "description": "In base units: 26 bn is 26000000000. Not with a range."},
                  "qualifier": {"enum": ["exact", "approx", "more-than", "at-least", "less-than", "at-most", "range"], "default": "exact"},
                  "low": {"type": "number"}, "high": {"type": "number"},
                  "published": {"type": "string", "description": "When the source published it; default: now"},
                  "source": {"type": "string"}, "note": {"type": "string"}
                }
              },
              "Counts": {"type": "object", "properties": {"new": {"type": "integer"}, "unchanged": {"type": "integer"}, "revised": {"type": "integer"}}}
            },
            "responses": {
              "Error": {"description": "What was wrong, and where", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          },
          "paths": {
            "/api/v1/series": {
              "get": {
                "summary": "List series", "operationId": "listSeries",
                "parameters": [
                  {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "Words found in the code, titles, indicator, areas or notes"},
                  {"name": "indicator", "in": "query", "schema": {"type": "string"}},
                  {"name": "area", "in": "query", "schema": {"type": "string"}, "description": "ISO 3166 code, on either side"},
                  {"name": "frequency", "in": "query", "schema": {"type": "string"}},
                  {"name": "unit", "in": "query", "schema": {"type": "string"}}
                ],
                "responses": {
                  "200": {"description": "The series", "content": {"application/json": {"schema": {"type": "object", "properties": {"count": {"type": "integer"}, "series": {"type": "array", "items": {"$ref": "#/components/schemas/Series"}}}}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/v1/series/{code}": {
              "get": {
                "summary": "A series' metadata", "operationId": "getSeries", "parameters": [{"$ref": "#/components/parameters/code"}],
                "responses": {
                  "200": {"description": "The series", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Series"}}}},
                  "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/v1/series/{code}/observations": {
              "get": {
                "summary": "The current figure of each period", "operationId": "getObservations",
                "parameters": [{"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/asOf"}],
                "responses": {
                  "200": {"description": "Observations with qualifiers, bounds and provenance", "content": {"application/json": {"schema": {"type": "object", "properties": {"series": {"type": "string"}, "as_of": {"type": ["string", "null"]}, "count": {"type": "integer"}, "observations": {"type": "array", "items": {"$ref": "#/components/schemas/Observation"}}}}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}
                }
              },
              "post": {
                "summary": "Append a figure, as econ append does", "operationId": "appendObservation",
                "parameters": [{"$ref": "#/components/parameters/code"}],
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewObservation"}}}},
                "responses": {
                  "201": {"description": "Stored: a new figure or a revision", "content": {"application/json": {"schema": {"type": "object", "properties": {"outcome": {"enum": ["new", "revision", "older-revision"]}, "observation": {"$ref": "#/components/schemas/Observation"}}}}}},
                  "200": {"description": "The same figure was stored already; nothing was written", "content": {"application/json": {"schema": {"type": "object", "properties": {"outcome": {"enum": ["unchanged", "another-source"]}, "observation": {"$ref": "#/components/schemas/Observation"}}}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                  "404": {"$ref": "#/components/responses/Error"}, "413": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/v1/series/{code}/revisions": {
              "get": {
                "summary": "Every revision, retractions included", "operationId": "getRevisions",
                "parameters": [{"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/asOf"}],
                "responses": {
                  "200": {"description": "Revisions by period, then publication", "content": {"application/json": {"schema": {"type": "object", "properties": {"series": {"type": "string"}, "as_of": {"type": ["string", "null"]}, "count": {"type": "integer"}, "revisions": {"type": "array", "items": {"$ref": "#/components/schemas/Observation"}}}}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/v1/series/{code}/sources": {
              "get": {
                "summary": "Every report of each current figure", "operationId": "getSources",
                "parameters": [{"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/asOf"}],
                "responses": {
                  "200": {"description": "Reports, first report first", "content": {"application/json": {"schema": {"type": "object", "properties": {"series": {"type": "string"}, "count": {"type": "integer"}, "sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}}}}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/v1/series/{code}/trend": {
              "get": {
                "summary": "A trend query, as econ trend runs it", "operationId": "getTrend",
                "parameters": [
                  {"$ref": "#/components/parameters/code"}, {"$ref": "#/components/parameters/asOf"},
                  {"name": "transform", "in": "query", "schema": {"enum": ["lin", "chg", "ch1", "pch", "pc1", "pca", "cch", "cca", "log"]}},
                  {"name": "aggregate", "in": "query", "schema": {"enum": ["annual", "semiannual", "quarterly", "monthly"]}},
                  {"name": "method", "in": "query", "schema": {"enum": ["sum", "eop", "average"]}},
                  {"name": "ma", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                  {"name": "from", "in": "query", "schema": {"type": "string"}}, {"name": "to", "in": "query", "schema": {"type": "string"}},
                  {"name": "cagr", "in": "query", "schema": {"type": "boolean"}}, {"name": "share", "in": "query", "schema": {"type": "boolean"}},
                  {"name": "fit", "in": "query", "schema": {"enum": ["linear", "log"]}}, {"name": "project", "in": "query", "schema": {"type": "integer", "minimum": 0}}
                ],
                "responses": {
                  "200": {"description": "One point per period, and the CAGR and fit when asked for", "content": {"application/json": {"schema": {"type": "object", "properties": {"series": {"type": "string"}, "transform": {"type": "string"}, "points": {"type": "array", "items": {"$ref": "#/components/schemas/TrendPoint"}}, "summary": {"type": "array", "items": {"$ref": "#/components/schemas/TrendPoint"}}}}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/v1/import/csv": {
              "post": {
                "summary": "Import CSV text, as econ import csv does: every row or none", "operationId": "importCSV",
                "parameters": [
                  {"name": "layout", "in": "query", "schema": {"enum": ["long", "wide", "panel"]}},
                  {"name": "series", "in": "query", "schema": {"type": "string"}, "description": "Series code template over the columns"},
                  {"name": "series_column", "in": "query", "schema": {"type": "string"}}, {"name": "period_column", "in": "query", "schema": {"type": "string"}},
                  {"name": "value_column", "in": "query", "schema": {"type": "string"}}, {"name": "value_columns", "in": "query", "schema": {"type": "string"}},
                  {"name": "measure", "in": "query", "schema": {"enum": ["stock", "flow"]}}, {"name": "unit", "in": "query", "schema": {"type": "string"}},
                  {"name": "frequency", "in": "query", "schema": {"type": "string"}},
                  {"name": "scale", "in": "query", "schema": {"enum": ["units", "thousands", "millions", "billions"]}},
                  {"name": "published", "in": "query", "schema": {"type": "string"}},
                  {"name": "skip_invalid", "in": "query", "schema": {"type": "boolean"}}, {"name": "dry_run", "in": "query", "schema": {"type": "boolean"}}
                ],
                "requestBody": {"required": true, "content": {"text/csv": {"schema": {"type": "string"}}}},
                "responses": {
                  "200": {"description": "What the import stored", "content": {"application/json": {"schema": {"type": "object", "properties": {"layout": {"type": "string"}, "dry_run": {"type": "boolean"}, "total": {"$ref": "#/components/schemas/Counts"}, "series": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Counts"}}, "created_series": {"type": "array", "items": {"type": "string"}}, "rejected": {"type": "array", "items": {"type": "object", "properties": {"line": {"type": "integer"}, "reason": {"type": "string"}}}}}}}}},
                  "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
                  "413": {"$ref": "#/components/responses/Error"}
                }
              }
            },
            "/api/v1/openapi.json": {
              "get": {
                "summary": "This document", "operationId": "getOpenAPI", "security": [],
                "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}}
              }
            }
          }
        }
        """#
}

"""The KPI and readiness API for telephony and WFM systems (`/api/v1/`)."""

from ninja import NinjaAPI

api = NinjaAPI(
    title="Callpath integrations API",
    version="1",
    urls_namespace="api-v1",
    openapi_url="/openapi.json",
    docs_url=None,
)

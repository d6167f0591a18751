"""Typed client of Customer Success Integration API 1.0.0: one method per operation."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import cast

from . import models
from ._core import Paging, Request, expand
from ._transport import AsyncTransport, SyncTransport

SERVER_PATH = "/api/v1"


def _list_customers_request(
    *,
    x_request_id: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
    risk_level: models.RiskLevel | None = None,
    lifecycle_stage: models.LifecycleStage | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/cs-integration/customers",
        query={
            "limit": limit,
            "offset": offset,
            "risk_level": risk_level,
            "lifecycle_stage": lifecycle_stage,
        },
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _create_customer_request(
    *,
    body: models.CustomerCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/cs-integration/customers",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_customer_request(
    customer_id: models.CustomerId,
    *,
    x_request_id: str | None = None,
    if_none_match: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-integration/customers/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "If-None-Match": if_none_match,
        },
        auth=True,
    )


def _replace_customer_request(
    customer_id: models.CustomerId,
    *,
    body: models.CustomerReplace,
    x_request_id: str | None = None,
    if_match: str | None = None,
) -> Request:
    return Request(
        method="PUT",
        path=expand(
            SERVER_PATH + "/cs-integration/customers/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
            "If-Match": if_match,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _delete_customer_request(
    customer_id: models.CustomerId,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/cs-integration/customers/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _record_health_change_request(
    *,
    body: models.HealthChangeCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/cs-integration/events/health-change",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_health_change_request(
    event_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-integration/events/health-change/{event_id}",
            {
                "event_id": event_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _list_webhooks_request(
    *,
    x_request_id: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/cs-integration/webhooks",
        query={
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _register_webhook_request(
    *,
    body: models.WebhookCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/cs-integration/webhooks",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_webhook_request(
    webhook_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-integration/webhooks/{webhook_id}",
            {
                "webhook_id": webhook_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _delete_webhook_request(
    webhook_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/cs-integration/webhooks/{webhook_id}",
            {
                "webhook_id": webhook_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _list_deliveries_request(
    webhook_id: str,
    *,
    x_request_id: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-integration/webhooks/{webhook_id}/deliveries",
            {
                "webhook_id": webhook_id,
            },
        ),
        query={
            "limit": limit,
            "offset": offset,
        },
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_health_request(
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/cs-integration/health",
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=False,
    )


def _get_metrics_request(
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/cs-integration/metrics",
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_marketing_health_request(
    customer_id: models.CustomerId,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-marketing/health/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _create_campaign_request(
    *,
    body: models.CampaignCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/cs-marketing/campaigns",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_campaign_request(
    campaign_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-marketing/campaigns/{campaign_id}",
            {
                "campaign_id": campaign_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _update_journey_request(
    customer_id: models.CustomerId,
    *,
    body: models.JourneyUpdate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/cs-marketing/journey/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_journey_status_request(
    customer_id: models.CustomerId,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-marketing/journey/{customer_id}/status",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _create_handoff_request(
    customer_id: models.CustomerId,
    *,
    body: models.HandoffCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/cs-sales/handoff/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_handoff_request(
    customer_id: models.CustomerId,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-sales/handoff/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _record_milestone_request(
    customer_id: models.CustomerId,
    *,
    body: models.MilestoneCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/cs-sales/milestones/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_milestone_request(
    customer_id: models.CustomerId,
    milestone_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-sales/milestones/{customer_id}/{milestone_id}",
            {
                "customer_id": customer_id,
                "milestone_id": milestone_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _delete_milestone_request(
    customer_id: models.CustomerId,
    milestone_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="DELETE",
        path=expand(
            SERVER_PATH + "/cs-sales/milestones/{customer_id}/{milestone_id}",
            {
                "customer_id": customer_id,
                "milestone_id": milestone_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_expansion_request(
    customer_id: models.CustomerId,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-sales/expansion/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _record_usage_request(
    *,
    body: models.UsageCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/cs-product/usage",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_usage_request(
    usage_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-product/usage/{usage_id}",
            {
                "usage_id": usage_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_adoption_request(
    feature_id: models.FeatureId,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-product/adoption/{feature_id}",
            {
                "feature_id": feature_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _submit_feedback_request(
    *,
    body: models.FeedbackCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/cs-product/feedback",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_feedback_request(
    feedback_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-product/feedback/{feedback_id}",
            {
                "feedback_id": feedback_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_value_request(
    customer_id: models.CustomerId,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-finance/value/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _record_realization_request(
    customer_id: models.CustomerId,
    *,
    body: models.RealizationCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/cs-finance/value/{customer_id}/realizations",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_realization_request(
    customer_id: models.CustomerId,
    realization_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-finance/value/{customer_id}/realizations/{realization_id}",
            {
                "customer_id": customer_id,
                "realization_id": realization_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _submit_forecast_request(
    *,
    body: models.ForecastCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/cs-finance/forecast",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_forecast_request(
    forecast_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-finance/forecast/{forecast_id}",
            {
                "forecast_id": forecast_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _execute_workflow_request(
    customer_id: models.CustomerId,
    *,
    body: models.WorkflowCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/cs-ops/workflows/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_execution_request(
    execution_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/cs-ops/executions/{execution_id}",
            {
                "execution_id": execution_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _resolve_execution_request(
    execution_id: str,
    *,
    body: models.ResolutionCreate,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/cs-ops/executions/{execution_id}/resolution",
            {
                "execution_id": execution_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_performance_request(
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/cs-ops/performance",
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


class Client(SyncTransport):
    """Blocking client of Customer Success Integration API.

    ``Client(base_url, client_id=..., client_secret=...)`` fetches tokens from
    ``/auth/token``; ``access_token=`` or ``api_key=`` pass credentials directly.
    Errors raise :mod:`.errors` exceptions; 429 answers are retried per ``retry=``.
    """

    default_base_url = "http://localhost:8000"
    api_key_header = "X-API-Key"
    default_token_url = "/auth/token"

    def list_customers(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        risk_level: models.RiskLevel | None = None,
        lifecycle_stage: models.LifecycleStage | None = None,
    ) -> models.CustomerList:
        """List customers

        ``customers.list_customers``: ``GET /api/v1/cs-integration/customers``.
        Scopes: cs-integration.read.
        """
        request = _list_customers_request(
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
            risk_level=risk_level,
            lifecycle_stage=lifecycle_stage,
        )
        return cast("models.CustomerList", self._call(request))

    def iter_list_customers_pages(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        risk_level: models.RiskLevel | None = None,
        lifecycle_stage: models.LifecycleStage | None = None,
    ) -> Iterator[models.CustomerList]:
        """Every page of ``list_customers``: List customers

        ``customers.list_customers``: ``GET /api/v1/cs-integration/customers``.
        Scopes: cs-integration.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_customers_request(
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
            risk_level=risk_level,
            lifecycle_stage=lifecycle_stage,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.CustomerList", page)

    def create_customer(
        self,
        *,
        body: models.CustomerCreate,
        x_request_id: str | None = None,
    ) -> models.Customer:
        """Create a customer record

        ``customers.create_customer``: ``POST /api/v1/cs-integration/customers``.
        Scopes: cs-integration.write.
        """
        request = _create_customer_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Customer", self._call(request))

    def get_customer(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
        if_none_match: str | None = None,
    ) -> models.Customer:
        """Get a customer

        ``customers.get_customer``: ``GET /api/v1/cs-integration/customers/{customer_id}``.
        Scopes: cs-integration.read.
        """
        request = _get_customer_request(
            customer_id,
            x_request_id=x_request_id,
            if_none_match=if_none_match,
        )
        return cast("models.Customer", self._call(request))

    def replace_customer(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.CustomerReplace,
        x_request_id: str | None = None,
        if_match: str | None = None,
    ) -> models.Customer:
        """Replace a customer's information

        ``customers.replace_customer``: ``PUT
        /api/v1/cs-integration/customers/{customer_id}``.
        Scopes: cs-integration.write.
        """
        request = _replace_customer_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
            if_match=if_match,
        )
        return cast("models.Customer", self._call(request))

    def delete_customer(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> None:
        """Remove a customer's data

        ``customers.delete_customer``: ``DELETE
        /api/v1/cs-integration/customers/{customer_id}``.
        Scopes: cs-integration.write.
        """
        request = _delete_customer_request(
            customer_id,
            x_request_id=x_request_id,
        )
        self._call(request)

    def record_health_change(
        self,
        *,
        body: models.HealthChangeCreate,
        x_request_id: str | None = None,
    ) -> models.HealthChangeEvent:
        """Record a customer health change

        ``health_events.record_health_change``: ``POST
        /api/v1/cs-integration/events/health-change``.
        Scopes: cs-integration.write.
        """
        request = _record_health_change_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.HealthChangeEvent", self._call(request))

    def get_health_change(
        self,
        event_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.HealthChangeEvent:
        """Get a recorded health-change event

        ``health_events.get_health_change``: ``GET
        /api/v1/cs-integration/events/health-change/{event_id}``.
        Scopes: cs-integration.read.
        """
        request = _get_health_change_request(
            event_id,
            x_request_id=x_request_id,
        )
        return cast("models.HealthChangeEvent", self._call(request))

    def list_webhooks(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.WebhookList:
        """List registered webhook endpoints

        ``webhooks.list_webhooks``: ``GET /api/v1/cs-integration/webhooks``.
        Scopes: cs-integration.read.
        """
        request = _list_webhooks_request(
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        return cast("models.WebhookList", self._call(request))

    def iter_list_webhooks_pages(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Iterator[models.WebhookList]:
        """Every page of ``list_webhooks``: List registered webhook endpoints

        ``webhooks.list_webhooks``: ``GET /api/v1/cs-integration/webhooks``.
        Scopes: cs-integration.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_webhooks_request(
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.WebhookList", page)

    def register_webhook(
        self,
        *,
        body: models.WebhookCreate,
        x_request_id: str | None = None,
    ) -> models.WebhookRegistration:
        """Register a webhook endpoint

        ``webhooks.register_webhook``: ``POST /api/v1/cs-integration/webhooks``.
        Scopes: cs-integration.write.
        """
        request = _register_webhook_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.WebhookRegistration", self._call(request))

    def get_webhook(
        self,
        webhook_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Webhook:
        """Get a webhook endpoint

        ``webhooks.get_webhook``: ``GET /api/v1/cs-integration/webhooks/{webhook_id}``.
        Scopes: cs-integration.read.
        """
        request = _get_webhook_request(
            webhook_id,
            x_request_id=x_request_id,
        )
        return cast("models.Webhook", self._call(request))

    def delete_webhook(
        self,
        webhook_id: str,
        *,
        x_request_id: str | None = None,
    ) -> None:
        """Remove a webhook endpoint

        ``webhooks.delete_webhook``: ``DELETE
        /api/v1/cs-integration/webhooks/{webhook_id}``.
        Scopes: cs-integration.write.
        """
        request = _delete_webhook_request(
            webhook_id,
            x_request_id=x_request_id,
        )
        self._call(request)

    def list_deliveries(
        self,
        webhook_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.WebhookDeliveryList:
        """List an endpoint's deliveries (delivery log)

        ``webhooks.list_deliveries``: ``GET
        /api/v1/cs-integration/webhooks/{webhook_id}/deliveries``.
        Scopes: cs-integration.read.
        """
        request = _list_deliveries_request(
            webhook_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        return cast("models.WebhookDeliveryList", self._call(request))

    def iter_list_deliveries_pages(
        self,
        webhook_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> Iterator[models.WebhookDeliveryList]:
        """Every page of ``list_deliveries``: List an endpoint's deliveries (delivery log)

        ``webhooks.list_deliveries``: ``GET
        /api/v1/cs-integration/webhooks/{webhook_id}/deliveries``.
        Scopes: cs-integration.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_deliveries_request(
            webhook_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.WebhookDeliveryList", page)

    def get_health(
        self,
        *,
        x_request_id: str | None = None,
    ) -> models.HealthStatus:
        """System health check

        ``system.get_health``: ``GET /api/v1/cs-integration/health``.
        """
        request = _get_health_request(
            x_request_id=x_request_id,
        )
        return cast("models.HealthStatus", self._call(request))

    def get_metrics(
        self,
        *,
        x_request_id: str | None = None,
    ) -> models.Metrics:
        """Performance metrics

        ``system.get_metrics``: ``GET /api/v1/cs-integration/metrics``.
        Scopes: cs-integration.read.
        """
        request = _get_metrics_request(
            x_request_id=x_request_id,
        )
        return cast("models.Metrics", self._call(request))

    def get_marketing_health(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> models.MarketingHealth:
        """Customer health for marketing

        ``marketing_health.get_marketing_health``: ``GET
        /api/v1/cs-marketing/health/{customer_id}``.
        Scopes: cs-marketing.read.
        """
        request = _get_marketing_health_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.MarketingHealth", self._call(request))

    def create_campaign(
        self,
        *,
        body: models.CampaignCreate,
        x_request_id: str | None = None,
    ) -> models.Campaign:
        """Trigger a lifecycle campaign

        ``campaigns.create_campaign``: ``POST /api/v1/cs-marketing/campaigns``.
        Scopes: cs-marketing.write.
        """
        request = _create_campaign_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Campaign", self._call(request))

    def get_campaign(
        self,
        campaign_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Campaign:
        """Get a campaign

        ``campaigns.get_campaign``: ``GET /api/v1/cs-marketing/campaigns/{campaign_id}``.
        Scopes: cs-marketing.read.
        """
        request = _get_campaign_request(
            campaign_id,
            x_request_id=x_request_id,
        )
        return cast("models.Campaign", self._call(request))

    def update_journey(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.JourneyUpdate,
        x_request_id: str | None = None,
    ) -> models.JourneyStatus:
        """Move a customer to a journey stage

        ``journeys.update_journey``: ``POST /api/v1/cs-marketing/journey/{customer_id}``.
        Scopes: cs-marketing.write.
        """
        request = _update_journey_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.JourneyStatus", self._call(request))

    def get_journey_status(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> models.JourneyStatus:
        """Get a customer's journey status

        ``journeys.get_journey_status``: ``GET
        /api/v1/cs-marketing/journey/{customer_id}/status``.
        Scopes: cs-marketing.read.
        """
        request = _get_journey_status_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.JourneyStatus", self._call(request))

    def create_handoff(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.HandoffCreate,
        x_request_id: str | None = None,
    ) -> models.Handoff:
        """Complete the sales-to-CS handoff

        ``handoffs.create_handoff``: ``POST /api/v1/cs-sales/handoff/{customer_id}``.
        Scopes: cs-sales.write.
        """
        request = _create_handoff_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Handoff", self._call(request))

    def get_handoff(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> models.Handoff:
        """Get a customer's handoff

        ``handoffs.get_handoff``: ``GET /api/v1/cs-sales/handoff/{customer_id}``.
        Scopes: cs-sales.read.
        """
        request = _get_handoff_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.Handoff", self._call(request))

    def record_milestone(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.MilestoneCreate,
        x_request_id: str | None = None,
    ) -> models.Milestone:
        """Record a success milestone

        ``milestones.record_milestone``: ``POST /api/v1/cs-sales/milestones/{customer_id}``.
        Scopes: cs-sales.write.
        """
        request = _record_milestone_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Milestone", self._call(request))

    def get_milestone(
        self,
        customer_id: models.CustomerId,
        milestone_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Milestone:
        """Get a success milestone

        ``milestones.get_milestone``: ``GET
        /api/v1/cs-sales/milestones/{customer_id}/{milestone_id}``.
        Scopes: cs-sales.read.
        """
        request = _get_milestone_request(
            customer_id,
            milestone_id,
            x_request_id=x_request_id,
        )
        return cast("models.Milestone", self._call(request))

    def delete_milestone(
        self,
        customer_id: models.CustomerId,
        milestone_id: str,
        *,
        x_request_id: str | None = None,
    ) -> None:
        """Withdraw a success milestone

        ``milestones.delete_milestone``: ``DELETE
        /api/v1/cs-sales/milestones/{customer_id}/{milestone_id}``.
        Scopes: cs-sales.write.
        """
        request = _delete_milestone_request(
            customer_id,
            milestone_id,
            x_request_id=x_request_id,
        )
        self._call(request)

    def get_expansion(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> models.Expansion:
        """Get a customer's expansion pipeline

        ``expansion.get_expansion``: ``GET /api/v1/cs-sales/expansion/{customer_id}``.
        Scopes: cs-sales.read.
        """
        request = _get_expansion_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.Expansion", self._call(request))

    def record_usage(
        self,
        *,
        body: models.UsageCreate,
        x_request_id: str | None = None,
    ) -> models.Usage:
        """Record a customer's use of a feature

        ``usage.record_usage``: ``POST /api/v1/cs-product/usage``.
        Scopes: cs-product.write.
        """
        request = _record_usage_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Usage", self._call(request))

    def get_usage(
        self,
        usage_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Usage:
        """Get a usage record

        ``usage.get_usage``: ``GET /api/v1/cs-product/usage/{usage_id}``.
        Scopes: cs-product.read.
        """
        request = _get_usage_request(
            usage_id,
            x_request_id=x_request_id,
        )
        return cast("models.Usage", self._call(request))

    def get_adoption(
        self,
        feature_id: models.FeatureId,
        *,
        x_request_id: str | None = None,
    ) -> models.Adoption:
        """Get adoption insights for a feature

        ``adoption.get_adoption``: ``GET /api/v1/cs-product/adoption/{feature_id}``.
        Scopes: cs-product.read.
        """
        request = _get_adoption_request(
            feature_id,
            x_request_id=x_request_id,
        )
        return cast("models.Adoption", self._call(request))

    def submit_feedback(
        self,
        *,
        body: models.FeedbackCreate,
        x_request_id: str | None = None,
    ) -> models.Feedback:
        """Submit prioritized customer feedback

        ``feedback.submit_feedback``: ``POST /api/v1/cs-product/feedback``.
        Scopes: cs-product.write.
        """
        request = _submit_feedback_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Feedback", self._call(request))

    def get_feedback(
        self,
        feedback_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Feedback:
        """Get submitted feedback

        ``feedback.get_feedback``: ``GET /api/v1/cs-product/feedback/{feedback_id}``.
        Scopes: cs-product.read.
        """
        request = _get_feedback_request(
            feedback_id,
            x_request_id=x_request_id,
        )
        return cast("models.Feedback", self._call(request))

    def get_value(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> models.ValueRealizationReport:
        """Get a customer's value realization

        ``value.get_value``: ``GET /api/v1/cs-finance/value/{customer_id}``.
        Scopes: cs-finance.read.
        """
        request = _get_value_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.ValueRealizationReport", self._call(request))

    def record_realization(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.RealizationCreate,
        x_request_id: str | None = None,
    ) -> models.Realization:
        """Record realized value

        ``realizations.record_realization``: ``POST
        /api/v1/cs-finance/value/{customer_id}/realizations``.
        Scopes: cs-finance.write.
        """
        request = _record_realization_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Realization", self._call(request))

    def get_realization(
        self,
        customer_id: models.CustomerId,
        realization_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Realization:
        """Get a value realization record

        ``realizations.get_realization``: ``GET
        /api/v1/cs-finance/value/{customer_id}/realizations/{realization_id}``.
        Scopes: cs-finance.read.
        """
        request = _get_realization_request(
            customer_id,
            realization_id,
            x_request_id=x_request_id,
        )
        return cast("models.Realization", self._call(request))

    def submit_forecast(
        self,
        *,
        body: models.ForecastCreate,
        x_request_id: str | None = None,
    ) -> models.Forecast:
        """Submit a CS-informed revenue forecast

        ``forecasts.submit_forecast``: ``POST /api/v1/cs-finance/forecast``.
        Scopes: cs-finance.write.
        """
        request = _submit_forecast_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Forecast", self._call(request))

    def get_forecast(
        self,
        forecast_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Forecast:
        """Get a submitted forecast

        ``forecasts.get_forecast``: ``GET /api/v1/cs-finance/forecast/{forecast_id}``.
        Scopes: cs-finance.read.
        """
        request = _get_forecast_request(
            forecast_id,
            x_request_id=x_request_id,
        )
        return cast("models.Forecast", self._call(request))

    def execute_workflow(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.WorkflowCreate,
        x_request_id: str | None = None,
    ) -> models.WorkflowExecution:
        """Execute an automated CS workflow

        ``workflows.execute_workflow``: ``POST /api/v1/cs-ops/workflows/{customer_id}``.
        Scopes: cs-ops.write.
        """
        request = _execute_workflow_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.WorkflowExecution", self._call(request))

    def get_execution(
        self,
        execution_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.WorkflowExecution:
        """Get a workflow execution

        ``workflows.get_execution``: ``GET /api/v1/cs-ops/executions/{execution_id}``.
        Scopes: cs-ops.read.
        """
        request = _get_execution_request(
            execution_id,
            x_request_id=x_request_id,
        )
        return cast("models.WorkflowExecution", self._call(request))

    def resolve_execution(
        self,
        execution_id: str,
        *,
        body: models.ResolutionCreate,
        x_request_id: str | None = None,
    ) -> models.WorkflowExecution:
        """Resolve a workflow execution

        ``workflows.resolve_execution``: ``POST
        /api/v1/cs-ops/executions/{execution_id}/resolution``.
        Scopes: cs-ops.write.
        """
        request = _resolve_execution_request(
            execution_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.WorkflowExecution", self._call(request))

    def get_performance(
        self,
        *,
        x_request_id: str | None = None,
    ) -> models.Performance:
        """Get CS operational performance

        ``performance.get_performance``: ``GET /api/v1/cs-ops/performance``.
        Scopes: cs-ops.read.
        """
        request = _get_performance_request(
            x_request_id=x_request_id,
        )
        return cast("models.Performance", self._call(request))


class AsyncClient(AsyncTransport):
    """Non-blocking client of Customer Success Integration API; see :class:`Client`."""

    default_base_url = "http://localhost:8000"
    api_key_header = "X-API-Key"
    default_token_url = "/auth/token"

    async def list_customers(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        risk_level: models.RiskLevel | None = None,
        lifecycle_stage: models.LifecycleStage | None = None,
    ) -> models.CustomerList:
        """List customers

        ``customers.list_customers``: ``GET /api/v1/cs-integration/customers``.
        Scopes: cs-integration.read.
        """
        request = _list_customers_request(
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
            risk_level=risk_level,
            lifecycle_stage=lifecycle_stage,
        )
        return cast("models.CustomerList", await self._call(request))

    async def iter_list_customers_pages(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
        risk_level: models.RiskLevel | None = None,
        lifecycle_stage: models.LifecycleStage | None = None,
    ) -> AsyncIterator[models.CustomerList]:
        """Every page of ``list_customers``: List customers

        ``customers.list_customers``: ``GET /api/v1/cs-integration/customers``.
        Scopes: cs-integration.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_customers_request(
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
            risk_level=risk_level,
            lifecycle_stage=lifecycle_stage,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.CustomerList", page)

    async def create_customer(
        self,
        *,
        body: models.CustomerCreate,
        x_request_id: str | None = None,
    ) -> models.Customer:
        """Create a customer record

        ``customers.create_customer``: ``POST /api/v1/cs-integration/customers``.
        Scopes: cs-integration.write.
        """
        request = _create_customer_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Customer", await self._call(request))

    async def get_customer(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
        if_none_match: str | None = None,
    ) -> models.Customer:
        """Get a customer

        ``customers.get_customer``: ``GET /api/v1/cs-integration/customers/{customer_id}``.
        Scopes: cs-integration.read.
        """
        request = _get_customer_request(
            customer_id,
            x_request_id=x_request_id,
            if_none_match=if_none_match,
        )
        return cast("models.Customer", await self._call(request))

    async def replace_customer(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.CustomerReplace,
        x_request_id: str | None = None,
        if_match: str | None = None,
    ) -> models.Customer:
        """Replace a customer's information

        ``customers.replace_customer``: ``PUT
        /api/v1/cs-integration/customers/{customer_id}``.
        Scopes: cs-integration.write.
        """
        request = _replace_customer_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
            if_match=if_match,
        )
        return cast("models.Customer", await self._call(request))

    async def delete_customer(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> None:
        """Remove a customer's data

        ``customers.delete_customer``: ``DELETE
        /api/v1/cs-integration/customers/{customer_id}``.
        Scopes: cs-integration.write.
        """
        request = _delete_customer_request(
            customer_id,
            x_request_id=x_request_id,
        )
        await self._call(request)

    async def record_health_change(
        self,
        *,
        body: models.HealthChangeCreate,
        x_request_id: str | None = None,
    ) -> models.HealthChangeEvent:
        """Record a customer health change

        ``health_events.record_health_change``: ``POST
        /api/v1/cs-integration/events/health-change``.
        Scopes: cs-integration.write.
        """
        request = _record_health_change_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.HealthChangeEvent", await self._call(request))

    async def get_health_change(
        self,
        event_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.HealthChangeEvent:
        """Get a recorded health-change event

        ``health_events.get_health_change``: ``GET
        /api/v1/cs-integration/events/health-change/{event_id}``.
        Scopes: cs-integration.read.
        """
        request = _get_health_change_request(
            event_id,
            x_request_id=x_request_id,
        )
        return cast("models.HealthChangeEvent", await self._call(request))

    async def list_webhooks(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.WebhookList:
        """List registered webhook endpoints

        ``webhooks.list_webhooks``: ``GET /api/v1/cs-integration/webhooks``.
        Scopes: cs-integration.read.
        """
        request = _list_webhooks_request(
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        return cast("models.WebhookList", await self._call(request))

    async def iter_list_webhooks_pages(
        self,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> AsyncIterator[models.WebhookList]:
        """Every page of ``list_webhooks``: List registered webhook endpoints

        ``webhooks.list_webhooks``: ``GET /api/v1/cs-integration/webhooks``.
        Scopes: cs-integration.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_webhooks_request(
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.WebhookList", page)

    async def register_webhook(
        self,
        *,
        body: models.WebhookCreate,
        x_request_id: str | None = None,
    ) -> models.WebhookRegistration:
        """Register a webhook endpoint

        ``webhooks.register_webhook``: ``POST /api/v1/cs-integration/webhooks``.
        Scopes: cs-integration.write.
        """
        request = _register_webhook_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.WebhookRegistration", await self._call(request))

    async def get_webhook(
        self,
        webhook_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Webhook:
        """Get a webhook endpoint

        ``webhooks.get_webhook``: ``GET /api/v1/cs-integration/webhooks/{webhook_id}``.
        Scopes: cs-integration.read.
        """
        request = _get_webhook_request(
            webhook_id,
            x_request_id=x_request_id,
        )
        return cast("models.Webhook", await self._call(request))

    async def delete_webhook(
        self,
        webhook_id: str,
        *,
        x_request_id: str | None = None,
    ) -> None:
        """Remove a webhook endpoint

        ``webhooks.delete_webhook``: ``DELETE
        /api/v1/cs-integration/webhooks/{webhook_id}``.
        Scopes: cs-integration.write.
        """
        request = _delete_webhook_request(
            webhook_id,
            x_request_id=x_request_id,
        )
        await self._call(request)

    async def list_deliveries(
        self,
        webhook_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> models.WebhookDeliveryList:
        """List an endpoint's deliveries (delivery log)

        ``webhooks.list_deliveries``: ``GET
        /api/v1/cs-integration/webhooks/{webhook_id}/deliveries``.
        Scopes: cs-integration.read.
        """
        request = _list_deliveries_request(
            webhook_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        return cast("models.WebhookDeliveryList", await self._call(request))

    async def iter_list_deliveries_pages(
        self,
        webhook_id: str,
        *,
        x_request_id: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> AsyncIterator[models.WebhookDeliveryList]:
        """Every page of ``list_deliveries``: List an endpoint's deliveries (delivery log)

        ``webhooks.list_deliveries``: ``GET
        /api/v1/cs-integration/webhooks/{webhook_id}/deliveries``.
        Scopes: cs-integration.read.
        Follows ``Link: rel="next"``, else moves the page parameters until a short page.
        """
        request = _list_deliveries_request(
            webhook_id,
            x_request_id=x_request_id,
            limit=limit,
            offset=offset,
        )
        async for page in self._pages(request, Paging("offset", "offset", "limit", 50)):
            yield cast("models.WebhookDeliveryList", page)

    async def get_health(
        self,
        *,
        x_request_id: str | None = None,
    ) -> models.HealthStatus:
        """System health check

        ``system.get_health``: ``GET /api/v1/cs-integration/health``.
        """
        request = _get_health_request(
            x_request_id=x_request_id,
        )
        return cast("models.HealthStatus", await self._call(request))

    async def get_metrics(
        self,
        *,
        x_request_id: str | None = None,
    ) -> models.Metrics:
        """Performance metrics

        ``system.get_metrics``: ``GET /api/v1/cs-integration/metrics``.
        Scopes: cs-integration.read.
        """
        request = _get_metrics_request(
            x_request_id=x_request_id,
        )
        return cast("models.Metrics", await self._call(request))

    async def get_marketing_health(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> models.MarketingHealth:
        """Customer health for marketing

        ``marketing_health.get_marketing_health``: ``GET
        /api/v1/cs-marketing/health/{customer_id}``.
        Scopes: cs-marketing.read.
        """
        request = _get_marketing_health_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.MarketingHealth", await self._call(request))

    async def create_campaign(
        self,
        *,
        body: models.CampaignCreate,
        x_request_id: str | None = None,
    ) -> models.Campaign:
        """Trigger a lifecycle campaign

        ``campaigns.create_campaign``: ``POST /api/v1/cs-marketing/campaigns``.
        Scopes: cs-marketing.write.
        """
        request = _create_campaign_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Campaign", await self._call(request))

    async def get_campaign(
        self,
        campaign_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Campaign:
        """Get a campaign

        ``campaigns.get_campaign``: ``GET /api/v1/cs-marketing/campaigns/{campaign_id}``.
        Scopes: cs-marketing.read.
        """
        request = _get_campaign_request(
            campaign_id,
            x_request_id=x_request_id,
        )
        return cast("models.Campaign", await self._call(request))

    async def update_journey(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.JourneyUpdate,
        x_request_id: str | None = None,
    ) -> models.JourneyStatus:
        """Move a customer to a journey stage

        ``journeys.update_journey``: ``POST /api/v1/cs-marketing/journey/{customer_id}``.
        Scopes: cs-marketing.write.
        """
        request = _update_journey_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.JourneyStatus", await self._call(request))

    async def get_journey_status(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> models.JourneyStatus:
        """Get a customer's journey status

        ``journeys.get_journey_status``: ``GET
        /api/v1/cs-marketing/journey/{customer_id}/status``.
        Scopes: cs-marketing.read.
        """
        request = _get_journey_status_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.JourneyStatus", await self._call(request))

    async def create_handoff(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.HandoffCreate,
        x_request_id: str | None = None,
    ) -> models.Handoff:
        """Complete the sales-to-CS handoff

        ``handoffs.create_handoff``: ``POST /api/v1/cs-sales/handoff/{customer_id}``.
        Scopes: cs-sales.write.
        """
        request = _create_handoff_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Handoff", await self._call(request))

    async def get_handoff(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> models.Handoff:
        """Get a customer's handoff

        ``handoffs.get_handoff``: ``GET /api/v1/cs-sales/handoff/{customer_id}``.
        Scopes: cs-sales.read.
        """
        request = _get_handoff_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.Handoff", await self._call(request))

    async def record_milestone(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.MilestoneCreate,
        x_request_id: str | None = None,
    ) -> models.Milestone:
        """Record a success milestone

        ``milestones.record_milestone``: ``POST /api/v1/cs-sales/milestones/{customer_id}``.
        Scopes: cs-sales.write.
        """
        request = _record_milestone_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Milestone", await self._call(request))

    async def get_milestone(
        self,
        customer_id: models.CustomerId,
        milestone_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Milestone:
        """Get a success milestone

        ``milestones.get_milestone``: ``GET
        /api/v1/cs-sales/milestones/{customer_id}/{milestone_id}``.
        Scopes: cs-sales.read.
        """
        request = _get_milestone_request(
            customer_id,
            milestone_id,
            x_request_id=x_request_id,
        )
        return cast("models.Milestone", await self._call(request))

    async def delete_milestone(
        self,
        customer_id: models.CustomerId,
        milestone_id: str,
        *,
        x_request_id: str | None = None,
    ) -> None:
        """Withdraw a success milestone

        ``milestones.delete_milestone``: ``DELETE
        /api/v1/cs-sales/milestones/{customer_id}/{milestone_id}``.
        Scopes: cs-sales.write.
        """
        request = _delete_milestone_request(
            customer_id,
            milestone_id,
            x_request_id=x_request_id,
        )
        await self._call(request)

    async def get_expansion(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> models.Expansion:
        """Get a customer's expansion pipeline

        ``expansion.get_expansion``: ``GET /api/v1/cs-sales/expansion/{customer_id}``.
        Scopes: cs-sales.read.
        """
        request = _get_expansion_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.Expansion", await self._call(request))

    async def record_usage(
        self,
        *,
        body: models.UsageCreate,
        x_request_id: str | None = None,
    ) -> models.Usage:
        """Record a customer's use of a feature

        ``usage.record_usage``: ``POST /api/v1/cs-product/usage``.
        Scopes: cs-product.write.
        """
        request = _record_usage_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Usage", await self._call(request))

    async def get_usage(
        self,
        usage_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Usage:
        """Get a usage record

        ``usage.get_usage``: ``GET /api/v1/cs-product/usage/{usage_id}``.
        Scopes: cs-product.read.
        """
        request = _get_usage_request(
            usage_id,
            x_request_id=x_request_id,
        )
        return cast("models.Usage", await self._call(request))

    async def get_adoption(
        self,
        feature_id: models.FeatureId,
        *,
        x_request_id: str | None = None,
    ) -> models.Adoption:
        """Get adoption insights for a feature

        ``adoption.get_adoption``: ``GET /api/v1/cs-product/adoption/{feature_id}``.
        Scopes: cs-product.read.
        """
        request = _get_adoption_request(
            feature_id,
            x_request_id=x_request_id,
        )
        return cast("models.Adoption", await self._call(request))

    async def submit_feedback(
        self,
        *,
        body: models.FeedbackCreate,
        x_request_id: str | None = None,
    ) -> models.Feedback:
        """Submit prioritized customer feedback

        ``feedback.submit_feedback``: ``POST /api/v1/cs-product/feedback``.
        Scopes: cs-product.write.
        """
        request = _submit_feedback_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Feedback", await self._call(request))

    async def get_feedback(
        self,
        feedback_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Feedback:
        """Get submitted feedback

        ``feedback.get_feedback``: ``GET /api/v1/cs-product/feedback/{feedback_id}``.
        Scopes: cs-product.read.
        """
        request = _get_feedback_request(
            feedback_id,
            x_request_id=x_request_id,
        )
        return cast("models.Feedback", await self._call(request))

    async def get_value(
        self,
        customer_id: models.CustomerId,
        *,
        x_request_id: str | None = None,
    ) -> models.ValueRealizationReport:
        """Get a customer's value realization

        ``value.get_value``: ``GET /api/v1/cs-finance/value/{customer_id}``.
        Scopes: cs-finance.read.
        """
        request = _get_value_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.ValueRealizationReport", await self._call(request))

    async def record_realization(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.RealizationCreate,
        x_request_id: str | None = None,
    ) -> models.Realization:
        """Record realized value

        ``realizations.record_realization``: ``POST
        /api/v1/cs-finance/value/{customer_id}/realizations``.
        Scopes: cs-finance.write.
        """
        request = _record_realization_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Realization", await self._call(request))

    async def get_realization(
        self,
        customer_id: models.CustomerId,
        realization_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Realization:
        """Get a value realization record

        ``realizations.get_realization``: ``GET
        /api/v1/cs-finance/value/{customer_id}/realizations/{realization_id}``.
        Scopes: cs-finance.read.
        """
        request = _get_realization_request(
            customer_id,
            realization_id,
            x_request_id=x_request_id,
        )
        return cast("models.Realization", await self._call(request))

    async def submit_forecast(
        self,
        *,
        body: models.ForecastCreate,
        x_request_id: str | None = None,
    ) -> models.Forecast:
        """Submit a CS-informed revenue forecast

        ``forecasts.submit_forecast``: ``POST /api/v1/cs-finance/forecast``.
        Scopes: cs-finance.write.
        """
        request = _submit_forecast_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Forecast", await self._call(request))

    async def get_forecast(
        self,
        forecast_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Forecast:
        """Get a submitted forecast

        ``forecasts.get_forecast``: ``GET /api/v1/cs-finance/forecast/{forecast_id}``.
        Scopes: cs-finance.read.
        """
        request = _get_forecast_request(
            forecast_id,
            x_request_id=x_request_id,
        )
        return cast("models.Forecast", await self._call(request))

    async def execute_workflow(
        self,
        customer_id: models.CustomerId,
        *,
        body: models.WorkflowCreate,
        x_request_id: str | None = None,
    ) -> models.WorkflowExecution:
        """Execute an automated CS workflow

        ``workflows.execute_workflow``: ``POST /api/v1/cs-ops/workflows/{customer_id}``.
        Scopes: cs-ops.write.
        """
        request = _execute_workflow_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.WorkflowExecution", await self._call(request))

    async def get_execution(
        self,
        execution_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.WorkflowExecution:
        """Get a workflow execution

        ``workflows.get_execution``: ``GET /api/v1/cs-ops/executions/{execution_id}``.
        Scopes: cs-ops.read.
        """
        request = _get_execution_request(
            execution_id,
            x_request_id=x_request_id,
        )
        return cast("models.WorkflowExecution", await self._call(request))

    async def resolve_execution(
        self,
        execution_id: str,
        *,
        body: models.ResolutionCreate,
        x_request_id: str | None = None,
    ) -> models.WorkflowExecution:
        """Resolve a workflow execution

        ``workflows.resolve_execution``: ``POST
        /api/v1/cs-ops/executions/{execution_id}/resolution``.
        Scopes: cs-ops.write.
        """
        request = _resolve_execution_request(
            execution_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.WorkflowExecution", await self._call(request))

    async def get_performance(
        self,
        *,
        x_request_id: str | None = None,
    ) -> models.Performance:
        """Get CS operational performance

        ``performance.get_performance``: ``GET /api/v1/cs-ops/performance``.
        Scopes: cs-ops.read.
        """
        request = _get_performance_request(
            x_request_id=x_request_id,
        )
        return cast("models.Performance", await self._call(request))

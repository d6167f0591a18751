"""Typed client of Customer Success Cross-Domain API 1.0.0: one method per operation."""

from __future__ import annotations

from typing import Literal, cast

from . import models
from ._core import Request, expand
from ._transport import AsyncTransport, SyncTransport

SERVER_PATH = "/v1/cs-integrations"


def _create_trigger_request(
    customer_id: str,
    *,
    body: models.TriggerRequest,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/marketing/triggers/{customer_id}",
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


def _get_campaign_request(
    campaign_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/marketing/campaigns/{campaign_id}",
            {
                "campaign_id": campaign_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_campaign_performance_request(
    campaign_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/marketing/performance/{campaign_id}",
            {
                "campaign_id": campaign_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _complete_handoff_request(
    deal_id: str,
    *,
    body: models.HandoffRequest,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/sales/handoff/complete/{deal_id}",
            {
                "deal_id": deal_id,
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
    deal_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/sales/handoff/{deal_id}",
            {
                "deal_id": deal_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_expansion_opportunity_request(
    customer_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/sales/expansion/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_feature_adoption_request(
    feature_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/product/adoption/{feature_id}",
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
    body: models.FeedbackRequest,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=SERVER_PATH + "/product/feedback",
        headers={
            "X-Request-ID": x_request_id,
        },
        body=body,
        content_type="application/json",
        auth=True,
    )


def _get_feedback_request(
    ticket_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/product/feedback/{ticket_id}",
            {
                "ticket_id": ticket_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_value_realization_request(
    contract_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/finance/realization/{contract_id}",
            {
                "contract_id": contract_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _adjust_forecast_request(
    customer_id: str,
    *,
    body: models.ForecastRequest,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/finance/forecast/{customer_id}",
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


def _get_forecast_request(
    customer_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/finance/forecast/{customer_id}",
            {
                "customer_id": customer_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _execute_workflow_request(
    workflow_id: models.ExecuteWorkflowWorkflowId,
    customer_id: str,
    *,
    body: models.ExecutionRequest,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="POST",
        path=expand(
            SERVER_PATH + "/operations/execute/{workflow_id}/{customer_id}",
            {
                "workflow_id": workflow_id,
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
            SERVER_PATH + "/operations/executions/{execution_id}",
            {
                "execution_id": execution_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_capacity_forecast_request(
    *,
    x_request_id: str | None = None,
    period: Literal["next_30d", "next_90d", "next_180d"] | None = None,
) -> Request:
    return Request(
        method="GET",
        path=SERVER_PATH + "/operations/capacity/forecast",
        query={
            "period": period,
        },
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


def _get_audit_entry_request(
    audit_id: str,
    *,
    x_request_id: str | None = None,
) -> Request:
    return Request(
        method="GET",
        path=expand(
            SERVER_PATH + "/audit/{audit_id}",
            {
                "audit_id": audit_id,
            },
        ),
        headers={
            "X-Request-ID": x_request_id,
        },
        auth=True,
    )


class Client(SyncTransport):
    """Blocking client of Customer Success Cross-Domain API.

    ``Client(base_url, client_id=..., client_secret=...)`` fetches tokens from
    ``/auth/token``; ``access_token=`` or ``api_key=`` pass credentials directly.
    Errors raise :mod:`.errors` exceptions; 429 answers are retried per ``retry=``.
    """

    default_base_url = "http://localhost:8000"
    api_key_header = "X-API-Key"
    default_token_url = "/auth/token"

    def create_trigger(
        self,
        customer_id: str,
        *,
        body: models.TriggerRequest,
        x_request_id: str | None = None,
    ) -> models.Trigger:
        """Trigger health-based marketing sequences for a customer

        ``triggers.create_trigger``: ``POST
        /v1/cs-integrations/marketing/triggers/{customer_id}``.
        Scopes: cs-marketing.write.
        """
        request = _create_trigger_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Trigger", self._call(request))

    def get_campaign(
        self,
        campaign_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Trigger:
        """Read a campaign and the trigger that started it

        ``campaigns.get_campaign``: ``GET
        /v1/cs-integrations/marketing/campaigns/{campaign_id}``.
        Scopes: cs-marketing.read.
        """
        request = _get_campaign_request(
            campaign_id,
            x_request_id=x_request_id,
        )
        return cast("models.Trigger", self._call(request))

    def get_campaign_performance(
        self,
        campaign_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.CampaignPerformance:
        """Measure a campaign's effect on customer health and revenue

        ``performance.get_campaign_performance``: ``GET
        /v1/cs-integrations/marketing/performance/{campaign_id}``.
        Scopes: cs-marketing.read.
        """
        request = _get_campaign_performance_request(
            campaign_id,
            x_request_id=x_request_id,
        )
        return cast("models.CampaignPerformance", self._call(request))

    def complete_handoff(
        self,
        deal_id: str,
        *,
        body: models.HandoffRequest,
        x_request_id: str | None = None,
    ) -> models.Handoff:
        """Complete the sales-to-CS handoff of a won deal

        ``handoffs.complete_handoff``: ``POST
        /v1/cs-integrations/sales/handoff/complete/{deal_id}``.
        Scopes: cs-sales.write.
        """
        request = _complete_handoff_request(
            deal_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Handoff", self._call(request))

    def get_handoff(
        self,
        deal_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Handoff:
        """Read the handoff of a deal

        ``handoffs.get_handoff``: ``GET /v1/cs-integrations/sales/handoff/{deal_id}``.
        Scopes: cs-sales.read.
        """
        request = _get_handoff_request(
            deal_id,
            x_request_id=x_request_id,
        )
        return cast("models.Handoff", self._call(request))

    def get_expansion_opportunity(
        self,
        customer_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.ExpansionOpportunity:
        """Expansion readiness of a customer

        ``expansion.get_expansion_opportunity``: ``GET
        /v1/cs-integrations/sales/expansion/{customer_id}``.
        Scopes: cs-sales.read.
        """
        request = _get_expansion_opportunity_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.ExpansionOpportunity", self._call(request))

    def get_feature_adoption(
        self,
        feature_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.FeatureAdoption:
        """Adoption insights for a feature

        ``adoption.get_feature_adoption``: ``GET
        /v1/cs-integrations/product/adoption/{feature_id}``.
        Scopes: cs-product.read.
        """
        request = _get_feature_adoption_request(
            feature_id,
            x_request_id=x_request_id,
        )
        return cast("models.FeatureAdoption", self._call(request))

    def submit_feedback(
        self,
        *,
        body: models.FeedbackRequest,
        x_request_id: str | None = None,
    ) -> models.Feedback:
        """Submit CS feedback about a feature

        ``feedback.submit_feedback``: ``POST /v1/cs-integrations/product/feedback``.
        Scopes: cs-product.write.
        """
        request = _submit_feedback_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Feedback", self._call(request))

    def get_feedback(
        self,
        ticket_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Feedback:
        """Read a feedback ticket

        ``feedback.get_feedback``: ``GET /v1/cs-integrations/product/feedback/{ticket_id}``.
        Scopes: cs-product.read.
        """
        request = _get_feedback_request(
            ticket_id,
            x_request_id=x_request_id,
        )
        return cast("models.Feedback", self._call(request))

    def get_value_realization(
        self,
        contract_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.ValueRealization:
        """Value realization of a contract

        ``realization.get_value_realization``: ``GET
        /v1/cs-integrations/finance/realization/{contract_id}``.
        Scopes: cs-finance.read.
        """
        request = _get_value_realization_request(
            contract_id,
            x_request_id=x_request_id,
        )
        return cast("models.ValueRealization", self._call(request))

    def adjust_forecast(
        self,
        customer_id: str,
        *,
        body: models.ForecastRequest,
        x_request_id: str | None = None,
    ) -> models.Forecast:
        """Adjust a customer's renewal forecast

        ``forecasts.adjust_forecast``: ``POST
        /v1/cs-integrations/finance/forecast/{customer_id}``.
        Scopes: cs-finance.write.
        """
        request = _adjust_forecast_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Forecast", self._call(request))

    def get_forecast(
        self,
        customer_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Forecast:
        """Read a customer's latest renewal forecast

        ``forecasts.get_forecast``: ``GET
        /v1/cs-integrations/finance/forecast/{customer_id}``.
        Scopes: cs-finance.read.
        """
        request = _get_forecast_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.Forecast", self._call(request))

    def execute_workflow(
        self,
        workflow_id: models.ExecuteWorkflowWorkflowId,
        customer_id: str,
        *,
        body: models.ExecutionRequest,
        x_request_id: str | None = None,
    ) -> models.Execution:
        """Execute a CS workflow for a customer

        ``executions.execute_workflow``: ``POST
        /v1/cs-integrations/operations/execute/{workflow_id}/{customer_id}``.
        Scopes: cs-operations.write.
        """
        request = _execute_workflow_request(
            workflow_id,
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Execution", self._call(request))

    def get_execution(
        self,
        execution_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Execution:
        """Read a workflow execution

        ``executions.get_execution``: ``GET
        /v1/cs-integrations/operations/executions/{execution_id}``.
        Scopes: cs-operations.read.
        """
        request = _get_execution_request(
            execution_id,
            x_request_id=x_request_id,
        )
        return cast("models.Execution", self._call(request))

    def get_capacity_forecast(
        self,
        *,
        x_request_id: str | None = None,
        period: Literal["next_30d", "next_90d", "next_180d"] | None = None,
    ) -> models.CapacityForecast:
        """CS team capacity forecast for a period

        ``capacity.get_capacity_forecast``: ``GET
        /v1/cs-integrations/operations/capacity/forecast``.
        Scopes: cs-operations.read.
        """
        request = _get_capacity_forecast_request(
            x_request_id=x_request_id,
            period=period,
        )
        return cast("models.CapacityForecast", self._call(request))

    def get_audit_entry(
        self,
        audit_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.AuditEntry:
        """Read an audit log entry

        ``audit.get_audit_entry``: ``GET /v1/cs-integrations/audit/{audit_id}``.
        Scopes: cs-marketing.read, cs-sales.read, cs-product.read, cs-finance.read,
        cs-operations.read.
        """
        request = _get_audit_entry_request(
            audit_id,
            x_request_id=x_request_id,
        )
        return cast("models.AuditEntry", self._call(request))


class AsyncClient(AsyncTransport):
    """Non-blocking client of Customer Success Cross-Domain API; see :class:`Client`."""

    default_base_url = "http://localhost:8000"
    api_key_header = "X-API-Key"
    default_token_url = "/auth/token"

    async def create_trigger(
        self,
        customer_id: str,
        *,
        body: models.TriggerRequest,
        x_request_id: str | None = None,
    ) -> models.Trigger:
        """Trigger health-based marketing sequences for a customer

        ``triggers.create_trigger``: ``POST
        /v1/cs-integrations/marketing/triggers/{customer_id}``.
        Scopes: cs-marketing.write.
        """
        request = _create_trigger_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Trigger", await self._call(request))

    async def get_campaign(
        self,
        campaign_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Trigger:
        """Read a campaign and the trigger that started it

        ``campaigns.get_campaign``: ``GET
        /v1/cs-integrations/marketing/campaigns/{campaign_id}``.
        Scopes: cs-marketing.read.
        """
        request = _get_campaign_request(
            campaign_id,
            x_request_id=x_request_id,
        )
        return cast("models.Trigger", await self._call(request))

    async def get_campaign_performance(
        self,
        campaign_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.CampaignPerformance:
        """Measure a campaign's effect on customer health and revenue

        ``performance.get_campaign_performance``: ``GET
        /v1/cs-integrations/marketing/performance/{campaign_id}``.
        Scopes: cs-marketing.read.
        """
        request = _get_campaign_performance_request(
            campaign_id,
            x_request_id=x_request_id,
        )
        return cast("models.CampaignPerformance", await self._call(request))

    async def complete_handoff(
        self,
        deal_id: str,
        *,
        body: models.HandoffRequest,
        x_request_id: str | None = None,
    ) -> models.Handoff:
        """Complete the sales-to-CS handoff of a won deal

        ``handoffs.complete_handoff``: ``POST
        /v1/cs-integrations/sales/handoff/complete/{deal_id}``.
        Scopes: cs-sales.write.
        """
        request = _complete_handoff_request(
            deal_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Handoff", await self._call(request))

    async def get_handoff(
        self,
        deal_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Handoff:
        """Read the handoff of a deal

        ``handoffs.get_handoff``: ``GET /v1/cs-integrations/sales/handoff/{deal_id}``.
        Scopes: cs-sales.read.
        """
        request = _get_handoff_request(
            deal_id,
            x_request_id=x_request_id,
        )
        return cast("models.Handoff", await self._call(request))

    async def get_expansion_opportunity(
        self,
        customer_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.ExpansionOpportunity:
        """Expansion readiness of a customer

        ``expansion.get_expansion_opportunity``: ``GET
        /v1/cs-integrations/sales/expansion/{customer_id}``.
        Scopes: cs-sales.read.
        """
        request = _get_expansion_opportunity_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.ExpansionOpportunity", await self._call(request))

    async def get_feature_adoption(
        self,
        feature_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.FeatureAdoption:
        """Adoption insights for a feature

        ``adoption.get_feature_adoption``: ``GET
        /v1/cs-integrations/product/adoption/{feature_id}``.
        Scopes: cs-product.read.
        """
        request = _get_feature_adoption_request(
            feature_id,
            x_request_id=x_request_id,
        )
        return cast("models.FeatureAdoption", await self._call(request))

    async def submit_feedback(
        self,
        *,
        body: models.FeedbackRequest,
        x_request_id: str | None = None,
    ) -> models.Feedback:
        """Submit CS feedback about a feature

        ``feedback.submit_feedback``: ``POST /v1/cs-integrations/product/feedback``.
        Scopes: cs-product.write.
        """
        request = _submit_feedback_request(
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Feedback", await self._call(request))

    async def get_feedback(
        self,
        ticket_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Feedback:
        """Read a feedback ticket

        ``feedback.get_feedback``: ``GET /v1/cs-integrations/product/feedback/{ticket_id}``.
        Scopes: cs-product.read.
        """
        request = _get_feedback_request(
            ticket_id,
            x_request_id=x_request_id,
        )
        return cast("models.Feedback", await self._call(request))

    async def get_value_realization(
        self,
        contract_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.ValueRealization:
        """Value realization of a contract

        ``realization.get_value_realization``: ``GET
        /v1/cs-integrations/finance/realization/{contract_id}``.
        Scopes: cs-finance.read.
        """
        request = _get_value_realization_request(
            contract_id,
            x_request_id=x_request_id,
        )
        return cast("models.ValueRealization", await self._call(request))

    async def adjust_forecast(
        self,
        customer_id: str,
        *,
        body: models.ForecastRequest,
        x_request_id: str | None = None,
    ) -> models.Forecast:
        """Adjust a customer's renewal forecast

        ``forecasts.adjust_forecast``: ``POST
        /v1/cs-integrations/finance/forecast/{customer_id}``.
        Scopes: cs-finance.write.
        """
        request = _adjust_forecast_request(
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Forecast", await self._call(request))

    async def get_forecast(
        self,
        customer_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Forecast:
        """Read a customer's latest renewal forecast

        ``forecasts.get_forecast``: ``GET
        /v1/cs-integrations/finance/forecast/{customer_id}``.
        Scopes: cs-finance.read.
        """
        request = _get_forecast_request(
            customer_id,
            x_request_id=x_request_id,
        )
        return cast("models.Forecast", await self._call(request))

    async def execute_workflow(
        self,
        workflow_id: models.ExecuteWorkflowWorkflowId,
        customer_id: str,
        *,
        body: models.ExecutionRequest,
        x_request_id: str | None = None,
    ) -> models.Execution:
        """Execute a CS workflow for a customer

        ``executions.execute_workflow``: ``POST
        /v1/cs-integrations/operations/execute/{workflow_id}/{customer_id}``.
        Scopes: cs-operations.write.
        """
        request = _execute_workflow_request(
            workflow_id,
            customer_id,
            body=body,
            x_request_id=x_request_id,
        )
        return cast("models.Execution", await self._call(request))

    async def get_execution(
        self,
        execution_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.Execution:
        """Read a workflow execution

        ``executions.get_execution``: ``GET
        /v1/cs-integrations/operations/executions/{execution_id}``.
        Scopes: cs-operations.read.
        """
        request = _get_execution_request(
            execution_id,
            x_request_id=x_request_id,
        )
        return cast("models.Execution", await self._call(request))

    async def get_capacity_forecast(
        self,
        *,
        x_request_id: str | None = None,
        period: Literal["next_30d", "next_90d", "next_180d"] | None = None,
    ) -> models.CapacityForecast:
        """CS team capacity forecast for a period

        ``capacity.get_capacity_forecast``: ``GET
        /v1/cs-integrations/operations/capacity/forecast``.
        Scopes: cs-operations.read.
        """
        request = _get_capacity_forecast_request(
            x_request_id=x_request_id,
            period=period,
        )
        return cast("models.CapacityForecast", await self._call(request))

    async def get_audit_entry(
        self,
        audit_id: str,
        *,
        x_request_id: str | None = None,
    ) -> models.AuditEntry:
        """Read an audit log entry

        ``audit.get_audit_entry``: ``GET /v1/cs-integrations/audit/{audit_id}``.
        Scopes: cs-marketing.read, cs-sales.read, cs-product.read, cs-finance.read,
        cs-operations.read.
        """
        request = _get_audit_entry_request(
            audit_id,
            x_request_id=x_request_id,
        )
        return cast("models.AuditEntry", await self._call(request))

"""The synchronous and asynchronous clients."""

from __future__ import annotations

from typing import Mapping

import httpx

from . import resources as _resources  # each resource's module is imported when first used
from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._config import ClientConfig, Scheme, Server, ServerVariable, Setting
from ._types import ErrorFields, NOT_GIVEN, NotGiven, Timeout
from ._version import __version__

__all__ = ["Client", "AsyncClient"]

CONFIG = ClientConfig(
    servers=(
        Server("https://flex-api.twilio.com/v1"),
        Server(
            "https://flex-api.{region}.twilio.com/v1",
            {"region": ServerVariable("us1", (), "region")},
        ),
        Server(
            "https://flex-api.{edge}.{region}.twilio.com/v1",
            {
                "edge": ServerVariable("ashburn", (), "edge"),
                "region": ServerVariable("us1", (), "region"),
            },
        ),
    ),
    user_agent=f"twilio_flex/{__version__}",
    schemes=(
        Scheme(
            "accountSid_authToken", "basic", "auth", env=("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN")
        ),
    ),
    security=(("accountSid_authToken",),),
    settings=(
        Setting(
            "account_sid",
            env="TWILIO_ACCOUNT_SID",
            from_username="AC[0-9a-fA-F]{32}",
            description="your Twilio Account SID, AC...",
        ),
    ),
    request_id_header="Twilio-Request-Id",
    log_env="TWILIO_FLEX_LOG",
    error_fields=ErrorFields(more_info="more_info"),
)
DEFAULT_BASE_URL = CONFIG.base_url({})


class Client(SyncAPIClient):
    """Synchronous client for the Twilio Flex API.

    Args:
        auth: (username, password) for HTTP basic authentication; by default from
            TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.
        account_sid: Your Twilio Account SID, AC...; by default the credentials'
            user name when it is one, else the TWILIO_ACCOUNT_SID environment
            variable.
        region: The Twilio Region (us1, ie1, au1, ...). Chooses the server
            https://flex-api.{region}.twilio.com/v1 or
            https://flex-api.{edge}.{region}.twilio.com/v1.
        edge: The Twilio Edge location (ashburn, dublin, sydney, ...). Chooses the
            server https://flex-api.{edge}.{region}.twilio.com/v1.
        base_url: The API's URL, instead of the server the arguments above choose.
        timeout: Seconds (or an httpx.Timeout) per request; 30 by default.
        max_retries: How many times a failed request is tried again; 2 by default.
            Reads are retried after a 408, 429, 5xx or a lost connection; writes
            only when the API cannot have acted on them (a 429, a connection never
            made) or when they carry an idempotency key, the same on every try.
        headers: Headers sent with every request.
        http_client: Your own httpx.Client (proxies, certificates, event hooks); it
            is left open.
    """

    def __init__(
        self,
        *,
        auth: tuple[str, str] | None = None,
        account_sid: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            config=CONFIG,
            base_url=base_url,
            server_variables={"region": region, "edge": edge},
            credentials={"auth": auth},
            settings={"account_sid": account_sid},
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> Client:
        """A copy with other timeouts, retries or headers, sharing this client's connections."""
        copy: Client = self._copy(timeout, max_retries, headers)
        return copy

    @property
    def with_raw_response(self) -> ClientWithRawResponse:
        """The same resources, whose methods return a ``RawResponse`` (status, headers, body)."""
        return ClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> ClientWithStreamingResponse:
        """The same resources, whose methods give the answer unread, in a ``with`` block."""
        return ClientWithStreamingResponse(self)

    @property
    def channels(self) -> _resources.Channels:
        """Manage Flex communication channels"""
        return _resources.Channels(self)

    @property
    def configuration(self) -> _resources.Configuration:
        """Manage Flex instance configuration"""
        return _resources.Configuration(self)

    @property
    def flex_flows(self) -> _resources.FlexFlows:
        """Manage Flex Flow routing"""
        return _resources.FlexFlows(self)

    @property
    def insights(self) -> _resources.Insights:
        """Access Flex Insights questionnaires and assessments"""
        return _resources.Insights(self)

    @property
    def interactions(self) -> _resources.Interactions:
        """Manage customer interactions"""
        return _resources.Interactions(self)

    @property
    def plugins(self) -> _resources.Plugins:
        """Manage Flex plugins"""
        return _resources.Plugins(self)

    @property
    def web_channels(self) -> _resources.WebChannels:
        """Manage web chat channels"""
        return _resources.WebChannels(self)

    @property
    def plugin_versions(self) -> _resources.PluginVersions:
        """Manage the versions of a Flex plugin"""
        return _resources.PluginVersions(self)

    @property
    def plugin_configurations(self) -> _resources.PluginConfigurations:
        """Bundle plugin versions into a configuration to release. Configurations are
        immutable: to change one, create a new one."""
        return _resources.PluginConfigurations(self)

    @property
    def configured_plugins(self) -> _resources.ConfiguredPlugins:
        """The plugin versions a configuration contains"""
        return _resources.ConfiguredPlugins(self)

    @property
    def plugin_releases(self) -> _resources.PluginReleases:
        """Release a plugin configuration to every agent. Only one release is active per
        account: the newest. Roll back by releasing an earlier configuration."""
        return _resources.PluginReleases(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def channels(self) -> _resources.ChannelsWithRawResponse:
        return _resources.ChannelsWithRawResponse(self._client.channels)

    @property
    def configuration(self) -> _resources.ConfigurationWithRawResponse:
        return _resources.ConfigurationWithRawResponse(self._client.configuration)

    @property
    def flex_flows(self) -> _resources.FlexFlowsWithRawResponse:
        return _resources.FlexFlowsWithRawResponse(self._client.flex_flows)

    @property
    def insights(self) -> _resources.InsightsWithRawResponse:
        return _resources.InsightsWithRawResponse(self._client.insights)

    @property
    def interactions(self) -> _resources.InteractionsWithRawResponse:
        return _resources.InteractionsWithRawResponse(self._client.interactions)

    @property
    def plugins(self) -> _resources.PluginsWithRawResponse:
        return _resources.PluginsWithRawResponse(self._client.plugins)

    @property
    def web_channels(self) -> _resources.WebChannelsWithRawResponse:
        return _resources.WebChannelsWithRawResponse(self._client.web_channels)

    @property
    def plugin_versions(self) -> _resources.PluginVersionsWithRawResponse:
        return _resources.PluginVersionsWithRawResponse(self._client.plugin_versions)

    @property
    def plugin_configurations(self) -> _resources.PluginConfigurationsWithRawResponse:
        return _resources.PluginConfigurationsWithRawResponse(self._client.plugin_configurations)

    @property
    def configured_plugins(self) -> _resources.ConfiguredPluginsWithRawResponse:
        return _resources.ConfiguredPluginsWithRawResponse(self._client.configured_plugins)

    @property
    def plugin_releases(self) -> _resources.PluginReleasesWithRawResponse:
        return _resources.PluginReleasesWithRawResponse(self._client.plugin_releases)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def channels(self) -> _resources.ChannelsWithStreamingResponse:
        return _resources.ChannelsWithStreamingResponse(self._client.channels)

    @property
    def configuration(self) -> _resources.ConfigurationWithStreamingResponse:
        return _resources.ConfigurationWithStreamingResponse(self._client.configuration)

    @property
    def flex_flows(self) -> _resources.FlexFlowsWithStreamingResponse:
        return _resources.FlexFlowsWithStreamingResponse(self._client.flex_flows)

    @property
    def insights(self) -> _resources.InsightsWithStreamingResponse:
        return _resources.InsightsWithStreamingResponse(self._client.insights)

    @property
    def interactions(self) -> _resources.InteractionsWithStreamingResponse:
        return _resources.InteractionsWithStreamingResponse(self._client.interactions)

    @property
    def plugins(self) -> _resources.PluginsWithStreamingResponse:
        return _resources.PluginsWithStreamingResponse(self._client.plugins)

    @property
    def web_channels(self) -> _resources.WebChannelsWithStreamingResponse:
        return _resources.WebChannelsWithStreamingResponse(self._client.web_channels)

    @property
    def plugin_versions(self) -> _resources.PluginVersionsWithStreamingResponse:
        return _resources.PluginVersionsWithStreamingResponse(self._client.plugin_versions)

    @property
    def plugin_configurations(self) -> _resources.PluginConfigurationsWithStreamingResponse:
        return _resources.PluginConfigurationsWithStreamingResponse(
            self._client.plugin_configurations
        )

    @property
    def configured_plugins(self) -> _resources.ConfiguredPluginsWithStreamingResponse:
        return _resources.ConfiguredPluginsWithStreamingResponse(self._client.configured_plugins)

    @property
    def plugin_releases(self) -> _resources.PluginReleasesWithStreamingResponse:
        return _resources.PluginReleasesWithStreamingResponse(self._client.plugin_releases)


class AsyncClient(AsyncAPIClient):
    """Asynchronous client for the Twilio Flex API.

    Args:
        auth: (username, password) for HTTP basic authentication; by default from
            TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.
        account_sid: Your Twilio Account SID, AC...; by default the credentials'
            user name when it is one, else the TWILIO_ACCOUNT_SID environment
            variable.
        region: The Twilio Region (us1, ie1, au1, ...). Chooses the server
            https://flex-api.{region}.twilio.com/v1 or
            https://flex-api.{edge}.{region}.twilio.com/v1.
        edge: The Twilio Edge location (ashburn, dublin, sydney, ...). Chooses the
            server https://flex-api.{edge}.{region}.twilio.com/v1.
        base_url: The API's URL, instead of the server the arguments above choose.
        timeout: Seconds (or an httpx.Timeout) per request; 30 by default.
        max_retries: How many times a failed request is tried again; 2 by default.
            Reads are retried after a 408, 429, 5xx or a lost connection; writes
            only when the API cannot have acted on them (a 429, a connection never
            made) or when they carry an idempotency key, the same on every try.
        headers: Headers sent with every request.
        http_client: Your own httpx.AsyncClient (proxies, certificates, event
            hooks); it is left open.
    """

    def __init__(
        self,
        *,
        auth: tuple[str, str] | None = None,
        account_sid: str | None = None,
        region: str | None = None,
        edge: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            config=CONFIG,
            base_url=base_url,
            server_variables={"region": region, "edge": edge},
            credentials={"auth": auth},
            settings={"account_sid": account_sid},
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
        )

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncClient:
        """A copy with other timeouts, retries or headers, sharing this client's connections."""
        copy: AsyncClient = self._copy(timeout, max_retries, headers)
        return copy

    @property
    def with_raw_response(self) -> AsyncClientWithRawResponse:
        """The same resources, whose methods return a ``RawResponse`` (status, headers, body)."""
        return AsyncClientWithRawResponse(self)

    @property
    def with_streaming_response(self) -> AsyncClientWithStreamingResponse:
        """The same resources, whose methods give the answer unread, in a ``with`` block."""
        return AsyncClientWithStreamingResponse(self)

    @property
    def channels(self) -> _resources.AsyncChannels:
        """Manage Flex communication channels"""
        return _resources.AsyncChannels(self)

    @property
    def configuration(self) -> _resources.AsyncConfiguration:
        """Manage Flex instance configuration"""
        return _resources.AsyncConfiguration(self)

    @property
    def flex_flows(self) -> _resources.AsyncFlexFlows:
        """Manage Flex Flow routing"""
        return _resources.AsyncFlexFlows(self)

    @property
    def insights(self) -> _resources.AsyncInsights:
        """Access Flex Insights questionnaires and assessments"""
        return _resources.AsyncInsights(self)

    @property
    def interactions(self) -> _resources.AsyncInteractions:
        """Manage customer interactions"""
        return _resources.AsyncInteractions(self)

    @property
    def plugins(self) -> _resources.AsyncPlugins:
        """Manage Flex plugins"""
        return _resources.AsyncPlugins(self)

    @property
    def web_channels(self) -> _resources.AsyncWebChannels:
        """Manage web chat channels"""
        return _resources.AsyncWebChannels(self)

    @property
    def plugin_versions(self) -> _resources.AsyncPluginVersions:
        """Manage the versions of a Flex plugin"""
        return _resources.AsyncPluginVersions(self)

    @property
    def plugin_configurations(self) -> _resources.AsyncPluginConfigurations:
        """Bundle plugin versions into a configuration to release. Configurations are
        immutable: to change one, create a new one."""
        return _resources.AsyncPluginConfigurations(self)

    @property
    def configured_plugins(self) -> _resources.AsyncConfiguredPlugins:
        """The plugin versions a configuration contains"""
        return _resources.AsyncConfiguredPlugins(self)

    @property
    def plugin_releases(self) -> _resources.AsyncPluginReleases:
        """Release a plugin configuration to every agent. Only one release is active per
        account: the newest. Roll back by releasing an earlier configuration."""
        return _resources.AsyncPluginReleases(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def channels(self) -> _resources.AsyncChannelsWithRawResponse:
        return _resources.AsyncChannelsWithRawResponse(self._client.channels)

    @property
    def configuration(self) -> _resources.AsyncConfigurationWithRawResponse:
        return _resources.AsyncConfigurationWithRawResponse(self._client.configuration)

    @property
    def flex_flows(self) -> _resources.AsyncFlexFlowsWithRawResponse:
        return _resources.AsyncFlexFlowsWithRawResponse(self._client.flex_flows)

    @property
    def insights(self) -> _resources.AsyncInsightsWithRawResponse:
        return _resources.AsyncInsightsWithRawResponse(self._client.insights)

    @property
    def interactions(self) -> _resources.AsyncInteractionsWithRawResponse:
        return _resources.AsyncInteractionsWithRawResponse(self._client.interactions)

    @property
    def plugins(self) -> _resources.AsyncPluginsWithRawResponse:
        return _resources.AsyncPluginsWithRawResponse(self._client.plugins)

    @property
    def web_channels(self) -> _resources.AsyncWebChannelsWithRawResponse:
        return _resources.AsyncWebChannelsWithRawResponse(self._client.web_channels)

    @property
    def plugin_versions(self) -> _resources.AsyncPluginVersionsWithRawResponse:
        return _resources.AsyncPluginVersionsWithRawResponse(self._client.plugin_versions)

    @property
    def plugin_configurations(self) -> _resources.AsyncPluginConfigurationsWithRawResponse:
        return _resources.AsyncPluginConfigurationsWithRawResponse(
            self._client.plugin_configurations
        )

    @property
    def configured_plugins(self) -> _resources.AsyncConfiguredPluginsWithRawResponse:
        return _resources.AsyncConfiguredPluginsWithRawResponse(self._client.configured_plugins)

    @property
    def plugin_releases(self) -> _resources.AsyncPluginReleasesWithRawResponse:
        return _resources.AsyncPluginReleasesWithRawResponse(self._client.plugin_releases)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def channels(self) -> _resources.AsyncChannelsWithStreamingResponse:
        return _resources.AsyncChannelsWithStreamingResponse(self._client.channels)

    @property
    def configuration(self) -> _resources.AsyncConfigurationWithStreamingResponse:
        return _resources.AsyncConfigurationWithStreamingResponse(self._client.configuration)

    @property
    def flex_flows(self) -> _resources.AsyncFlexFlowsWithStreamingResponse:
        return _resources.AsyncFlexFlowsWithStreamingResponse(self._client.flex_flows)

    @property
    def insights(self) -> _resources.AsyncInsightsWithStreamingResponse:
        return _resources.AsyncInsightsWithStreamingResponse(self._client.insights)

    @property
    def interactions(self) -> _resources.AsyncInteractionsWithStreamingResponse:
        return _resources.AsyncInteractionsWithStreamingResponse(self._client.interactions)

    @property
    def plugins(self) -> _resources.AsyncPluginsWithStreamingResponse:
        return _resources.AsyncPluginsWithStreamingResponse(self._client.plugins)

    @property
    def web_channels(self) -> _resources.AsyncWebChannelsWithStreamingResponse:
        return _resources.AsyncWebChannelsWithStreamingResponse(self._client.web_channels)

    @property
    def plugin_versions(self) -> _resources.AsyncPluginVersionsWithStreamingResponse:
        return _resources.AsyncPluginVersionsWithStreamingResponse(self._client.plugin_versions)

    @property
    def plugin_configurations(self) -> _resources.AsyncPluginConfigurationsWithStreamingResponse:
        return _resources.AsyncPluginConfigurationsWithStreamingResponse(
            self._client.plugin_configurations
        )

    @property
    def configured_plugins(self) -> _resources.AsyncConfiguredPluginsWithStreamingResponse:
        return _resources.AsyncConfiguredPluginsWithStreamingResponse(
            self._client.configured_plugins
        )

    @property
    def plugin_releases(self) -> _resources.AsyncPluginReleasesWithStreamingResponse:
        return _resources.AsyncPluginReleasesWithStreamingResponse(self._client.plugin_releases)

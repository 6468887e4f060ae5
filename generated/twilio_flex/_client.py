"""The synchronous and asynchronous clients."""

from __future__ import annotations

from typing import Mapping

import httpx

from ._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._config import ClientConfig, Scheme, Server, ServerVariable, Setting
from ._types import ErrorFields, NOT_GIVEN, NotGiven, Timeout
from ._version import __version__
from .resources.channels import (
    AsyncChannels,
    AsyncChannelsWithRawResponse,
    AsyncChannelsWithStreamingResponse,
    Channels,
    ChannelsWithRawResponse,
    ChannelsWithStreamingResponse,
)
from .resources.configuration import (
    AsyncConfiguration,
    AsyncConfigurationWithRawResponse,
    AsyncConfigurationWithStreamingResponse,
    Configuration,
    ConfigurationWithRawResponse,
    ConfigurationWithStreamingResponse,
)
from .resources.flex_flows import (
    AsyncFlexFlows,
    AsyncFlexFlowsWithRawResponse,
    AsyncFlexFlowsWithStreamingResponse,
    FlexFlows,
    FlexFlowsWithRawResponse,
    FlexFlowsWithStreamingResponse,
)
from .resources.insights import (
    AsyncInsights,
    AsyncInsightsWithRawResponse,
    AsyncInsightsWithStreamingResponse,
    Insights,
    InsightsWithRawResponse,
    InsightsWithStreamingResponse,
)
from .resources.interactions import (
    AsyncInteractions,
    AsyncInteractionsWithRawResponse,
    AsyncInteractionsWithStreamingResponse,
    Interactions,
    InteractionsWithRawResponse,
    InteractionsWithStreamingResponse,
)
from .resources.plugins import (
    AsyncPlugins,
    AsyncPluginsWithRawResponse,
    AsyncPluginsWithStreamingResponse,
    Plugins,
    PluginsWithRawResponse,
    PluginsWithStreamingResponse,
)
from .resources.web_channels import (
    AsyncWebChannels,
    AsyncWebChannelsWithRawResponse,
    AsyncWebChannelsWithStreamingResponse,
    WebChannels,
    WebChannelsWithRawResponse,
    WebChannelsWithStreamingResponse,
)
from .resources.plugin_versions import (
    AsyncPluginVersions,
    AsyncPluginVersionsWithRawResponse,
    AsyncPluginVersionsWithStreamingResponse,
    PluginVersions,
    PluginVersionsWithRawResponse,
    PluginVersionsWithStreamingResponse,
)
from .resources.plugin_configurations import (
    AsyncPluginConfigurations,
    AsyncPluginConfigurationsWithRawResponse,
    AsyncPluginConfigurationsWithStreamingResponse,
    PluginConfigurations,
    PluginConfigurationsWithRawResponse,
    PluginConfigurationsWithStreamingResponse,
)
from .resources.configured_plugins import (
    AsyncConfiguredPlugins,
    AsyncConfiguredPluginsWithRawResponse,
    AsyncConfiguredPluginsWithStreamingResponse,
    ConfiguredPlugins,
    ConfiguredPluginsWithRawResponse,
    ConfiguredPluginsWithStreamingResponse,
)
from .resources.plugin_releases import (
    AsyncPluginReleases,
    AsyncPluginReleasesWithRawResponse,
    AsyncPluginReleasesWithStreamingResponse,
    PluginReleases,
    PluginReleasesWithRawResponse,
    PluginReleasesWithStreamingResponse,
)

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
    def channels(self) -> Channels:
        """Manage Flex communication channels"""
        return Channels(self)

    @property
    def configuration(self) -> Configuration:
        """Manage Flex instance configuration"""
        return Configuration(self)

    @property
    def flex_flows(self) -> FlexFlows:
        """Manage Flex Flow routing"""
        return FlexFlows(self)

    @property
    def insights(self) -> Insights:
        """Access Flex Insights questionnaires and assessments"""
        return Insights(self)

    @property
    def interactions(self) -> Interactions:
        """Manage customer interactions"""
        return Interactions(self)

    @property
    def plugins(self) -> Plugins:
        """Manage Flex plugins"""
        return Plugins(self)

    @property
    def web_channels(self) -> WebChannels:
        """Manage web chat channels"""
        return WebChannels(self)

    @property
    def plugin_versions(self) -> PluginVersions:
        """Manage the versions of a Flex plugin"""
        return PluginVersions(self)

    @property
    def plugin_configurations(self) -> PluginConfigurations:
        """Bundle plugin versions into a configuration to release. Configurations are
        immutable: to change one, create a new one."""
        return PluginConfigurations(self)

    @property
    def configured_plugins(self) -> ConfiguredPlugins:
        """The plugin versions a configuration contains"""
        return ConfiguredPlugins(self)

    @property
    def plugin_releases(self) -> PluginReleases:
        """Release a plugin configuration to every agent. Only one release is active per
        account: the newest. Roll back by releasing an earlier configuration."""
        return PluginReleases(self)


class ClientWithRawResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def channels(self) -> ChannelsWithRawResponse:
        return ChannelsWithRawResponse(self._client.channels)

    @property
    def configuration(self) -> ConfigurationWithRawResponse:
        return ConfigurationWithRawResponse(self._client.configuration)

    @property
    def flex_flows(self) -> FlexFlowsWithRawResponse:
        return FlexFlowsWithRawResponse(self._client.flex_flows)

    @property
    def insights(self) -> InsightsWithRawResponse:
        return InsightsWithRawResponse(self._client.insights)

    @property
    def interactions(self) -> InteractionsWithRawResponse:
        return InteractionsWithRawResponse(self._client.interactions)

    @property
    def plugins(self) -> PluginsWithRawResponse:
        return PluginsWithRawResponse(self._client.plugins)

    @property
    def web_channels(self) -> WebChannelsWithRawResponse:
        return WebChannelsWithRawResponse(self._client.web_channels)

    @property
    def plugin_versions(self) -> PluginVersionsWithRawResponse:
        return PluginVersionsWithRawResponse(self._client.plugin_versions)

    @property
    def plugin_configurations(self) -> PluginConfigurationsWithRawResponse:
        return PluginConfigurationsWithRawResponse(self._client.plugin_configurations)

    @property
    def configured_plugins(self) -> ConfiguredPluginsWithRawResponse:
        return ConfiguredPluginsWithRawResponse(self._client.configured_plugins)

    @property
    def plugin_releases(self) -> PluginReleasesWithRawResponse:
        return PluginReleasesWithRawResponse(self._client.plugin_releases)


class ClientWithStreamingResponse:
    def __init__(self, client: Client) -> None:
        self._client = client

    @property
    def channels(self) -> ChannelsWithStreamingResponse:
        return ChannelsWithStreamingResponse(self._client.channels)

    @property
    def configuration(self) -> ConfigurationWithStreamingResponse:
        return ConfigurationWithStreamingResponse(self._client.configuration)

    @property
    def flex_flows(self) -> FlexFlowsWithStreamingResponse:
        return FlexFlowsWithStreamingResponse(self._client.flex_flows)

    @property
    def insights(self) -> InsightsWithStreamingResponse:
        return InsightsWithStreamingResponse(self._client.insights)

    @property
    def interactions(self) -> InteractionsWithStreamingResponse:
        return InteractionsWithStreamingResponse(self._client.interactions)

    @property
    def plugins(self) -> PluginsWithStreamingResponse:
        return PluginsWithStreamingResponse(self._client.plugins)

    @property
    def web_channels(self) -> WebChannelsWithStreamingResponse:
        return WebChannelsWithStreamingResponse(self._client.web_channels)

    @property
    def plugin_versions(self) -> PluginVersionsWithStreamingResponse:
        return PluginVersionsWithStreamingResponse(self._client.plugin_versions)

    @property
    def plugin_configurations(self) -> PluginConfigurationsWithStreamingResponse:
        return PluginConfigurationsWithStreamingResponse(self._client.plugin_configurations)

    @property
    def configured_plugins(self) -> ConfiguredPluginsWithStreamingResponse:
        return ConfiguredPluginsWithStreamingResponse(self._client.configured_plugins)

    @property
    def plugin_releases(self) -> PluginReleasesWithStreamingResponse:
        return PluginReleasesWithStreamingResponse(self._client.plugin_releases)


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
    def channels(self) -> AsyncChannels:
        """Manage Flex communication channels"""
        return AsyncChannels(self)

    @property
    def configuration(self) -> AsyncConfiguration:
        """Manage Flex instance configuration"""
        return AsyncConfiguration(self)

    @property
    def flex_flows(self) -> AsyncFlexFlows:
        """Manage Flex Flow routing"""
        return AsyncFlexFlows(self)

    @property
    def insights(self) -> AsyncInsights:
        """Access Flex Insights questionnaires and assessments"""
        return AsyncInsights(self)

    @property
    def interactions(self) -> AsyncInteractions:
        """Manage customer interactions"""
        return AsyncInteractions(self)

    @property
    def plugins(self) -> AsyncPlugins:
        """Manage Flex plugins"""
        return AsyncPlugins(self)

    @property
    def web_channels(self) -> AsyncWebChannels:
        """Manage web chat channels"""
        return AsyncWebChannels(self)

    @property
    def plugin_versions(self) -> AsyncPluginVersions:
        """Manage the versions of a Flex plugin"""
        return AsyncPluginVersions(self)

    @property
    def plugin_configurations(self) -> AsyncPluginConfigurations:
        """Bundle plugin versions into a configuration to release. Configurations are
        immutable: to change one, create a new one."""
        return AsyncPluginConfigurations(self)

    @property
    def configured_plugins(self) -> AsyncConfiguredPlugins:
        """The plugin versions a configuration contains"""
        return AsyncConfiguredPlugins(self)

    @property
    def plugin_releases(self) -> AsyncPluginReleases:
        """Release a plugin configuration to every agent. Only one release is active per
        account: the newest. Roll back by releasing an earlier configuration."""
        return AsyncPluginReleases(self)


class AsyncClientWithRawResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def channels(self) -> AsyncChannelsWithRawResponse:
        return AsyncChannelsWithRawResponse(self._client.channels)

    @property
    def configuration(self) -> AsyncConfigurationWithRawResponse:
        return AsyncConfigurationWithRawResponse(self._client.configuration)

    @property
    def flex_flows(self) -> AsyncFlexFlowsWithRawResponse:
        return AsyncFlexFlowsWithRawResponse(self._client.flex_flows)

    @property
    def insights(self) -> AsyncInsightsWithRawResponse:
        return AsyncInsightsWithRawResponse(self._client.insights)

    @property
    def interactions(self) -> AsyncInteractionsWithRawResponse:
        return AsyncInteractionsWithRawResponse(self._client.interactions)

    @property
    def plugins(self) -> AsyncPluginsWithRawResponse:
        return AsyncPluginsWithRawResponse(self._client.plugins)

    @property
    def web_channels(self) -> AsyncWebChannelsWithRawResponse:
        return AsyncWebChannelsWithRawResponse(self._client.web_channels)

    @property
    def plugin_versions(self) -> AsyncPluginVersionsWithRawResponse:
        return AsyncPluginVersionsWithRawResponse(self._client.plugin_versions)

    @property
    def plugin_configurations(self) -> AsyncPluginConfigurationsWithRawResponse:
        return AsyncPluginConfigurationsWithRawResponse(self._client.plugin_configurations)

    @property
    def configured_plugins(self) -> AsyncConfiguredPluginsWithRawResponse:
        return AsyncConfiguredPluginsWithRawResponse(self._client.configured_plugins)

    @property
    def plugin_releases(self) -> AsyncPluginReleasesWithRawResponse:
        return AsyncPluginReleasesWithRawResponse(self._client.plugin_releases)


class AsyncClientWithStreamingResponse:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @property
    def channels(self) -> AsyncChannelsWithStreamingResponse:
        return AsyncChannelsWithStreamingResponse(self._client.channels)

    @property
    def configuration(self) -> AsyncConfigurationWithStreamingResponse:
        return AsyncConfigurationWithStreamingResponse(self._client.configuration)

    @property
    def flex_flows(self) -> AsyncFlexFlowsWithStreamingResponse:
        return AsyncFlexFlowsWithStreamingResponse(self._client.flex_flows)

    @property
    def insights(self) -> AsyncInsightsWithStreamingResponse:
        return AsyncInsightsWithStreamingResponse(self._client.insights)

    @property
    def interactions(self) -> AsyncInteractionsWithStreamingResponse:
        return AsyncInteractionsWithStreamingResponse(self._client.interactions)

    @property
    def plugins(self) -> AsyncPluginsWithStreamingResponse:
        return AsyncPluginsWithStreamingResponse(self._client.plugins)

    @property
    def web_channels(self) -> AsyncWebChannelsWithStreamingResponse:
        return AsyncWebChannelsWithStreamingResponse(self._client.web_channels)

    @property
    def plugin_versions(self) -> AsyncPluginVersionsWithStreamingResponse:
        return AsyncPluginVersionsWithStreamingResponse(self._client.plugin_versions)

    @property
    def plugin_configurations(self) -> AsyncPluginConfigurationsWithStreamingResponse:
        return AsyncPluginConfigurationsWithStreamingResponse(self._client.plugin_configurations)

    @property
    def configured_plugins(self) -> AsyncConfiguredPluginsWithStreamingResponse:
        return AsyncConfiguredPluginsWithStreamingResponse(self._client.configured_plugins)

    @property
    def plugin_releases(self) -> AsyncPluginReleasesWithStreamingResponse:
        return AsyncPluginReleasesWithStreamingResponse(self._client.plugin_releases)

"""One module per resource (an OpenAPI tag), each imported when first used."""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .channels import (
        Channels as Channels,
        ChannelsWithRawResponse as ChannelsWithRawResponse,
        ChannelsWithStreamingResponse as ChannelsWithStreamingResponse,
    )
    from .channels import (
        AsyncChannels as AsyncChannels,
        AsyncChannelsWithRawResponse as AsyncChannelsWithRawResponse,
        AsyncChannelsWithStreamingResponse as AsyncChannelsWithStreamingResponse,
    )
    from .configuration import (
        Configuration as Configuration,
        ConfigurationWithRawResponse as ConfigurationWithRawResponse,
        ConfigurationWithStreamingResponse as ConfigurationWithStreamingResponse,
    )
    from .configuration import (
        AsyncConfiguration as AsyncConfiguration,
        AsyncConfigurationWithRawResponse as AsyncConfigurationWithRawResponse,
        AsyncConfigurationWithStreamingResponse as AsyncConfigurationWithStreamingResponse,
    )
    from .flex_flows import (
        FlexFlows as FlexFlows,
        FlexFlowsWithRawResponse as FlexFlowsWithRawResponse,
        FlexFlowsWithStreamingResponse as FlexFlowsWithStreamingResponse,
    )
    from .flex_flows import (
        AsyncFlexFlows as AsyncFlexFlows,
        AsyncFlexFlowsWithRawResponse as AsyncFlexFlowsWithRawResponse,
        AsyncFlexFlowsWithStreamingResponse as AsyncFlexFlowsWithStreamingResponse,
    )
    from .insights import (
        Insights as Insights,
        InsightsWithRawResponse as InsightsWithRawResponse,
        InsightsWithStreamingResponse as InsightsWithStreamingResponse,
    )
    from .insights import (
        AsyncInsights as AsyncInsights,
        AsyncInsightsWithRawResponse as AsyncInsightsWithRawResponse,
        AsyncInsightsWithStreamingResponse as AsyncInsightsWithStreamingResponse,
    )
    from .interactions import (
        Interactions as Interactions,
        InteractionsWithRawResponse as InteractionsWithRawResponse,
        InteractionsWithStreamingResponse as InteractionsWithStreamingResponse,
    )
    from .interactions import (
        AsyncInteractions as AsyncInteractions,
        AsyncInteractionsWithRawResponse as AsyncInteractionsWithRawResponse,
        AsyncInteractionsWithStreamingResponse as AsyncInteractionsWithStreamingResponse,
    )
    from .plugins import (
        Plugins as Plugins,
        PluginsWithRawResponse as PluginsWithRawResponse,
        PluginsWithStreamingResponse as PluginsWithStreamingResponse,
    )
    from .plugins import (
        AsyncPlugins as AsyncPlugins,
        AsyncPluginsWithRawResponse as AsyncPluginsWithRawResponse,
        AsyncPluginsWithStreamingResponse as AsyncPluginsWithStreamingResponse,
    )
    from .web_channels import (
        WebChannels as WebChannels,
        WebChannelsWithRawResponse as WebChannelsWithRawResponse,
        WebChannelsWithStreamingResponse as WebChannelsWithStreamingResponse,
    )
    from .web_channels import (
        AsyncWebChannels as AsyncWebChannels,
        AsyncWebChannelsWithRawResponse as AsyncWebChannelsWithRawResponse,
        AsyncWebChannelsWithStreamingResponse as AsyncWebChannelsWithStreamingResponse,
    )
    from .plugin_versions import (
        PluginVersions as PluginVersions,
        PluginVersionsWithRawResponse as PluginVersionsWithRawResponse,
        PluginVersionsWithStreamingResponse as PluginVersionsWithStreamingResponse,
    )
    from .plugin_versions import (
        AsyncPluginVersions as AsyncPluginVersions,
        AsyncPluginVersionsWithRawResponse as AsyncPluginVersionsWithRawResponse,
        AsyncPluginVersionsWithStreamingResponse as AsyncPluginVersionsWithStreamingResponse,
    )
    from .plugin_configurations import (
        PluginConfigurations as PluginConfigurations,
        PluginConfigurationsWithRawResponse as PluginConfigurationsWithRawResponse,
        PluginConfigurationsWithStreamingResponse as PluginConfigurationsWithStreamingResponse,
    )
    from .plugin_configurations import (
        AsyncPluginConfigurations as AsyncPluginConfigurations,
        AsyncPluginConfigurationsWithRawResponse as AsyncPluginConfigurationsWithRawResponse,
        AsyncPluginConfigurationsWithStreamingResponse as AsyncPluginConfigurationsWithStreamingResponse,
    )
    from .configured_plugins import (
        ConfiguredPlugins as ConfiguredPlugins,
        ConfiguredPluginsWithRawResponse as ConfiguredPluginsWithRawResponse,
        ConfiguredPluginsWithStreamingResponse as ConfiguredPluginsWithStreamingResponse,
    )
    from .configured_plugins import (
        AsyncConfiguredPlugins as AsyncConfiguredPlugins,
        AsyncConfiguredPluginsWithRawResponse as AsyncConfiguredPluginsWithRawResponse,
        AsyncConfiguredPluginsWithStreamingResponse as AsyncConfiguredPluginsWithStreamingResponse,
    )
    from .plugin_releases import (
        PluginReleases as PluginReleases,
        PluginReleasesWithRawResponse as PluginReleasesWithRawResponse,
        PluginReleasesWithStreamingResponse as PluginReleasesWithStreamingResponse,
    )
    from .plugin_releases import (
        AsyncPluginReleases as AsyncPluginReleases,
        AsyncPluginReleasesWithRawResponse as AsyncPluginReleasesWithRawResponse,
        AsyncPluginReleasesWithStreamingResponse as AsyncPluginReleasesWithStreamingResponse,
    )

# The module of each resource class.
_MODULES: dict[str, str] = {
    "Channels": "channels",
    "ChannelsWithRawResponse": "channels",
    "ChannelsWithStreamingResponse": "channels",
    "AsyncChannels": "channels",
    "AsyncChannelsWithRawResponse": "channels",
    "AsyncChannelsWithStreamingResponse": "channels",
    "Configuration": "configuration",
    "ConfigurationWithRawResponse": "configuration",
    "ConfigurationWithStreamingResponse": "configuration",
    "AsyncConfiguration": "configuration",
    "AsyncConfigurationWithRawResponse": "configuration",
    "AsyncConfigurationWithStreamingResponse": "configuration",
    "FlexFlows": "flex_flows",
    "FlexFlowsWithRawResponse": "flex_flows",
    "FlexFlowsWithStreamingResponse": "flex_flows",
    "AsyncFlexFlows": "flex_flows",
    "AsyncFlexFlowsWithRawResponse": "flex_flows",
    "AsyncFlexFlowsWithStreamingResponse": "flex_flows",
    "Insights": "insights",
    "InsightsWithRawResponse": "insights",
    "InsightsWithStreamingResponse": "insights",
    "AsyncInsights": "insights",
    "AsyncInsightsWithRawResponse": "insights",
    "AsyncInsightsWithStreamingResponse": "insights",
    "Interactions": "interactions",
    "InteractionsWithRawResponse": "interactions",
    "InteractionsWithStreamingResponse": "interactions",
    "AsyncInteractions": "interactions",
    "AsyncInteractionsWithRawResponse": "interactions",
    "AsyncInteractionsWithStreamingResponse": "interactions",
    "Plugins": "plugins",
    "PluginsWithRawResponse": "plugins",
    "PluginsWithStreamingResponse": "plugins",
    "AsyncPlugins": "plugins",
    "AsyncPluginsWithRawResponse": "plugins",
    "AsyncPluginsWithStreamingResponse": "plugins",
    "WebChannels": "web_channels",
    "WebChannelsWithRawResponse": "web_channels",
    "WebChannelsWithStreamingResponse": "web_channels",
    "AsyncWebChannels": "web_channels",
    "AsyncWebChannelsWithRawResponse": "web_channels",
    "AsyncWebChannelsWithStreamingResponse": "web_channels",
    "PluginVersions": "plugin_versions",
    "PluginVersionsWithRawResponse": "plugin_versions",
    "PluginVersionsWithStreamingResponse": "plugin_versions",
    "AsyncPluginVersions": "plugin_versions",
    "AsyncPluginVersionsWithRawResponse": "plugin_versions",
    "AsyncPluginVersionsWithStreamingResponse": "plugin_versions",
    "PluginConfigurations": "plugin_configurations",
    "PluginConfigurationsWithRawResponse": "plugin_configurations",
    "PluginConfigurationsWithStreamingResponse": "plugin_configurations",
    "AsyncPluginConfigurations": "plugin_configurations",
    "AsyncPluginConfigurationsWithRawResponse": "plugin_configurations",
    "AsyncPluginConfigurationsWithStreamingResponse": "plugin_configurations",
    "ConfiguredPlugins": "configured_plugins",
    "ConfiguredPluginsWithRawResponse": "configured_plugins",
    "ConfiguredPluginsWithStreamingResponse": "configured_plugins",
    "AsyncConfiguredPlugins": "configured_plugins",
    "AsyncConfiguredPluginsWithRawResponse": "configured_plugins",
    "AsyncConfiguredPluginsWithStreamingResponse": "configured_plugins",
    "PluginReleases": "plugin_releases",
    "PluginReleasesWithRawResponse": "plugin_releases",
    "PluginReleasesWithStreamingResponse": "plugin_releases",
    "AsyncPluginReleases": "plugin_releases",
    "AsyncPluginReleasesWithRawResponse": "plugin_releases",
    "AsyncPluginReleasesWithStreamingResponse": "plugin_releases",
}

__all__ = [
    "Channels",
    "AsyncChannels",
    "Configuration",
    "AsyncConfiguration",
    "FlexFlows",
    "AsyncFlexFlows",
    "Insights",
    "AsyncInsights",
    "Interactions",
    "AsyncInteractions",
    "Plugins",
    "AsyncPlugins",
    "WebChannels",
    "AsyncWebChannels",
    "PluginVersions",
    "AsyncPluginVersions",
    "PluginConfigurations",
    "AsyncPluginConfigurations",
    "ConfiguredPlugins",
    "AsyncConfiguredPlugins",
    "PluginReleases",
    "AsyncPluginReleases",
]


def __getattr__(name: str) -> Any:
    # Only local names and dunders here: importing a resource's module sets
    # its name in this module's globals, and a tag may well be "getattr".
    import importlib
    import sys

    if name in _MODULES:
        value = importlib.import_module(f"{__name__}.{_MODULES[name]}").__dict__[name]
        sys.modules[__name__].__dict__[name] = value  # found directly from now on
        return value
    if name in _MODULES.values():
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

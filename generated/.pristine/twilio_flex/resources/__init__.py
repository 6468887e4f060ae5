"""One module per resource (an OpenAPI tag)."""

from .channels import AsyncChannels, Channels
from .configuration import AsyncConfiguration, Configuration
from .flex_flows import AsyncFlexFlows, FlexFlows
from .insights import AsyncInsights, Insights
from .interactions import AsyncInteractions, Interactions
from .plugins import AsyncPlugins, Plugins
from .web_channels import AsyncWebChannels, WebChannels
from .plugin_versions import AsyncPluginVersions, PluginVersions
from .plugin_configurations import AsyncPluginConfigurations, PluginConfigurations
from .configured_plugins import AsyncConfiguredPlugins, ConfiguredPlugins
from .plugin_releases import AsyncPluginReleases, PluginReleases

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

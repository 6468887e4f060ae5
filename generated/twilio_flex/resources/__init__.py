"""One module per resource (an OpenAPI tag)."""

from .channels import AsyncChannels, Channels
from .configuration import AsyncConfiguration, Configuration
from .flex_flows import AsyncFlexFlows, FlexFlows
from .insights import AsyncInsights, Insights
from .interactions import AsyncInteractions, Interactions
from .plugins import AsyncPlugins, Plugins
from .web_channels import AsyncWebChannels, WebChannels

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
]

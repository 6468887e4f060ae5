"""Typed models: dataclasses for what the API answers, TypedDicts for nested
request objects (plain dicts are accepted).

Response models tolerate what the spec does not say: unknown fields are kept
in ``extra_fields``, unknown enum values stay strings. A field the spec says is
always there is typed without ``None``; if an answer lacks it, reading it
raises ``AttributeError`` naming it.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import datetime as DateTime
from typing import TYPE_CHECKING, Any, ClassVar, Dict, List, Literal, Mapping, TypedDict

from ._models import Model, as_object, parse_datetime

if sys.version_info >= (3, 11):
    from typing import Required
elif TYPE_CHECKING:
    from typing_extensions import Required

__all__ = [
    "ChannelParam",
    "ConfiguredPlugin",
    "ConfiguredPluginVersionParam",
    "FlexChannel",
    "FlexConfiguration",
    "FlexFlow",
    "InsightsQuestionnaire",
    "Interaction",
    "InteractionChannel",
    "Plugin",
    "PluginConfiguration",
    "PluginRelease",
    "PluginVersion",
    "RoutingParam",
    "RoutingPropertiesParam",
    "UpdateConfigurationTaskrouterSkillsItemParam",
    "UpdateInteractionChannelRoutingParam",
    "WebChannel",
]


class ChannelParam(TypedDict, total=False):
    """ChannelParam"""

    type: Required[Literal["sms", "voice", "email", "chat", "whatsapp", "facebook", "gbm"]]
    initiated_by: Required[Literal["agent", "customer"]]
    properties: Required[Mapping[str, Any]]


@dataclass(repr=False, eq=False, kw_only=True)
class ConfiguredPlugin(Model):
    """A plugin version as it is bundled in a configuration."""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "account_sid": "account_sid",
        "configuration_sid": "configuration_sid",
        "plugin_sid": "plugin_sid",
        "plugin_version_sid": "plugin_version_sid",
        "phase": "phase",
        "plugin_url": "plugin_url",
        "unique_name": "unique_name",
        "friendly_name": "friendly_name",
        "description": "description",
        "plugin_archived": "plugin_archived",
        "version": "version",
        "changelog": "changelog",
        "plugin_version_archived": "plugin_version_archived",
        "private": "private",
        "date_created": "date_created",
        "url": "url",
    }
    _required: ClassVar[tuple[str, ...]] = ("plugin_sid",)

    account_sid: str | None = None
    configuration_sid: str | None = None
    plugin_sid: str
    plugin_version_sid: str | None = None
    phase: int | None = None
    """The phase this Flex Plugin would initialize at runtime."""
    plugin_url: str | None = None
    """The URL of where the Flex Plugin Version JavaScript bundle is hosted on."""
    unique_name: str | None = None
    friendly_name: str | None = None
    description: str | None = None
    plugin_archived: bool | None = None
    version: str | None = None
    changelog: str | None = None
    plugin_version_archived: bool | None = None
    private: bool | None = None
    date_created: DateTime | None = None
    url: str | None = None
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConfiguredPlugin:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "ConfiguredPlugin").get
        return cls._make(
            data,
            {
                "account_sid": get("account_sid"),
                "configuration_sid": get("configuration_sid"),
                "plugin_sid": get("plugin_sid"),
                "plugin_version_sid": get("plugin_version_sid"),
                "phase": get("phase"),
                "plugin_url": get("plugin_url"),
                "unique_name": get("unique_name"),
                "friendly_name": get("friendly_name"),
                "description": get("description"),
                "plugin_archived": get("plugin_archived"),
                "version": get("version"),
                "changelog": get("changelog"),
                "plugin_version_archived": get("plugin_version_archived"),
                "private": get("private"),
                "date_created": parse_datetime(get("date_created")),
                "url": get("url"),
            },
        )


class ConfiguredPluginVersionParam(TypedDict, total=False):
    """A plugin version to include in a configuration."""

    plugin_version: Required[str]
    phase: int


@dataclass(repr=False, eq=False, kw_only=True)
class FlexChannel(Model):
    """FlexChannel"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sid": "sid",
        "account_sid": "account_sid",
        "flex_flow_sid": "flex_flow_sid",
        "user_sid": "user_sid",
        "task_sid": "task_sid",
        "date_created": "date_created",
        "date_updated": "date_updated",
        "url": "url",
    }
    _required: ClassVar[tuple[str, ...]] = ("sid",)

    sid: str
    account_sid: str | None = None
    flex_flow_sid: str | None = None
    user_sid: str | None = None
    task_sid: str | None = None
    date_created: DateTime | None = None
    date_updated: DateTime | None = None
    url: str | None = None
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlexChannel:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "FlexChannel").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "flex_flow_sid": get("flex_flow_sid"),
                "user_sid": get("user_sid"),
                "task_sid": get("task_sid"),
                "date_created": parse_datetime(get("date_created")),
                "date_updated": parse_datetime(get("date_updated")),
                "url": get("url"),
            },
        )


@dataclass(repr=False, eq=False, kw_only=True)
class FlexConfiguration(Model):
    """FlexConfiguration"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "account_sid": "account_sid",
        "status": "status",
        "task_router_workspace_sid": "task_router_workspace_sid",
        "chat_service_instance_sid": "chat_service_instance_sid",
        "flex_service_instance_sid": "flex_service_instance_sid",
        "ui_language": "ui_language",
        "ui_attributes": "ui_attributes",
        "ui_dependencies": "ui_dependencies",
        "ui_version": "ui_version",
        "flex_url": "flex_url",
        "flex_insights_hr": "flex_insights_hr",
        "flex_insights_drilldown": "flex_insights_drilldown",
        "channel_configs": "channel_configs",
        "runtime_domain": "runtime_domain",
        "messaging_service_instance_sid": "messaging_service_instance_sid",
        "serverless_service_sids": "serverless_service_sids",
        "date_created": "date_created",
        "date_updated": "date_updated",
        "url": "url",
        "call_recording_enabled": "call_recording_enabled",
        "taskrouter_skills": "taskrouter_skills",
    }

    account_sid: str | None = None
    status: str | None = None
    task_router_workspace_sid: str | None = None
    chat_service_instance_sid: str | None = None
    flex_service_instance_sid: str | None = None
    ui_language: str | None = None
    ui_attributes: Dict[str, Any] | None = None
    """Custom UI configuration attributes"""
    ui_dependencies: Dict[str, Any] | None = None
    ui_version: str | None = None
    flex_url: str | None = None
    flex_insights_hr: Dict[str, Any] | None = None
    flex_insights_drilldown: bool | None = None
    channel_configs: List[Dict[str, Any]] | None = None
    runtime_domain: str | None = None
    messaging_service_instance_sid: str | None = None
    serverless_service_sids: List[str] | None = None
    date_created: DateTime | None = None
    date_updated: DateTime | None = None
    url: str | None = None
    call_recording_enabled: bool | None = None
    taskrouter_skills: List[Dict[str, Any]] | None = None
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlexConfiguration:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "FlexConfiguration").get
        return cls._make(
            data,
            {
                "account_sid": get("account_sid"),
                "status": get("status"),
                "task_router_workspace_sid": get("task_router_workspace_sid"),
                "chat_service_instance_sid": get("chat_service_instance_sid"),
                "flex_service_instance_sid": get("flex_service_instance_sid"),
                "ui_language": get("ui_language"),
                "ui_attributes": get("ui_attributes"),
                "ui_dependencies": get("ui_dependencies"),
                "ui_version": get("ui_version"),
                "flex_url": get("flex_url"),
                "flex_insights_hr": get("flex_insights_hr"),
                "flex_insights_drilldown": get("flex_insights_drilldown"),
                "channel_configs": get("channel_configs"),
                "runtime_domain": get("runtime_domain"),
                "messaging_service_instance_sid": get("messaging_service_instance_sid"),
                "serverless_service_sids": get("serverless_service_sids"),
                "date_created": parse_datetime(get("date_created")),
                "date_updated": parse_datetime(get("date_updated")),
                "url": get("url"),
                "call_recording_enabled": get("call_recording_enabled"),
                "taskrouter_skills": get("taskrouter_skills"),
            },
        )


@dataclass(repr=False, eq=False, kw_only=True)
class FlexFlow(Model):
    """FlexFlow"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sid": "sid",
        "account_sid": "account_sid",
        "friendly_name": "friendly_name",
        "chat_service_sid": "chat_service_sid",
        "channel_type": "channel_type",
        "contact_identity": "contact_identity",
        "enabled": "enabled",
        "integration_type": "integration_type",
        "integration": "integration",
        "long_lived": "long_lived",
        "janitor_enabled": "janitor_enabled",
        "date_created": "date_created",
        "date_updated": "date_updated",
        "url": "url",
    }
    _required: ClassVar[tuple[str, ...]] = ("sid",)

    sid: str
    account_sid: str | None = None
    friendly_name: str | None = None
    chat_service_sid: str | None = None
    channel_type: str | None = None
    contact_identity: str | None = None
    enabled: bool | None = None
    integration_type: str | None = None
    integration: Dict[str, Any] | None = None
    long_lived: bool | None = None
    janitor_enabled: bool | None = None
    date_created: DateTime | None = None
    date_updated: DateTime | None = None
    url: str | None = None
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlexFlow:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "FlexFlow").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "friendly_name": get("friendly_name"),
                "chat_service_sid": get("chat_service_sid"),
                "channel_type": get("channel_type"),
                "contact_identity": get("contact_identity"),
                "enabled": get("enabled"),
                "integration_type": get("integration_type"),
                "integration": get("integration"),
                "long_lived": get("long_lived"),
                "janitor_enabled": get("janitor_enabled"),
                "date_created": parse_datetime(get("date_created")),
                "date_updated": parse_datetime(get("date_updated")),
                "url": get("url"),
            },
        )


@dataclass(repr=False, eq=False, kw_only=True)
class InsightsQuestionnaire(Model):
    """A Flex Insights questionnaire."""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "account_sid": "account_sid",
        "questionnaire_sid": "questionnaire_sid",
        "name": "name",
        "description": "description",
        "active": "active",
        "questions": "questions",
        "url": "url",
    }
    _required: ClassVar[tuple[str, ...]] = ("questionnaire_sid",)

    account_sid: str | None = None
    """The SID of the Account that created the Flex Insights resource and owns this
    resource."""
    questionnaire_sid: str
    """The sid of this questionnaire"""
    name: str | None = None
    """The name of this questionnaire."""
    description: str | None = None
    """The description of this questionnaire"""
    active: bool | None = None
    """The flag to enable or disable questionnaire"""
    questions: List[Any] | None = None
    """The list of questions with category for a questionnaire"""
    url: str | None = None
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InsightsQuestionnaire:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "InsightsQuestionnaire").get
        return cls._make(
            data,
            {
                "account_sid": get("account_sid"),
                "questionnaire_sid": get("questionnaire_sid"),
                "name": get("name"),
                "description": get("description"),
                "active": get("active"),
                "questions": get("questions"),
                "url": get("url"),
            },
        )


@dataclass(repr=False, eq=False, kw_only=True)
class Interaction(Model):
    """Interaction"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sid": "sid",
        "account_sid": "account_sid",
        "channel": "channel",
        "routing": "routing",
        "date_created": "date_created",
        "date_updated": "date_updated",
        "url": "url",
        "links": "links",
        "interaction_context_sid": "interaction_context_sid",
        "webhook_ttid": "webhook_ttid",
    }
    _required: ClassVar[tuple[str, ...]] = ("sid",)

    sid: str
    account_sid: str | None = None
    channel: Dict[str, Any] | None = None
    routing: Dict[str, Any] | None = None
    date_created: DateTime | None = None
    date_updated: DateTime | None = None
    url: str | None = None
    links: Dict[str, Any] | None = None
    interaction_context_sid: str | None = None
    """The SID of the interaction context, for a context lookup."""
    webhook_ttid: str | None = None
    """The unique identifier for the Interaction level webhook."""
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Interaction:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "Interaction").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "channel": get("channel"),
                "routing": get("routing"),
                "date_created": parse_datetime(get("date_created")),
                "date_updated": parse_datetime(get("date_updated")),
                "url": get("url"),
                "links": get("links"),
                "interaction_context_sid": get("interaction_context_sid"),
                "webhook_ttid": get("webhook_ttid"),
            },
        )


@dataclass(repr=False, eq=False, kw_only=True)
class InteractionChannel(Model):
    """One channel of an Interaction."""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sid": "sid",
        "interaction_sid": "interaction_sid",
        "type_": "type",
        "status": "status",
        "error_code": "error_code",
        "error_message": "error_message",
        "url": "url",
        "links": "links",
    }
    _required: ClassVar[tuple[str, ...]] = ("sid",)

    sid: str
    """The unique string created by Twilio to identify an Interaction Channel resource,
    prefixed with UO."""
    interaction_sid: str | None = None
    """The unique string created by Twilio to identify an Interaction resource, prefixed
    with KD."""
    type_: str | None = None
    """The Interaction Channel's type."""
    status: str | None = None
    """The status of this channel."""
    error_code: int | None = None
    """The Twilio error code for a failed channel."""
    error_message: str | None = None
    """The error message for a failed channel."""
    url: str | None = None
    links: Dict[str, str] | None = None
    """URLs of related resources (participants, invites, transfers)."""
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InteractionChannel:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "InteractionChannel").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "interaction_sid": get("interaction_sid"),
                "type_": get("type"),
                "status": get("status"),
                "error_code": get("error_code"),
                "error_message": get("error_message"),
                "url": get("url"),
                "links": get("links"),
            },
        )


@dataclass(repr=False, eq=False, kw_only=True)
class Plugin(Model):
    """A Flex plugin: its name and description. Its code lives in its Plugin Versions."""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sid": "sid",
        "account_sid": "account_sid",
        "unique_name": "unique_name",
        "friendly_name": "friendly_name",
        "description": "description",
        "archived": "archived",
        "date_created": "date_created",
        "date_updated": "date_updated",
        "url": "url",
        "links": "links",
    }
    _required: ClassVar[tuple[str, ...]] = ("sid",)

    sid: str
    """The unique string that we created to identify the Flex Plugin resource."""
    account_sid: str | None = None
    """The SID of the Account that created the Flex Plugin resource and owns this resource."""
    unique_name: str | None = None
    """The name that uniquely identifies this Flex Plugin resource."""
    friendly_name: str | None = None
    """The friendly name this Flex Plugin resource."""
    description: str | None = None
    """A descriptive string that you create to describe the plugin resource. It can be up
    to 500 characters long"""
    archived: bool | None = None
    """Whether the Flex Plugin is archived. The default value is false."""
    date_created: DateTime | None = None
    """When the Flex Plugin was created, in ISO 8601 format."""
    date_updated: DateTime | None = None
    """When the Flex Plugin was last updated, in ISO 8601 format."""
    url: str | None = None
    """The absolute URL of the Flex Plugin resource."""
    links: Dict[str, str] | None = None
    """URLs of related resources (plugin_versions)."""
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Plugin:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "Plugin").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "unique_name": get("unique_name"),
                "friendly_name": get("friendly_name"),
                "description": get("description"),
                "archived": get("archived"),
                "date_created": parse_datetime(get("date_created")),
                "date_updated": parse_datetime(get("date_updated")),
                "url": get("url"),
                "links": get("links"),
            },
        )


@dataclass(repr=False, eq=False, kw_only=True)
class PluginConfiguration(Model):
    """A snapshot of plugin versions, for release or rollback."""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sid": "sid",
        "account_sid": "account_sid",
        "name": "name",
        "description": "description",
        "archived": "archived",
        "date_created": "date_created",
        "url": "url",
        "links": "links",
    }
    _required: ClassVar[tuple[str, ...]] = ("sid",)

    sid: str
    """The unique string that we created to identify the Flex Plugin Configuration
    resource."""
    account_sid: str | None = None
    """The SID of the Account that created the Flex Plugin Configuration resource and owns
    this resource."""
    name: str | None = None
    """The name of this Flex Plugin Configuration."""
    description: str | None = None
    """The description of the Flex Plugin Configuration resource."""
    archived: bool | None = None
    """Whether the Flex Plugin Configuration is archived. The default value is false."""
    date_created: DateTime | None = None
    url: str | None = None
    """The absolute URL of the Flex Plugin Configuration resource."""
    links: Dict[str, str] | None = None
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PluginConfiguration:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "PluginConfiguration").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "name": get("name"),
                "description": get("description"),
                "archived": get("archived"),
                "date_created": parse_datetime(get("date_created")),
                "url": get("url"),
                "links": get("links"),
            },
        )


@dataclass(repr=False, eq=False, kw_only=True)
class PluginRelease(Model):
    """The release of one plugin configuration."""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sid": "sid",
        "account_sid": "account_sid",
        "configuration_sid": "configuration_sid",
        "date_created": "date_created",
        "url": "url",
    }
    _required: ClassVar[tuple[str, ...]] = ("sid",)

    sid: str
    """The unique string that we created to identify the Plugin Release resource."""
    account_sid: str | None = None
    configuration_sid: str | None = None
    """The SID of the Plugin Configuration resource to release."""
    date_created: DateTime | None = None
    url: str | None = None
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PluginRelease:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "PluginRelease").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "configuration_sid": get("configuration_sid"),
                "date_created": parse_datetime(get("date_created")),
                "url": get("url"),
            },
        )


@dataclass(repr=False, eq=False, kw_only=True)
class PluginVersion(Model):
    """One version of a plugin's code, and where its bundle lives."""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sid": "sid",
        "plugin_sid": "plugin_sid",
        "account_sid": "account_sid",
        "version": "version",
        "plugin_url": "plugin_url",
        "changelog": "changelog",
        "private": "private",
        "archived": "archived",
        "validated": "validated",
        "date_created": "date_created",
        "url": "url",
    }
    _required: ClassVar[tuple[str, ...]] = ("sid",)

    sid: str
    """The unique string that we created to identify the Flex Plugin Version resource."""
    plugin_sid: str | None = None
    """The SID of the Flex Plugin resource this Flex Plugin Version belongs to."""
    account_sid: str | None = None
    version: str | None = None
    """The unique version of this Flex Plugin Version."""
    plugin_url: str | None = None
    """The URL of where the Flex Plugin Version JavaScript bundle is hosted on."""
    changelog: str | None = None
    """A changelog that describes the changes this Flex Plugin Version brings."""
    private: bool | None = None
    """Whether the Flex Plugin Version is validated. The default value is false."""
    archived: bool | None = None
    """Whether the Flex Plugin Version is archived. The default value is false."""
    validated: bool | None = None
    date_created: DateTime | None = None
    url: str | None = None
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PluginVersion:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "PluginVersion").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "plugin_sid": get("plugin_sid"),
                "account_sid": get("account_sid"),
                "version": get("version"),
                "plugin_url": get("plugin_url"),
                "changelog": get("changelog"),
                "private": get("private"),
                "archived": get("archived"),
                "validated": get("validated"),
                "date_created": parse_datetime(get("date_created")),
                "url": get("url"),
            },
        )


class RoutingParam(TypedDict, total=False):
    """RoutingParam"""

    properties: Required[RoutingPropertiesParam]


class RoutingPropertiesParam(TypedDict, total=False):
    """RoutingPropertiesParam"""

    workspace_sid: str
    workflow_sid: str
    task_channel_unique_name: str
    attributes: Mapping[str, Any]


class UpdateConfigurationTaskrouterSkillsItemParam(TypedDict, total=False):
    """UpdateConfigurationTaskrouterSkillsItemParam"""

    name: str
    multivalue: bool
    minimum: int | None
    maximum: int | None


class UpdateInteractionChannelRoutingParam(TypedDict, total=False):
    """UpdateInteractionChannelRoutingParam"""

    status: Literal["closed", "wrapup"]


@dataclass(repr=False, eq=False, kw_only=True)
class WebChannel(Model):
    """WebChannel"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sid": "sid",
        "account_sid": "account_sid",
        "flex_flow_sid": "flex_flow_sid",
        "url": "url",
        "date_created": "date_created",
        "date_updated": "date_updated",
    }
    _required: ClassVar[tuple[str, ...]] = ("sid",)

    sid: str
    account_sid: str | None = None
    flex_flow_sid: str | None = None
    url: str | None = None
    date_created: DateTime | None = None
    date_updated: DateTime | None = None
    extra_fields: Dict[str, Any] = field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WebChannel:
        """Build from the API's JSON; optional fields it leaves out are ``None``."""
        get = as_object(data, "WebChannel").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "flex_flow_sid": get("flex_flow_sid"),
                "url": get("url"),
                "date_created": parse_datetime(get("date_created")),
                "date_updated": parse_datetime(get("date_updated")),
            },
        )

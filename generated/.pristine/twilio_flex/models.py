"""Typed models: dataclasses for what the API answers, TypedDicts for nested
request objects (plain dicts are accepted), and the unions between them.

Response models tolerate what the spec does not say: unknown fields are kept
in ``extra_fields``, unknown enum values and values the client cannot read
as their type stay as the API sent them. A field the spec says is always
there is typed without ``None``; if an answer lacks it, reading it raises
``AttributeError`` naming it.
"""

from __future__ import annotations

import dataclasses
import datetime
import sys
from typing import Any, ClassVar, Dict, List, Literal, Mapping, TYPE_CHECKING, TypedDict

from . import _models

if sys.version_info >= (3, 11):
    from typing import Required
elif TYPE_CHECKING:
    from typing_extensions import Required
else:  # read as the bare type at run time, so typing.get_type_hints works
    from ._models import RequiredKey as Required

__all__ = [
    "ChannelList",
    "ConfiguredPlugin",
    "ConfiguredPluginList",
    "ConfiguredPluginVersionParam",
    "CreateInteractionFormChannelParam",
    "CreateInteractionFormRoutingParam",
    "CreateInteractionFormRoutingPropertiesParam",
    "FlexChannel",
    "FlexConfiguration",
    "FlexFlow",
    "FlexFlowList",
    "InsightsQuestionnaire",
    "InsightsQuestionnaireList",
    "Interaction",
    "InteractionChannel",
    "InteractionChannelList",
    "PaginationMeta",
    "Plugin",
    "PluginConfiguration",
    "PluginConfigurationList",
    "PluginList",
    "PluginRelease",
    "PluginReleaseList",
    "PluginVersion",
    "PluginVersionList",
    "TwilioError",
    "UpdateFlexConfigurationRequestTaskrouterSkillsItemParam",
    "UpdateInteractionChannelFormRoutingParam",
    "WebChannel",
]


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class ChannelList(_models.Model):
    """ChannelList"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "flex_chat_channels": "flex_chat_channels",
        "meta": "meta",
    }

    flex_chat_channels: List[FlexChannel] | None = None
    meta: PaginationMeta | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ChannelList:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "ChannelList").get
        return cls._make(
            data,
            {
                "flex_chat_channels": _models.parse_list(
                    FlexChannel._parse, get("flex_chat_channels")
                ),
                "meta": PaginationMeta._parse(get("meta")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class ConfiguredPlugin(_models.Model):
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
    date_created: datetime.datetime | None = None
    url: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConfiguredPlugin:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "ConfiguredPlugin").get
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
                "date_created": _models.parse_datetime(get("date_created")),
                "url": get("url"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class ConfiguredPluginList(_models.Model):
    """ConfiguredPluginList"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "plugins": "plugins",
        "meta": "meta",
    }

    plugins: List[ConfiguredPlugin] | None = None
    meta: PaginationMeta | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ConfiguredPluginList:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "ConfiguredPluginList").get
        return cls._make(
            data,
            {
                "plugins": _models.parse_list(ConfiguredPlugin._parse, get("plugins")),
                "meta": PaginationMeta._parse(get("meta")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class FlexChannel(_models.Model):
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
    date_created: datetime.datetime | None = None
    date_updated: datetime.datetime | None = None
    url: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlexChannel:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "FlexChannel").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "flex_flow_sid": get("flex_flow_sid"),
                "user_sid": get("user_sid"),
                "task_sid": get("task_sid"),
                "date_created": _models.parse_datetime(get("date_created")),
                "date_updated": _models.parse_datetime(get("date_updated")),
                "url": get("url"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class FlexConfiguration(_models.Model):
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
    status: Literal["ok", "inDeployment", "notDeployed"] | None = None
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
    date_created: datetime.datetime | None = None
    date_updated: datetime.datetime | None = None
    url: str | None = None
    call_recording_enabled: bool | None = None
    taskrouter_skills: List[Dict[str, Any]] | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlexConfiguration:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "FlexConfiguration").get
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
                "date_created": _models.parse_datetime(get("date_created")),
                "date_updated": _models.parse_datetime(get("date_updated")),
                "url": get("url"),
                "call_recording_enabled": get("call_recording_enabled"),
                "taskrouter_skills": get("taskrouter_skills"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class FlexFlow(_models.Model):
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
    channel_type: Literal["web", "sms", "facebook", "whatsapp", "line", "custom"] | None = None
    contact_identity: str | None = None
    enabled: bool | None = None
    integration_type: Literal["studio", "external", "task"] | None = None
    integration: Dict[str, Any] | None = None
    long_lived: bool | None = None
    janitor_enabled: bool | None = None
    date_created: datetime.datetime | None = None
    date_updated: datetime.datetime | None = None
    url: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlexFlow:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "FlexFlow").get
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
                "date_created": _models.parse_datetime(get("date_created")),
                "date_updated": _models.parse_datetime(get("date_updated")),
                "url": get("url"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class FlexFlowList(_models.Model):
    """FlexFlowList"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "flex_flows": "flex_flows",
        "meta": "meta",
    }

    flex_flows: List[FlexFlow] | None = None
    meta: PaginationMeta | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FlexFlowList:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "FlexFlowList").get
        return cls._make(
            data,
            {
                "flex_flows": _models.parse_list(FlexFlow._parse, get("flex_flows")),
                "meta": PaginationMeta._parse(get("meta")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class InsightsQuestionnaire(_models.Model):
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
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InsightsQuestionnaire:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "InsightsQuestionnaire").get
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


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class InsightsQuestionnaireList(_models.Model):
    """InsightsQuestionnaireList"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "questionnaires": "questionnaires",
        "meta": "meta",
    }

    questionnaires: List[InsightsQuestionnaire] | None = None
    meta: PaginationMeta | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InsightsQuestionnaireList:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "InsightsQuestionnaireList").get
        return cls._make(
            data,
            {
                "questionnaires": _models.parse_list(
                    InsightsQuestionnaire._parse, get("questionnaires")
                ),
                "meta": PaginationMeta._parse(get("meta")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Interaction(_models.Model):
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
    date_created: datetime.datetime | None = None
    date_updated: datetime.datetime | None = None
    url: str | None = None
    links: Dict[str, Any] | None = None
    interaction_context_sid: str | None = None
    """The SID of the interaction context, for a context lookup."""
    webhook_ttid: str | None = None
    """The unique identifier for the Interaction level webhook."""
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Interaction:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Interaction").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "channel": get("channel"),
                "routing": get("routing"),
                "date_created": _models.parse_datetime(get("date_created")),
                "date_updated": _models.parse_datetime(get("date_updated")),
                "url": get("url"),
                "links": get("links"),
                "interaction_context_sid": get("interaction_context_sid"),
                "webhook_ttid": get("webhook_ttid"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class InteractionChannel(_models.Model):
    """One channel of an Interaction."""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "sid": "sid",
        "interaction_sid": "interaction_sid",
        "type": "type",
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
    type: Literal["voice", "sms", "email", "web", "whatsapp", "chat", "messenger", "gbm"] | None = (
        None
    )
    """The Interaction Channel's type."""
    status: (
        Literal["setup", "active", "failed", "closed", "inactive", "pause", "transfer"] | None
    ) = None
    """The status of this channel."""
    error_code: int | None = None
    """The Twilio error code for a failed channel."""
    error_message: str | None = None
    """The error message for a failed channel."""
    url: str | None = None
    links: Dict[str, str] | None = None
    """URLs of related resources (participants, invites, transfers)."""
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InteractionChannel:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "InteractionChannel").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "interaction_sid": get("interaction_sid"),
                "type": get("type"),
                "status": get("status"),
                "error_code": get("error_code"),
                "error_message": get("error_message"),
                "url": get("url"),
                "links": get("links"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class InteractionChannelList(_models.Model):
    """InteractionChannelList"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "channels": "channels",
        "meta": "meta",
    }

    channels: List[InteractionChannel] | None = None
    meta: PaginationMeta | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> InteractionChannelList:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "InteractionChannelList").get
        return cls._make(
            data,
            {
                "channels": _models.parse_list(InteractionChannel._parse, get("channels")),
                "meta": PaginationMeta._parse(get("meta")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class PaginationMeta(_models.Model):
    """PaginationMeta"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "page": "page",
        "page_size": "page_size",
        "first_page_url": "first_page_url",
        "previous_page_url": "previous_page_url",
        "next_page_url": "next_page_url",
        "url": "url",
        "key": "key",
    }

    page: int | None = None
    page_size: int | None = None
    first_page_url: str | None = None
    previous_page_url: str | None = None
    next_page_url: str | None = None
    url: str | None = None
    key: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PaginationMeta:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "PaginationMeta").get
        return cls._make(
            data,
            {
                "page": get("page"),
                "page_size": get("page_size"),
                "first_page_url": get("first_page_url"),
                "previous_page_url": get("previous_page_url"),
                "next_page_url": get("next_page_url"),
                "url": get("url"),
                "key": get("key"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class Plugin(_models.Model):
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
    date_created: datetime.datetime | None = None
    """When the Flex Plugin was created, in ISO 8601 format."""
    date_updated: datetime.datetime | None = None
    """When the Flex Plugin was last updated, in ISO 8601 format."""
    url: str | None = None
    """The absolute URL of the Flex Plugin resource."""
    links: Dict[str, str] | None = None
    """URLs of related resources (plugin_versions)."""
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Plugin:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "Plugin").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "unique_name": get("unique_name"),
                "friendly_name": get("friendly_name"),
                "description": get("description"),
                "archived": get("archived"),
                "date_created": _models.parse_datetime(get("date_created")),
                "date_updated": _models.parse_datetime(get("date_updated")),
                "url": get("url"),
                "links": get("links"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class PluginConfiguration(_models.Model):
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
    date_created: datetime.datetime | None = None
    url: str | None = None
    """The absolute URL of the Flex Plugin Configuration resource."""
    links: Dict[str, str] | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PluginConfiguration:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "PluginConfiguration").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "name": get("name"),
                "description": get("description"),
                "archived": get("archived"),
                "date_created": _models.parse_datetime(get("date_created")),
                "url": get("url"),
                "links": get("links"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class PluginConfigurationList(_models.Model):
    """PluginConfigurationList"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "configurations": "configurations",
        "meta": "meta",
    }

    configurations: List[PluginConfiguration] | None = None
    meta: PaginationMeta | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PluginConfigurationList:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "PluginConfigurationList").get
        return cls._make(
            data,
            {
                "configurations": _models.parse_list(
                    PluginConfiguration._parse, get("configurations")
                ),
                "meta": PaginationMeta._parse(get("meta")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class PluginList(_models.Model):
    """PluginList"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "plugins": "plugins",
        "meta": "meta",
    }

    plugins: List[Plugin] | None = None
    meta: PaginationMeta | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PluginList:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "PluginList").get
        return cls._make(
            data,
            {
                "plugins": _models.parse_list(Plugin._parse, get("plugins")),
                "meta": PaginationMeta._parse(get("meta")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class PluginRelease(_models.Model):
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
    date_created: datetime.datetime | None = None
    url: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PluginRelease:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "PluginRelease").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "configuration_sid": get("configuration_sid"),
                "date_created": _models.parse_datetime(get("date_created")),
                "url": get("url"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class PluginReleaseList(_models.Model):
    """PluginReleaseList"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "releases": "releases",
        "meta": "meta",
    }

    releases: List[PluginRelease] | None = None
    meta: PaginationMeta | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PluginReleaseList:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "PluginReleaseList").get
        return cls._make(
            data,
            {
                "releases": _models.parse_list(PluginRelease._parse, get("releases")),
                "meta": PaginationMeta._parse(get("meta")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class PluginVersion(_models.Model):
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
    date_created: datetime.datetime | None = None
    url: str | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PluginVersion:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "PluginVersion").get
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
                "date_created": _models.parse_datetime(get("date_created")),
                "url": get("url"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class PluginVersionList(_models.Model):
    """PluginVersionList"""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "plugin_versions": "plugin_versions",
        "meta": "meta",
    }

    plugin_versions: List[PluginVersion] | None = None
    meta: PaginationMeta | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PluginVersionList:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "PluginVersionList").get
        return cls._make(
            data,
            {
                "plugin_versions": _models.parse_list(PluginVersion._parse, get("plugin_versions")),
                "meta": PaginationMeta._parse(get("meta")),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class TwilioError(_models.Model):
    """The body of every Twilio error response."""

    _wire_names: ClassVar[Mapping[str, str]] = {
        "code": "code",
        "message": "message",
        "more_info": "more_info",
        "status": "status",
    }
    _required: ClassVar[tuple[str, ...]] = ("code", "message", "more_info", "status")

    code: int
    """Twilio's error code, e.g. 45004 for a read-only Configuration property."""
    message: str
    more_info: str
    status: int
    """The HTTP status code."""
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TwilioError:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "TwilioError").get
        return cls._make(
            data,
            {
                "code": get("code"),
                "message": get("message"),
                "more_info": get("more_info"),
                "status": get("status"),
            },
        )


@dataclasses.dataclass(repr=False, eq=False, kw_only=True)
class WebChannel(_models.Model):
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
    date_created: datetime.datetime | None = None
    date_updated: datetime.datetime | None = None
    extra_fields: Dict[str, Any] = dataclasses.field(default_factory=dict)
    """Fields the API sent that the spec does not describe."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WebChannel:
        """Read from the API's JSON; optional fields it leaves out are ``None``."""
        get = _models.as_object(data, "WebChannel").get
        return cls._make(
            data,
            {
                "sid": get("sid"),
                "account_sid": get("account_sid"),
                "flex_flow_sid": get("flex_flow_sid"),
                "url": get("url"),
                "date_created": _models.parse_datetime(get("date_created")),
                "date_updated": _models.parse_datetime(get("date_updated")),
            },
        )


class ConfiguredPluginVersionParam(TypedDict, total=False):
    """A plugin version to include in a configuration."""

    plugin_version: Required[str]
    phase: int


class CreateInteractionFormChannelParam(TypedDict, total=False):
    """CreateInteractionFormChannelParam"""

    type: Required[Literal["sms", "voice", "email", "chat", "whatsapp", "facebook", "gbm"]]
    initiated_by: Required[Literal["agent", "customer"]]
    properties: Required[Mapping[str, Any]]


class CreateInteractionFormRoutingParam(TypedDict, total=False):
    """CreateInteractionFormRoutingParam"""

    properties: Required[CreateInteractionFormRoutingPropertiesParam]


class CreateInteractionFormRoutingPropertiesParam(TypedDict, total=False):
    """CreateInteractionFormRoutingPropertiesParam"""

    workspace_sid: str
    workflow_sid: str
    task_channel_unique_name: str
    attributes: Mapping[str, Any]


class UpdateFlexConfigurationRequestTaskrouterSkillsItemParam(TypedDict, total=False):
    """UpdateFlexConfigurationRequestTaskrouterSkillsItemParam"""

    name: str
    multivalue: bool
    minimum: int | None
    maximum: int | None


class UpdateInteractionChannelFormRoutingParam(TypedDict, total=False):
    """UpdateInteractionChannelFormRoutingParam"""

    status: Literal["closed", "wrapup"]

"""The tip-off models: tip-offs, the suspect contacts they name, evidence, and what the team and the
public risk check keep. Personal data lives only in this app, so permissions stay separate from the
public content. Migrations import ``private_storage`` and ``evidence_path`` from here.
"""

from .choices import (
    PUBLIC_STAGE_BY_STATUS,
    SOCIAL_PLATFORMS,
    AppealStatus,
    ContactChannel,
    ContactKind,
    ContactStatus,
    PublicStage,
    SlaAlertKind,
    SlaStage,
    TipOffLanguage,
    TipOffOutcome,
    TipOffStatus,
)
from .contacts import SuspectContact, TipOffContact
from .evidence import Evidence
from .followup import ReporterAddition, ReporterRating
from .notifications import FailedNotification, NotificationKind
from .page import TipOffFormPage
from .riskcheck import ContactAppeal, RiskCheckCount, RiskCheckDailyCount
from .storage import PrivateStorage, evidence_path, private_storage
from .tipoff import (
    REFERENCE_ALPHABET,
    SlaAlert,
    TipOff,
    TipOffNote,
    hash_status_key,
    new_reference,
    new_status_key,
    normalise_status_key,
    verify_status_key,
)
from .tokens import ApiToken, hash_api_token

__all__ = [
    "REFERENCE_ALPHABET",
    "PUBLIC_STAGE_BY_STATUS",
    "SOCIAL_PLATFORMS",
    "ApiToken",
    "AppealStatus",
    "ContactAppeal",
    "ContactChannel",
    "ContactKind",
    "ContactStatus",
    "Evidence",
    "FailedNotification",
    "NotificationKind",
    "PrivateStorage",
    "PublicStage",
    "ReporterAddition",
    "ReporterRating",
    "RiskCheckCount",
    "RiskCheckDailyCount",
    "SlaAlert",
    "SlaAlertKind",
    "SlaStage",
    "SuspectContact",
    "TipOff",
    "TipOffContact",
    "TipOffFormPage",
    "TipOffNote",
    "TipOffLanguage",
    "TipOffOutcome",
    "TipOffStatus",
    "evidence_path",
    "hash_api_token",
    "hash_status_key",
    "new_reference",
    "new_status_key",
    "normalise_status_key",
    "private_storage",
    "verify_status_key",
]
